package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** queue-service gave a waiting conversation to an agent. */
public record ConversationAssigned(
        UUID conversationId, String customerId, String agentId, String agentName, String department, Instant assignedAt) {}
