package io.parley.contracts.stomp;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a conversation's timeline, numbered by {@code seq} (1, 2, 3… within the conversation).
 * Live on STOMP and from {@code GET /api/v1/conversations/{id}/events?afterSeq=n}.
 *
 * @param type MESSAGE, ASSIGNED, ENDED, TRANSFERRED, REQUEUED or NOTE (NOTE: agents only, never sent or shown
 *     to the customer)
 * @param id the message id for MESSAGE, otherwise the event id
 * @param senderId who wrote or caused it (customer, agent, or "system")
 * @param senderRole CUSTOMER, AGENT or SYSTEM (TRANSFERRED and NOTE name the agent or supervisor who did it)
 * @param text the message text, or a human-readable line for system events
 * @param clientMessageId the sender's id for MESSAGE, null otherwise
 * @param agentId the assigned agent for ASSIGNED
 * @param agentName the assigned agent's display name for ASSIGNED
 * @param department the target department of a TRANSFERRED to a department, the lane of a REQUEUED, else null
 */
public record ConversationEvent(
        UUID conversationId,
        long seq,
        String type,
        String id,
        String senderId,
        String senderRole,
        String text,
        UUID clientMessageId,
        String agentId,
        String agentName,
        Instant at,
        String department) {

    public static final String MESSAGE = "MESSAGE";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String ENDED = "ENDED";
    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String REQUEUED = "REQUEUED";
    public static final String NOTE = "NOTE";

    /** An event without a department (MESSAGE, ASSIGNED, ENDED). */
    public ConversationEvent(
            UUID conversationId,
            long seq,
            String type,
            String id,
            String senderId,
            String senderRole,
            String text,
            UUID clientMessageId,
            String agentId,
            String agentName,
            Instant at) {
        this(conversationId, seq, type, id, senderId, senderRole, text, clientMessageId, agentId, agentName, at, null);
    }
}
