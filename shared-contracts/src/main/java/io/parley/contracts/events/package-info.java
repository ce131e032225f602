/**
 * Durable events published on the {@code parley.events} topic exchange. Every event travels inside an
 * {@link io.parley.contracts.events.EventEnvelope}; its routing key is {@code <aggregate>.<event>} and is
 * listed in {@link io.parley.contracts.events.EventTypes}. Events are facts in the past tense, one record each.
 */
package io.parley.contracts.events;
