package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.parley.kit.security.Caller;
import java.time.Instant;
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

    /** Newest first: all for supervisors, otherwise those the caller is the customer or the agent of. */
    public List<Conversation> listVisibleTo(Caller caller, int limit) {
        Query query = caller.isSupervisor()
                ? new Query()
                : Query.query(new Criteria().orOperator(
                        where("customerId").is(caller.id()), where("agentId").is(caller.id())));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Conversation.class);
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
