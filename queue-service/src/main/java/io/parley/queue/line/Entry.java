package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.UUID;

/**
 * One conversation in the line. {@code department} is null when the customer named none (any agent may take
 * it); {@code agentId} is set once assigned and kept after the end.
 */
public record Entry(
        UUID conversationId,
        String customerId,
        String department,
        Priority priority,
        EntryStatus status,
        Instant enqueuedAt,
        String agentId,
        Instant assignedAt) {}
