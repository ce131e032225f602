package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * queue-service gave a conversation to an agent: a waiting one, or an assigned one to another agent (a
 * transfer or a supervisor's reassignment; {@code previousAgentId} then names who had it).
 *
 * @param kind how the agent was chosen: AUTOMATIC (routing), TAKEN (the agent took it from the manual list),
 *     SUPERVISOR (assigned by hand), TRANSFER (an agent or supervisor transferred it to this agent)
 */
public record ConversationAssigned(
        UUID conversationId,
        String customerId,
        String agentId,
        String agentName,
        String department,
        Instant assignedAt,
        String previousAgentId,
        String kind) {

    public static final String AUTOMATIC = "AUTOMATIC";
    public static final String TAKEN = "TAKEN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String TRANSFER = "TRANSFER";

    /** A first, automatic assignment. */
    public ConversationAssigned(
            UUID conversationId, String customerId, String agentId, String agentName, String department, Instant assignedAt) {
        this(conversationId, customerId, agentId, agentName, department, assignedAt, null, AUTOMATIC);
    }
}
