package io.parley.chat.store;

import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.stomp.Attachment;
import io.parley.contracts.stomp.ConversationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of a conversation's timeline ({@code events}), which is also chat-service's outbox for
 * {@code message.sent}: {@code published} is false until the relay had the broker confirm it (system events
 * announce nothing on the bus and are stored as published). Every event has a {@code clientMessageId}, unique
 * within its conversation: the sender's for a message, one derived from its cause for a system event, so
 * storing the same thing twice is impossible. {@code department} is set for TRANSFERRED and NOTE (the target
 * department of a transfer to a department) and REQUEUED (the lane). A MESSAGE may carry {@code attachments}
 * (file metadata checked with file-service when it was sent); a RECEIPT carries {@code receiptStatus} and
 * {@code upToSeq}; a REACTION {@code targetSeq}, {@code emoji} and {@code op}. Those fields are null otherwise
 * (and in documents older than them).
 */
@Document("events")
public record TimelineEvent(
        @Id UUID id,
        UUID conversationId,
        long seq,
        TimelineEventType type,
        String senderId,
        String senderRole,
        String text,
        UUID clientMessageId,
        String agentId,
        String agentName,
        Instant at,
        boolean published,
        String department,
        List<Attachment> attachments,
        String receiptStatus,
        Long upToSeq,
        Long targetSeq,
        String emoji,
        String op) {

    @PersistenceCreator
    public TimelineEvent {}

    /** An event of the kinds without attachments, receipt or reaction fields. */
    public TimelineEvent(UUID id, UUID conversationId, long seq, TimelineEventType type, String senderId,
            String senderRole, String text, UUID clientMessageId, String agentId, String agentName, Instant at,
            boolean published, String department) {
        this(id, conversationId, seq, type, senderId, senderRole, text, clientMessageId, agentId, agentName, at,
                published, department, null, null, null, null, null, null);
    }

    public static final String CUSTOMER = "CUSTOMER";
    public static final String AGENT = "AGENT";
    public static final String SYSTEM = "SYSTEM";
    static final String REQUEUED_TEXT = "Your agent is unavailable. You are first in line again.";

    public static TimelineEvent message(
            UUID conversationId, String senderId, String senderRole, String text, UUID clientMessageId, Instant at) {
        return message(conversationId, senderId, senderRole, text, clientMessageId, List.of(), at);
    }

    /** A message with files; {@code message.sent} is still to be published. */
    public static TimelineEvent message(UUID conversationId, String senderId, String senderRole, String text,
            UUID clientMessageId, List<Attachment> attachments, Instant at) {
        return new TimelineEvent(UUID.randomUUID(), conversationId, 0, TimelineEventType.MESSAGE, senderId,
                senderRole, text, clientMessageId, null, null, at, false, null, List.copyOf(attachments), null, null,
                null, null, null);
    }

    /** A receipt at the seq its advance reserved; its id comes from that seq, so it can be stored only once. */
    public static TimelineEvent receipt(UUID conversationId, long seq, String senderId, String senderRole,
            String status, long upToSeq, Instant at) {
        UUID key = derivedKey("receipt:" + conversationId + ":" + seq);
        return new TimelineEvent(key, conversationId, seq, TimelineEventType.RECEIPT, senderId, senderRole, null, key,
                null, null, at, true, null, null, status, upToSeq, null, null, null);
    }

    /** A reaction change at the seq it reserved; its id comes from that seq, so it can be stored only once. */
    public static TimelineEvent reaction(UUID conversationId, long seq, String senderId, String senderRole,
            long targetSeq, String emoji, String op, Instant at) {
        UUID key = derivedKey("reaction:" + conversationId + ":" + seq);
        return new TimelineEvent(key, conversationId, seq, TimelineEventType.REACTION, senderId, senderRole, null,
                key, null, null, at, true, null, null, null, null, targetSeq, emoji, op);
    }

    /** The agent joined; {@code cause} (the consumed event's id) makes it idempotent. */
    public static TimelineEvent assigned(
            UUID conversationId, String agentId, String agentName, UUID cause, Instant at) {
        UUID key = derivedKey("assigned:" + cause);
        String who = agentName == null || agentName.isBlank() ? "An agent" : agentName;
        return new TimelineEvent(key, conversationId, 0, TimelineEventType.ASSIGNED, SYSTEM, SYSTEM,
                who + " joined the conversation.", key, agentId, agentName, at, true, null);
    }

    /**
     * An agent or supervisor transferred the conversation, to an agent or to a department (everyone sees it);
     * its sender is who transferred it, shown as AGENT.
     */
    public static TimelineEvent transferred(ConversationTransferred transfer, UUID cause, Instant at) {
        UUID key = derivedKey("transferred:" + cause);
        String target;
        if (transfer.toDepartment() != null && transfer.toAgentId() == null) {
            target = "the " + transfer.toDepartment() + " team";
        } else {
            target = isBlank(transfer.toAgentName()) ? "another agent" : transfer.toAgentName();
        }
        return staffEvent(key, TimelineEventType.TRANSFERRED, transfer, "Transferring you to " + target, at);
    }

    /** The note written with a transfer: staff only, never shown or sent to the customer. */
    public static TimelineEvent note(ConversationTransferred transfer, UUID cause, Instant at) {
        return staffEvent(derivedKey("note:" + cause), TimelineEventType.NOTE, transfer, transfer.note(), at);
    }

    /** queue-service put the conversation back in line (its agent did not reply or went offline). */
    public static TimelineEvent requeued(ConversationRequeued requeue, UUID cause, Instant at) {
        UUID key = derivedKey("requeued:" + cause);
        return new TimelineEvent(key, requeue.conversationId(), 0, TimelineEventType.REQUEUED, SYSTEM, SYSTEM,
                REQUEUED_TEXT, key, null, null, at, true, requeue.department());
    }

    /**
     * The conversation ended; exactly one per conversation, at the seq its end reserved. Whoever ended it is
     * its sender: the customer, or else staff (the agent, a supervisor), shown as AGENT.
     */
    public static TimelineEvent ended(Conversation ended) {
        UUID key = derivedKey("ended:" + ended.id() + reopenSuffix(ended));
        String enderRole = ended.customerId().equals(ended.endedBy()) ? CUSTOMER : AGENT;
        return new TimelineEvent(key, ended.id(), ended.lastSeq(), TimelineEventType.ENDED, ended.endedBy(),
                enderRole, "The conversation has ended.", key, ended.agentId(), ended.agentName(),
                ended.endedAt(), true, null);
    }

    /** The conversation was reopened by its customer or by staff; at the seq the reopening reserved. */
    public static TimelineEvent reopened(Conversation reopened, String byId, String byRole) {
        UUID key = derivedKey("reopened:" + reopened.id() + reopenSuffix(reopened));
        return new TimelineEvent(key, reopened.id(), reopened.lastSeq(), TimelineEventType.REOPENED, byId, byRole,
                "The conversation was reopened.", key, null, null, reopened.reopened().at(), true, null);
    }

    /** Nothing for a conversation never reopened (the ids it always had), else {@code ":reopen:<count>"}. */
    public static String reopenSuffix(Conversation c) {
        return c.reopenCount() == 0 ? "" : ":reopen:" + c.reopenCount();
    }

    /** A stable id derived from what caused an event: the same cause always gives the same id. */
    public static UUID derivedKey(String cause) {
        return UUID.nameUUIDFromBytes(cause.getBytes(StandardCharsets.UTF_8));
    }

    TimelineEvent withSeq(long newSeq) {
        return new TimelineEvent(id, conversationId, newSeq, type, senderId, senderRole, text, clientMessageId,
                agentId, agentName, at, published, department, attachments, receiptStatus, upToSeq, targetSeq, emoji,
                op);
    }

    /** The files of a message; empty for anything else and for documents older than attachments. */
    public List<Attachment> attachmentList() {
        return attachments == null ? List.of() : attachments;
    }

    /** What clients see; only messages expose the sender's {@code clientMessageId}. */
    public ConversationEvent toContract() {
        boolean message = type == TimelineEventType.MESSAGE;
        return new ConversationEvent(conversationId, seq, type.name(), id.toString(), senderId, senderRole, text,
                message ? clientMessageId : null, agentId, agentName, at, department, attachmentList(), receiptStatus,
                upToSeq, targetSeq, emoji, op);
    }

    private static TimelineEvent staffEvent(
            UUID key, TimelineEventType type, ConversationTransferred transfer, String text, Instant at) {
        boolean bySomeone = !isBlank(transfer.byId());
        return new TimelineEvent(key, transfer.conversationId(), 0, type, bySomeone ? transfer.byId() : SYSTEM,
                bySomeone ? AGENT : SYSTEM, text, key, transfer.toAgentId(), transfer.toAgentName(), at, true,
                transfer.toDepartment());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
