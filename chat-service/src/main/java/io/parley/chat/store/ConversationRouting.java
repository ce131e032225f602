package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Routing changes decided by queue-service, each applied at most once per consumed event: the change and the
 * event's id (added to {@code appliedEvents}) are one single-document write, conditional on the id not being
 * there yet. A redelivered event therefore changes nothing, even after later events moved the conversation on.
 * Ended conversations are never changed.
 */
@Repository
public class ConversationRouting {
    private static final FindAndModifyOptions RETURN_OLD = FindAndModifyOptions.options().returnNew(false);

    private final MongoTemplate mongo;

    ConversationRouting(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The conversation before and after an event's change. {@code applied} is false when the event had been
     * applied before (a redelivery): {@code before} and {@code after} are then both the current state.
     */
    public record Routed(Conversation before, Conversation after, boolean applied) {

        /** The agent who had the conversation until this change and no longer has it, or null. */
        public String removedAgentId() {
            String previous = before.agentId();
            return applied && previous != null && !previous.equals(after.agentId()) ? previous : null;
        }
    }

    /** The agent gets the conversation (waiting, or replacing the agent who had it); status ACTIVE. */
    public Optional<Routed> assign(
            UUID id, UUID eventId, String agentId, String agentName, String department, Instant at) {
        Update update = new Update()
                .set("agentId", agentId)
                .set("agentName", agentName)
                .set("status", ConversationStatus.ACTIVE)
                .set("assignedAt", at);
        if (department != null && !department.isBlank()) {
            update.set("department", department);
        }
        return apply(id, eventId, update);
    }

    /** Back in line (requeued, or transferred to a department): status QUEUED, no agent, in {@code department}. */
    public Optional<Routed> queueAgain(UUID id, UUID eventId, String department) {
        Update update = new Update()
                .set("status", ConversationStatus.QUEUED)
                .unset("agentId")
                .unset("agentName")
                .unset("assignedAt");
        if (department != null && !department.isBlank()) {
            update.set("department", department);
        }
        return apply(id, eventId, update);
    }

    /** Empty if the conversation is unknown, or ended before this event was applied. */
    private Optional<Routed> apply(UUID id, UUID eventId, Update update) {
        Query notYetApplied = Query.query(where("_id").is(id)
                .and("status").ne(ConversationStatus.ENDED)
                .and("appliedEvents").ne(eventId));
        update.addToSet("appliedEvents", eventId);
        Conversation before = mongo.findAndModify(notYetApplied, update, RETURN_OLD, Conversation.class);
        Conversation current = mongo.findById(id, Conversation.class);
        if (current == null) {
            return Optional.empty();
        }
        if (before != null) {
            return Optional.of(new Routed(before, current, true));
        }
        boolean appliedBefore = current.appliedEvents() != null && current.appliedEvents().contains(eventId);
        return appliedBefore ? Optional.of(new Routed(current, current, false)) : Optional.empty();
    }
}
