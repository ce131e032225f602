package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on the broker: a unique id (consumers are idempotent on it), the type (also the routing key),
 * when it happened, and the payload record serialized as JSON.
 */
public record EventEnvelope<T>(UUID eventId, String type, Instant occurredAt, T payload) {

    public static <T> EventEnvelope<T> of(T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), EventTypes.typeOf(payload.getClass()), Instant.now(), payload);
    }
}
