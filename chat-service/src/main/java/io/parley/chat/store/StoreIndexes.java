package io.parley.chat.store;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes at start-up (idempotent). The unique ones carry correctness: one conversation per
 * (customer, start message), one event per (conversation, seq) and per (conversation, clientMessageId).
 */
@Component
class StoreIndexes implements InitializingBean {
    private final MongoTemplate mongo;

    StoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var conversations = mongo.indexOps(Conversation.class);
        conversations.createIndex(unique("customer_start", "customerId", "startClientMessageId"));
        conversations.createIndex(new Index().on("customerId", Direction.ASC).on("createdAt", Direction.DESC));
        conversations.createIndex(new Index().on("agentId", Direction.ASC).on("createdAt", Direction.DESC));
        conversations.createIndex(new Index().on("createdAt", Direction.DESC));
        conversations.createIndex(new Index().on("queuedPublished", Direction.ASC));
        conversations.createIndex(new Index().on("endedPublished", Direction.ASC).sparse());

        var events = mongo.indexOps(TimelineEvent.class);
        events.createIndex(unique("conversation_seq", "conversationId", "seq"));
        events.createIndex(unique("conversation_client_message", "conversationId", "clientMessageId"));
        events.createIndex(new Index().on("published", Direction.ASC).on("at", Direction.ASC));

        mongo.indexOps(Reaction.class).createIndex(
                new Index().on("conversationId", Direction.ASC).on("targetSeq", Direction.ASC));
    }

    private static CompoundIndexDefinition unique(String name, String first, String second) {
        CompoundIndexDefinition index = new CompoundIndexDefinition(new Document(first, 1).append(second, 1));
        index.named(name).unique();
        return index;
    }
}
