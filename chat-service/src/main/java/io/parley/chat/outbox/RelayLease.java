package io.parley.chat.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A lease on one document ({@code outbox_lease}, {@code _id: "relay"}) so that one instance at a time
 * publishes. Taking or renewing it is one conditional update (free, expired, or already ours); a holder that
 * dies simply lets it expire.
 */
class RelayLease {
    static final String COLLECTION = "outbox_lease";
    private static final String ID = "relay";

    private final MongoTemplate mongo;
    private final String owner;
    private final Duration duration;

    RelayLease(MongoTemplate mongo, String owner, Duration duration) {
        this.mongo = mongo;
        this.owner = owner;
        this.duration = duration;
    }

    /** Takes or renews the lease; false while another live instance holds it. */
    boolean tryAcquire() {
        Instant now = Instant.now();
        Query takeable = Query.query(where("_id").is(ID)
                .orOperator(where("until").lt(now), where("owner").is(owner)));
        Update take = new Update().set("owner", owner).set("until", now.plus(duration));
        if (mongo.updateFirst(takeable, take, COLLECTION).getMatchedCount() == 1) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", ID).append("owner", owner).append("until", now.plus(duration)),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release() {
        Query mine = Query.query(where("_id").is(ID).and("owner").is(owner));
        mongo.updateFirst(mine, new Update().set("until", Instant.EPOCH), COLLECTION);
    }
}
