package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An assigned conversation was transferred by its agent or a supervisor, to an agent ({@code toAgentId}; a
 * {@code conversation.assigned} of kind TRANSFER follows) or to a department ({@code toDepartment}; the
 * conversation waits at the front of that department's lane until the rules assign it).
 *
 * @param note a note for agents only (never shown to the customer), or null
 */
public record ConversationTransferred(
        UUID conversationId,
        String customerId,
        String fromAgentId,
        String toAgentId,
        String toAgentName,
        String toDepartment,
        String note,
        String byId,
        String byName,
        Instant at) {}
