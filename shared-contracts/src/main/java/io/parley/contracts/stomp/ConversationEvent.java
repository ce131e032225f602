package io.parley.contracts.stomp;

import java.time.Instant;
import java.util.List;
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
 * @param attachments files of a MESSAGE (empty otherwise, never null when sent by chat-service)
 * @param receiptStatus DELIVERED or READ for a RECEIPT
 * @param upToSeq for a RECEIPT: every message of the other side up to this seq
 * @param targetSeq for a REACTION: the message reacted to
 * @param emoji for a REACTION
 * @param op ADD or REMOVE for a REACTION
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
        String department,
        List<Attachment> attachments,
        String receiptStatus,
        Long upToSeq,
        Long targetSeq,
        String emoji,
        String op) {

    public static final String MESSAGE = "MESSAGE";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String ENDED = "ENDED";
    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String REQUEUED = "REQUEUED";
    public static final String NOTE = "NOTE";
    public static final String RECEIPT = "RECEIPT";
    public static final String REACTION = "REACTION";
    public static final String REOPENED = "REOPENED";

    /** An event of the routing kinds (MESSAGE without attachments, ASSIGNED, ENDED, TRANSFERRED, REQUEUED, NOTE). */
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
            Instant at,
            String department) {
        this(conversationId, seq, type, id, senderId, senderRole, text, clientMessageId, agentId, agentName, at,
                department, List.of(), null, null, null, null, null);
    }

}
