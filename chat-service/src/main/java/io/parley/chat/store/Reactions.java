package io.parley.chat.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Current reactions ({@link Reaction}). A change is applied only if it changes something and is newer than the
 * last change (its REACTION event's seq is higher): two changes racing for the same reaction end in the state of
 * the later seq, which is also what replaying the timeline gives.
 */
@Repository
public class Reactions {
    private final MongoTemplate mongo;

    Reactions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Reaction> find(UUID key) {
        return Optional.ofNullable(mongo.findById(key, Reaction.class));
    }

    /**
     * Sets the reaction to {@code active} as the change of the REACTION event at {@code seq}; false if it was in
     * that state already or a later change got there first (nothing written).
     */
    public boolean apply(UUID conversationId, long targetSeq, String userId, String emoji, boolean active, long seq,
            Instant at) {
        UUID key = Reaction.key(conversationId, targetSeq, userId, emoji);
        Query changes = Query.query(where("_id").is(key).and("active").ne(active).and("seq").lt(seq));
        Update update = new Update().set("active", active).set("seq", seq);
        if (!active) {
            return mongo.updateFirst(changes, update, Reaction.class).getModifiedCount() > 0;
        }
        update.set("conversationId", conversationId).set("targetSeq", targetSeq).set("userId", userId)
                .set("emoji", emoji).set("since", at);
        try {
            UpdateResult result = mongo.upsert(changes, update, Reaction.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException sameStateOrNewerChange) {
            return false;
        }
    }

    /** The reactions present on these messages, oldest first. */
    public List<Reaction> activeOn(UUID conversationId, Collection<Long> targetSeqs) {
        if (targetSeqs.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(where("conversationId").is(conversationId).and("targetSeq").in(targetSeqs)
                .and("active").is(true)).with(Sort.by("since", "userId"));
        return mongo.find(query, Reaction.class);
    }
}
