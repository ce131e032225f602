package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Reads and single-document writes of {@code conversations}. */
@Repository
public class Conversations {
    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    private final MongoTemplate mongo;

    Conversations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts a new conversation; a repeated start throws {@link org.springframework.dao.DuplicateKeyException}. */
    public Conversation insert(Conversation conversation) {
        return mongo.insert(conversation);
    }

    public Optional<Conversation> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id, Conversation.class));
    }

    /** The conversation this customer started with this client message id, if any. */
    public Optional<Conversation> findStarted(String customerId, UUID startClientMessageId) {
        Query query = Query.query(
                where("customerId").is(customerId).and("startClientMessageId").is(startClientMessageId));
        return Optional.ofNullable(mongo.findOne(query, Conversation.class));
    }

    /**
     * One page of the conversations the caller may see (supervisors: all; anyone else: those they are the customer
     * or the agent of) that match the filter, newest first.
     */
    public List<Conversation> list(Caller caller, ConversationFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (!caller.isSupervisor()) {
            all.add(new Criteria().orOperator(where("customerId").is(caller.id()), where("agentId").is(caller.id())));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status()));
        }
        if (filter.department() != null) {
            all.add(where("department").is(filter.department()));
        }
        if (filter.customerId() != null) {
            all.add(where("customerId").is(filter.customerId()));
        }
        if (filter.agentId() != null) {
            all.add(where("agentId").is(filter.agentId()));
        }
        if (filter.from() != null) {
            all.add(where("createdAt").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(where("createdAt").lt(filter.to()));
        }
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) filter.page() * filter.size())
                .limit(filter.size());
        return mongo.find(query, Conversation.class);
    }

    /**
     * Reopens an ENDED conversation whose {@code conversation.ended} has left, in one write: status QUEUED, no
     * agent, {@code reopened} counted, {@code conversation.queued} pending again, and the seq of its REOPENED event
     * reserved. Empty if it is not ENDED or its end is still to be published.
     */
    public Optional<Conversation> reopen(UUID id, Instant at) {
        Query endedAndAnnounced = Query.query(
                where("_id").is(id).and("status").is(ConversationStatus.ENDED).and("endedPublished").ne(false));
        Update update = new Update()
                .set("status", ConversationStatus.QUEUED)
                .unset("agentId")
                .unset("agentName")
                .unset("assignedAt")
                .unset("endedAt")
                .unset("endedBy")
                .set("queuedPublished", false)
                .inc("reopened.count", 1)
                .set("reopened.at", at)
                .inc("lastSeq", 1);
        return Optional.ofNullable(mongo.findAndModify(endedAndAnnounced, update, RETURN_NEW, Conversation.class));
    }

    /**
     * Reserves the next timeline seq ({@code $inc lastSeq}) unless the conversation has ended, atomically: no
     * event can get a seq after the ENDED event's.
     */
    public Optional<Long> nextSeq(UUID id) {
        Conversation updated = mongo.findAndModify(
                open(id), new Update().inc("lastSeq", 1), RETURN_NEW, Conversation.class);
        return Optional.ofNullable(updated).map(Conversation::lastSeq);
    }

    /**
     * Ends an open conversation in one write: status ENDED, who and when, {@code conversation.ended} pending,
     * and the seq of its ENDED event reserved (after this, {@code lastSeq} never changes, so the ENDED event's
     * seq is always {@code lastSeq}). Empty if it is unknown or had already ended.
     */
    public Optional<Conversation> end(UUID id, String endedBy, Instant at) {
        Update update = new Update()
                .set("status", ConversationStatus.ENDED)
                .set("endedAt", at)
                .set("endedBy", endedBy)
                .set("endedPublished", false)
                .inc("lastSeq", 1);
        return Optional.ofNullable(mongo.findAndModify(open(id), update, RETURN_NEW, Conversation.class));
    }

    /** Conversations with a lifecycle event the relay has not published yet, oldest first. */
    public List<Conversation> withUnpublishedLifecycle(int limit) {
        Query query = Query.query(new Criteria().orOperator(
                        where("queuedPublished").is(false), where("endedPublished").is(false)))
                .with(Sort.by("createdAt"))
                .limit(limit);
        return mongo.find(query, Conversation.class);
    }

    /** Records that the broker confirmed these lifecycle events (only the ones named). */
    public void markLifecyclePublished(UUID id, boolean queued, boolean ended) {
        Update update = new Update();
        if (queued) {
            update.set("queuedPublished", true);
        }
        if (ended) {
            update.set("endedPublished", true);
        }
        if (!update.getUpdateObject().isEmpty()) {
            mongo.updateFirst(Query.query(where("_id").is(id)), update, Conversation.class);
        }
    }

    private static Query open(UUID id) {
        return Query.query(where("_id").is(id).and("status").ne(ConversationStatus.ENDED));
    }
}
