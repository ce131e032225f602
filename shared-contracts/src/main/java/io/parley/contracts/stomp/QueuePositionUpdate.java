package io.parley.contracts.stomp;

import java.time.Instant;
import java.util.UUID;

/** A waiting customer's place in line (1 = next), pushed on {@code /user/queue/events} whenever it changes. */
public record QueuePositionUpdate(String type, UUID conversationId, int position, Instant at) {
    public static final String TYPE = "QUEUE_POSITION";

    public QueuePositionUpdate(UUID conversationId, int position, Instant at) {
        this(TYPE, conversationId, position, at);
    }
}
