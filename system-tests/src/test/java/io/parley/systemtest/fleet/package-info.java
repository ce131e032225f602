/**
 * The fleet under test: every service's built jar started as its own process on free ports, against a fresh
 * PostgreSQL database, a random Redis prefix, a random RabbitMQ exchange and queues, and an in-memory
 * dev-mongo. {@link io.parley.systemtest.fleet.FleetExtension} starts it once for the whole module and stops
 * it (and removes the run's database, exchange, queues and keys) when the test run ends, even after failures.
 */
package io.parley.systemtest.fleet;
