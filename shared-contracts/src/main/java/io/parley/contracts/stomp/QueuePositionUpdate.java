package io.parley.contracts.stomp;

import java.time.Instant;
import java.util.UUID;

/**
 * A waiting customer's place in line (1 = next), pushed on {@code /user/queue/events} whenever it or the
 * estimate changes.
 *
 * @param estimatedWaitSeconds expected seconds until an agent takes the conversation; null when no agent who
 *     could take it is online
 * @param offerLeaveMessage true when nobody who could take it is online and the department asks to offer
 *     leaving a message (the conversation stays in line and is answered later)
 */
public record QueuePositionUpdate(
        String type, UUID conversationId, int position, Instant at, Integer estimatedWaitSeconds, boolean offerLeaveMessage) {
    public static final String TYPE = "QUEUE_POSITION";

    public QueuePositionUpdate(UUID conversationId, int position, Instant at) {
        this(TYPE, conversationId, position, at, null, false);
    }

    public QueuePositionUpdate(
            UUID conversationId, int position, Instant at, Integer estimatedWaitSeconds, boolean offerLeaveMessage) {
        this(TYPE, conversationId, position, at, estimatedWaitSeconds, offerLeaveMessage);
    }
}
