package io.parley.chat.store;

import java.time.Instant;

/**
 * Which conversations to list (every field optional) and which page: {@code from} inclusive and {@code to}
 * exclusive on {@code createdAt}; pages of {@code size}, newest first, {@code page} 0-based.
 */
public record ConversationFilter(ConversationStatus status, String department, String customerId, String agentId,
        Instant from, Instant to, int page, int size) {}
