package io.parley.file.participants;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reads and applies participation changes. A change is applied only when its time is not before the last
 * applied one, so an event delivered twice or after a newer one leaves the document as it is.
 */
@Service
public class Participations {
    private final MongoTemplate mongo;

    Participations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Participation> find(UUID conversationId) {
        return Optional.ofNullable(mongo.findById(conversationId.toString(), Participation.class));
    }

    /** Waits (again, after a reopen): the customer, no agent, not ended. */
    void queued(UUID conversationId, String customerId, Instant at) {
        apply(conversationId, customerId, at, new Update().unset("agentId").set("ended", false));
    }

    void assigned(UUID conversationId, String customerId, String agentId, Instant at) {
        apply(conversationId, customerId, at, new Update().set("agentId", agentId));
    }

    /** Back in line (requeued, or transferred to a department): no agent until the next assignment. */
    void unassigned(UUID conversationId, String customerId, Instant at) {
        apply(conversationId, customerId, at, new Update().unset("agentId"));
    }

    /** Ended: nothing more may be uploaded; who took part may still read. */
    void ended(UUID conversationId, String customerId, Instant at) {
        apply(conversationId, customerId, at, new Update().set("ended", true));
    }

    private void apply(UUID conversationId, String customerId, Instant at, Update change) {
        String id = conversationId.toString();
        Update create = new Update().setOnInsert("customerId", customerId).setOnInsert("ended", false);
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), create, Participation.class);
        Criteria notNewer = new Criteria().orOperator(
                Criteria.where("changedAt").exists(false), Criteria.where("changedAt").lte(at));
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).andOperator(notNewer)),
                change.set("changedAt", at).set("customerId", customerId),
                Participation.class);
    }
}
