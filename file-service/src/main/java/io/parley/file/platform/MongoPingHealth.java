package io.parley.file.platform;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness check {@code mongo}: the {@code ping} command. Replaces Boot's indicator, which sends
 * {@code hello}, a command the in-process server used locally and in tests (mongo-java-server) does not know;
 * {@code ping} works there and on a real replica set.
 */
@Component("mongoHealthIndicator")
class MongoPingHealth extends AbstractHealthIndicator {
    private final MongoTemplate mongo;

    MongoPingHealth(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
