package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The waiting line changed: the current 1-based position of every waiting conversation it names, with an
 * estimated wait.
 */
public record QueuePositionsChanged(List<Position> positions, Instant at) {

    /**
     * @param estimatedWaitSeconds expected seconds until an agent takes it, or null when no agent who could
     *     take it is online (no estimate)
     * @param offerLeaveMessage true when no agent who could take it is online and its department asks to offer
     *     the customer to leave a message (the conversation stays in line)
     */
    public record Position(
            UUID conversationId, String customerId, int position, Integer estimatedWaitSeconds, boolean offerLeaveMessage) {

        public Position(UUID conversationId, String customerId, int position) {
            this(conversationId, customerId, position, null, false);
        }
    }
}
