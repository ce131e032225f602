package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads conversation timelines ({@code events}). Appending is idempotent on the event's
 * {@code clientMessageId} and numbers events 1, 2, 3… per conversation with the conversation's atomic
 * {@code $inc lastSeq}.
 */
@Repository
public class Timeline {
    private final MongoTemplate mongo;
    private final Conversations conversations;

    Timeline(MongoTemplate mongo, Conversations conversations) {
        this.mongo = mongo;
        this.conversations = conversations;
    }

    /** The stored event and whether this call stored it (false: it was there already, e.g. a resend). */
    public record Appended(TimelineEvent event, boolean created) {}

    /**
     * Stores {@code draft} at the conversation's next seq, or returns the event already stored with the same
     * {@code clientMessageId} (a resend gets the same seq and id back).
     *
     * <p>Two writes, not atomic together: (1) {@code $inc} of the conversation's {@code lastSeq}, (2) insert of
     * the event. If the process dies between them, that seq is never used: a hole in the numbering. Nothing is
     * lost (the sender got no ack and resends, which takes a new seq), and a client that sees the gap fetches
     * {@code events?afterSeq=n}, which simply skips the hole.
     *
     * @throws ConversationEndedException if the conversation ended before a seq was reserved
     */
    public Appended append(TimelineEvent draft) {
        Optional<TimelineEvent> stored = find(draft.conversationId(), draft.clientMessageId());
        if (stored.isPresent()) {
            return new Appended(stored.get(), false);
        }
        long seq = conversations.nextSeq(draft.conversationId()).orElseThrow(ConversationEndedException::new);
        try {
            return new Appended(mongo.insert(draft.withSeq(seq)), true);
        } catch (DuplicateKeyException concurrentResend) {
            // The same clientMessageId was stored meanwhile by a concurrent resend: ours is a seq hole.
            return find(draft.conversationId(), draft.clientMessageId())
                    .map(event -> new Appended(event, false))
                    .orElseThrow(() -> concurrentResend);
        }
    }

    /** Stores an event whose seq is already reserved (ENDED); false if it is there already. */
    public boolean insertReserved(TimelineEvent event) {
        try {
            mongo.insert(event);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    public Optional<TimelineEvent> find(UUID conversationId, UUID clientMessageId) {
        Query query = Query.query(
                where("conversationId").is(conversationId).and("clientMessageId").is(clientMessageId));
        return Optional.ofNullable(mongo.findOne(query, TimelineEvent.class));
    }

    /** The event at this seq of the conversation, if one is stored there. */
    public Optional<TimelineEvent> at(UUID conversationId, long seq) {
        Query query = Query.query(where("conversationId").is(conversationId).and("seq").is(seq));
        return Optional.ofNullable(mongo.findOne(query, TimelineEvent.class));
    }

    /** Events after {@code afterSeq} in seq order, optionally of one type only. */
    public List<TimelineEvent> after(UUID conversationId, long afterSeq, int limit, TimelineEventType onlyType) {
        return after(conversationId, afterSeq, limit, onlyType, null);
    }

    /**
     * Events after {@code afterSeq} in seq order, optionally of one type only and without one type (filtered in
     * the query, so {@code limit} counts only what is returned).
     */
    public List<TimelineEvent> after(UUID conversationId, long afterSeq, int limit, TimelineEventType onlyType,
            TimelineEventType withoutType) {
        Criteria criteria = where("conversationId").is(conversationId).and("seq").gt(afterSeq);
        if (onlyType != null && onlyType == withoutType) {
            return List.of();
        }
        if (onlyType != null) {
            criteria = criteria.and("type").is(onlyType);
        } else if (withoutType != null) {
            criteria = criteria.and("type").ne(withoutType);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("seq")).limit(limit), TimelineEvent.class);
    }

    /** Events whose durable event is not confirmed yet, in the order they were stored. */
    public List<TimelineEvent> unpublished(int limit) {
        Query query = Query.query(where("published").is(false)).with(Sort.by("at", "seq")).limit(limit);
        return mongo.find(query, TimelineEvent.class);
    }

    public void markPublished(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(
                    Query.query(where("_id").in(ids)), new Update().set("published", true), TimelineEvent.class);
        }
    }
}
