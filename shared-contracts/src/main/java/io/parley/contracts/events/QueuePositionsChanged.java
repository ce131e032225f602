package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The waiting line changed: the current 1-based position of every waiting conversation it names. */
public record QueuePositionsChanged(List<Position> positions, Instant at) {

    public record Position(UUID conversationId, String customerId, int position) {}
}
