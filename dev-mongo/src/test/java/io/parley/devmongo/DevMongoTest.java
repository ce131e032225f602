package io.parley.devmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevMongoTest {

    @TempDir
    Path dir;

    @Test
    void insertedDocumentIsFoundThroughTheMongoDriver() {
        try (DevMongo mongo = DevMongo.start(settings("memory"));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> messages = client.getDatabase("parley_chat").getCollection("messages");
            messages.insertOne(new Document("_id", "m1").append("text", "hello"));

            assertThat(messages.find(Filters.eq("_id", "m1")).first()).containsEntry("text", "hello");
        }
    }

    @Test
    void dataInTheH2FileSurvivesARestart() {
        String file = dir.resolve("data/mongo.mv").toString();
        try (DevMongo mongo = DevMongo.start(settings(file));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("parley_chat").getCollection("conversations")
                    .insertOne(new Document("_id", "c1").append("status", "QUEUED"));
        }

        try (DevMongo mongo = DevMongo.start(settings(file));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found = client.getDatabase("parley_chat").getCollection("conversations")
                    .find(Filters.eq("_id", "c1")).first();
            assertThat(found).containsEntry("status", "QUEUED");
        }
    }

    @Test
    void uniqueIndexRejectsADuplicateEvenAfterARestart() {
        String file = dir.resolve("mongo.mv").toString();
        try (DevMongo mongo = DevMongo.start(settings(file));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> messages = client.getDatabase("parley_chat").getCollection("messages");
            messages.createIndex(
                    Indexes.ascending("conversationId", "clientMessageId"), new IndexOptions().unique(true));
            messages.insertOne(new Document("conversationId", "c1").append("clientMessageId", "x"));
            messages.insertOne(new Document("conversationId", "c2").append("clientMessageId", "x"));

            assertThatThrownBy(() -> messages.insertOne(new Document("conversationId", "c1").append("clientMessageId", "x")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e ->
                            assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }

        try (DevMongo mongo = DevMongo.start(settings(file));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> messages = client.getDatabase("parley_chat").getCollection("messages");
            assertThatThrownBy(() -> messages.insertOne(new Document("conversationId", "c2").append("clientMessageId", "x")))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(messages.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void argumentsOverrideTheEnvironmentAndMemoryMeansNoFile() {
        DevMongoSettings fromEnv = DevMongoSettings.from(
                new String[0], Map.of("PARLEY_MONGO_PORT", "28000", "PARLEY_MONGO_FILE", "memory"));
        DevMongoSettings fromArgs = DevMongoSettings.from(
                new String[] {"--port=28001", "--file=/tmp/x.mv"}, Map.of("PARLEY_MONGO_PORT", "28000"));
        DevMongoSettings defaults = DevMongoSettings.from(new String[0], Map.of());

        assertThat(fromEnv.port()).isEqualTo(28000);
        assertThat(fromEnv.inMemory()).isTrue();
        assertThat(fromArgs.port()).isEqualTo(28001);
        assertThat(fromArgs.file()).isEqualTo(Path.of("/tmp/x.mv"));
        assertThat(defaults.port()).isEqualTo(27017);
        assertThat(defaults.file()).isEqualTo(Path.of(".run/data/mongo.mv"));
    }

    @Test
    void badPortIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> DevMongoSettings.from(new String[] {"--port=abc"}, Map.of()))
                .hasMessageContaining("port must be a number");
    }

    private static DevMongoSettings settings(String file) {
        return DevMongoSettings.from(new String[] {"--port=0", "--file=" + file}, Map.of());
    }
}
