package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.UUID;

/** A waiting conversation and its 1-based position within its department lane. */
public record Waiting(
        UUID conversationId, String customerId, String department, Priority priority, Instant enqueuedAt, int position) {}
