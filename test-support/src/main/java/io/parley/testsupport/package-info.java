/**
 * What the services' tests share, so that every test run stays apart from the local run and from other test
 * runs on the same real servers: {@link io.parley.testsupport.TestTokens} signs access tokens with the claims
 * auth-service issues and supplies a decoder that trusts them; {@link io.parley.testsupport.TestSchema} is a
 * fresh PostgreSQL schema in database {@code postgres} and {@link io.parley.testsupport.TestBroker} a fresh
 * RabbitMQ exchange (and queue), both removed at the end; {@link io.parley.testsupport.TestProperties} hands
 * their settings to a Spring test or to a service started by hand. Services depend on this module with
 * {@code <scope>test</scope>} only.
 */
package io.parley.testsupport;
