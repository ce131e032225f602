package io.parley.chat.store;

import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conversation document ({@code conversations}). {@code lastSeq} is the highest sequence number handed out
 * in its timeline. {@code queuedPublished} and {@code endedPublished} are the conversation's own outbox: they
 * are written in the same single-document operation as the change they announce ({@code false} = the relay
 * still has to publish {@code conversation.queued} / {@code conversation.ended}; absent = nothing to publish).
 * {@code customer} holds the optional details given at the start, {@code routing} the customer's routing choice
 * and {@code startText} the first message (all null in documents older than them). {@code appliedEvents} are the
 * ids of the routing events (assigned, transferred, requeued) whose state change was applied, written in the same
 * operation as that change, so a redelivered event never changes the conversation twice. {@code receipts} is
 * how far each side has received and read the other's messages (null in documents older than receipts).
 * {@code reopened} counts reopenings of the ended conversation (null while never).
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
        CustomerDetails customer,
        RoutingChoice routing,
        String startText,
        List<UUID> appliedEvents,
        Receipts receipts,
        Reopening reopened) {

    @PersistenceCreator
    public Conversation {}

    /** A conversation without receipts yet. */
    public Conversation(UUID id, String customerId, String agentId, String agentName, String department,
            ConversationStatus status, long lastSeq, UUID startClientMessageId, Instant createdAt, Instant assignedAt,
            Instant endedAt, String endedBy, Boolean queuedPublished, Boolean endedPublished, CustomerDetails customer,
            RoutingChoice routing, String startText, List<UUID> appliedEvents) {
        this(id, customerId, agentId, agentName, department, status, lastSeq, startClientMessageId, createdAt,
                assignedAt, endedAt, endedBy, queuedPublished, endedPublished, customer, routing, startText,
                appliedEvents, null, null);
    }

    /** How often it was reopened (0: never). */
    public int reopenCount() {
        return reopened == null ? 0 : reopened.count();
    }

    /** When it last joined the line: reopened, or else started. */
    public Instant queuedAt() {
        return reopened == null ? createdAt : reopened.at();
    }

    /** A new waiting conversation whose {@code conversation.queued} is still to be published. */
    public static Conversation start(String customerId, String department, UUID startClientMessageId, Instant now) {
        return start(customerId, department, startClientMessageId, CustomerDetails.NONE, now);
    }

    /** A new waiting conversation with what the customer told about themselves. */
    public static Conversation start(String customerId, String department, UUID startClientMessageId,
            CustomerDetails customer, Instant now) {
        return start(customerId, department, startClientMessageId, customer, RoutingChoice.NONE, null, now);
    }

    /** A new waiting conversation with the customer's details, routing choice and first message. */
    public static Conversation start(String customerId, String department, UUID startClientMessageId,
            CustomerDetails customer, RoutingChoice routing, String startText, Instant now) {
        return new Conversation(
                UUID.randomUUID(), customerId, null, null, department, ConversationStatus.QUEUED, 0,
                startClientMessageId, now, null, null, null, false, null, customer, routing, startText, List.of());
    }

    /** The receipt summary, {@link Receipts#NONE} when nobody sent a receipt yet. */
    public Receipts receiptSummary() {
        return receipts == null ? Receipts.NONE : receipts;
    }

    /** The routing choice, {@link RoutingChoice#NONE} for documents older than it. */
    public RoutingChoice routingChoice() {
        return routing == null ? RoutingChoice.NONE : routing;
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
