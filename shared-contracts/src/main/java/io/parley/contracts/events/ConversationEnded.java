package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The customer or the agent ended a conversation; {@code agentId} is null if it ended while waiting. */
public record ConversationEnded(
        UUID conversationId, String customerId, String agentId, String endedBy, Instant endedAt) {}
