package io.parley.queue.assignment;

import java.util.UUID;

/** Checks of consumed events: a malformed one fails (and is dead-lettered after the retries) and changes nothing. */
final class Require {
    private Require() {}

    static void present(Object value, String field, UUID eventId) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("event " + eventId + ": " + field + " is missing");
        }
    }
}
