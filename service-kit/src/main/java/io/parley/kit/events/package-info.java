/**
 * Events on RabbitMQ: {@link io.parley.kit.events.EventCodec} turns envelopes into JSON and back,
 * {@link io.parley.kit.events.EventPublisher} publishes and waits for the broker's confirm, and
 * {@link io.parley.kit.events.EventDispatcher} hands each consumed event to the service's
 * {@link io.parley.kit.events.EventHandler} for its type, at most once per event id where an
 * {@link io.parley.kit.events.IdempotencyGuard} exists.
 */
package io.parley.kit.events;
