package io.parley.chat.store;

import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation document ({@code conversations}). {@code lastSeq} is the highest sequence number handed out
 * in its timeline. {@code queuedPublished} and {@code endedPublished} are the conversation's own outbox: they
 * are written in the same single-document operation as the change they announce ({@code false} = the relay
 * still has to publish {@code conversation.queued} / {@code conversation.ended}; absent = nothing to publish).
 * {@code customer} holds the optional details given at the start (null in documents older than them).
 */
@Document("conversations")
public record Conversation(
        @Id UUID id,
        String customerId,
        String agentId,
        String agentName,
        String department,
        ConversationStatus status,
        long lastSeq,
        UUID startClientMessageId,
        Instant createdAt,
        Instant assignedAt,
        Instant endedAt,
        String endedBy,
        Boolean queuedPublished,
        Boolean endedPublished,
        CustomerDetails customer) {

    /** A new waiting conversation whose {@code conversation.queued} is still to be published. */
    public static Conversation start(String customerId, String department, UUID startClientMessageId, Instant now) {
        return start(customerId, department, startClientMessageId, CustomerDetails.NONE, now);
    }

    /** A new waiting conversation with what the customer told about themselves. */
    public static Conversation start(String customerId, String department, UUID startClientMessageId,
            CustomerDetails customer, Instant now) {
        return new Conversation(
                UUID.randomUUID(), customerId, null, null, department, ConversationStatus.QUEUED, 0,
                startClientMessageId, now, null, null, null, false, null, customer);
    }

    /** Its customer, its assigned agent, supervisors and admins may see it. */
    public boolean visibleTo(Caller caller) {
        return caller.isSupervisor() || isParticipant(caller);
    }

    /** The customer and the assigned agent take part (and may send); nobody else does. */
    public boolean isParticipant(Caller caller) {
        return caller.id().equals(customerId) || (agentId != null && caller.id().equals(agentId));
    }

    public boolean isEnded() {
        return status == ConversationStatus.ENDED;
    }
}
