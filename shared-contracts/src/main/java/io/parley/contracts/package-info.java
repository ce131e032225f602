/**
 * The language the services speak to each other and to clients: event names and payload records for
 * RabbitMQ ({@link io.parley.contracts.events}) and STOMP payloads ({@link io.parley.contracts.stomp}).
 * Plain Java records with no framework types, so every service and test can depend on them.
 */
package io.parley.contracts;
