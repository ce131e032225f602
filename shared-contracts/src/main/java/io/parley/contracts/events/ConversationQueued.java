package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A customer started a conversation and it waits for an agent. */
public record ConversationQueued(
        UUID conversationId, String customerId, String department, Priority priority, Instant queuedAt) {}
