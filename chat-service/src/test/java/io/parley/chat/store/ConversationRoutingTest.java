package io.parley.chat.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.parley.chat.store.ConversationRouting.Routed;
import io.parley.chat.support.TestMongo;
import java.time.Instant;
import java.util.UUID;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Routing changes applied once per consumed event, against the in-process MongoDB (no Spring context). */
class ConversationRoutingTest {
    private static MongoClient client;
    private static Conversations conversations;
    private static Timeline timeline;
    private static ConversationRouting routing;

    @BeforeAll
    static void store() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(TestMongo.uri("routing")))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
        MongoTemplate mongo = new MongoTemplate(client, "routing_t" + UUID.randomUUID().toString().substring(0, 8));
        new StoreIndexes(mongo).afterPropertiesSet();
        conversations = new Conversations(mongo);
        timeline = new Timeline(mongo, conversations);
        routing = new ConversationRouting(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void aNewAgentReplacesTheOldOneAndTheChangeNamesWhoLostIt() {
        Conversation conversation = newConversation();
        routing.assign(conversation.id(), UUID.randomUUID(), "alice", "Alice", "sales", Instant.now()).orElseThrow();

        Routed replaced = routing.assign(conversation.id(), UUID.randomUUID(), "bob", "Bob", null, Instant.now())
                .orElseThrow();

        assertThat(replaced.applied()).isTrue();
        assertThat(replaced.removedAgentId()).isEqualTo("alice");
        assertThat(replaced.after().agentId()).isEqualTo("bob");
        assertThat(replaced.after().status()).isEqualTo(ConversationStatus.ACTIVE);
        assertThat(replaced.after().department()).as("kept when the event names none").isEqualTo("sales");
    }

    @Test
    void aRedeliveredAssignmentChangesNothingEvenAfterALaterOne() {
        Conversation conversation = newConversation();
        UUID first = UUID.randomUUID();
        routing.assign(conversation.id(), first, "alice", "Alice", null, Instant.now()).orElseThrow();
        routing.assign(conversation.id(), UUID.randomUUID(), "bob", "Bob", null, Instant.now()).orElseThrow();

        Routed redelivered = routing.assign(conversation.id(), first, "alice", "Alice", null, Instant.now())
                .orElseThrow();

        assertThat(redelivered.applied()).isFalse();
        assertThat(redelivered.removedAgentId()).isNull();
        assertThat(conversations.find(conversation.id()).orElseThrow().agentId()).isEqualTo("bob");
    }

    @Test
    void queueingAgainClearsTheAgentAndMovesTheDepartment() {
        Conversation conversation = newConversation();
        routing.assign(conversation.id(), UUID.randomUUID(), "alice", "Alice", null, Instant.now()).orElseThrow();

        Routed requeued = routing.queueAgain(conversation.id(), UUID.randomUUID(), "sales").orElseThrow();

        assertThat(requeued.removedAgentId()).isEqualTo("alice");
        Conversation stored = conversations.find(conversation.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConversationStatus.QUEUED);
        assertThat(stored.agentId()).isNull();
        assertThat(stored.agentName()).isNull();
        assertThat(stored.assignedAt()).isNull();
        assertThat(stored.department()).isEqualTo("sales");
    }

    @Test
    void anEndedOrUnknownConversationIsNeverRouted() {
        Conversation conversation = newConversation();
        conversations.end(conversation.id(), conversation.customerId(), Instant.now());

        assertThat(routing.assign(conversation.id(), UUID.randomUUID(), "alice", "Alice", null, Instant.now())).isEmpty();
        assertThat(routing.queueAgain(UUID.randomUUID(), UUID.randomUUID(), "sales")).isEmpty();
        assertThat(conversations.find(conversation.id()).orElseThrow().agentId()).isNull();
    }

    @Test
    void notesCanBeLeftOutOfATimelineReadWithoutShorteningIt() {
        Conversation conversation = newConversation();
        UUID cause = UUID.randomUUID();
        var transfer = new io.parley.contracts.events.ConversationTransferred(conversation.id(),
                conversation.customerId(), "alice", null, null, "sales", "VIP, be nice", "alice", "Alice", Instant.now());
        timeline.append(TimelineEvent.transferred(transfer, cause, Instant.now()));
        timeline.append(TimelineEvent.note(transfer, cause, Instant.now()));
        timeline.append(TimelineEvent.message(conversation.id(), conversation.customerId(), TimelineEvent.CUSTOMER,
                "hello?", UUID.randomUUID(), Instant.now()));

        assertThat(timeline.after(conversation.id(), 0, 2, null, TimelineEventType.NOTE))
                .extracting(TimelineEvent::type)
                .containsExactly(TimelineEventType.TRANSFERRED, TimelineEventType.MESSAGE);
        assertThat(timeline.after(conversation.id(), 0, 10, null, null)).extracting(TimelineEvent::type)
                .containsExactly(TimelineEventType.TRANSFERRED, TimelineEventType.NOTE, TimelineEventType.MESSAGE);
    }

    private static Conversation newConversation() {
        return conversations.insert(
                Conversation.start(UUID.randomUUID().toString(), "support", UUID.randomUUID(), Instant.now()));
    }
}
