package io.parley.chat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.parley.chat.store.Timeline.Appended;
import io.parley.chat.support.TestMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sequence allocation and idempotent appends, against the in-process MongoDB (no Spring context). */
class TimelineTest {
    private static MongoClient client;
    private static Conversations conversations;
    private static Timeline timeline;
    private static ConversationRouting routing;

    @BeforeAll
    static void store() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(TestMongo.uri("timeline")))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
        MongoTemplate mongo = new MongoTemplate(client, "timeline_t" + UUID.randomUUID().toString().substring(0, 8));
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
    void eventsAreNumberedOneTwoThreeWithinTheirConversation() {
        Conversation first = newConversation();
        Conversation second = newConversation();

        assertThat(append(first, "a").event().seq()).isEqualTo(1);
        assertThat(append(first, "b").event().seq()).isEqualTo(2);
        assertThat(append(second, "c").event().seq()).isEqualTo(1);
        assertThat(append(first, "d").event().seq()).isEqualTo(3);
        assertThat(conversations.find(first.id()).orElseThrow().lastSeq()).isEqualTo(3);
    }

    @Test
    void aResendWithTheSameClientMessageIdReturnsTheStoredEventAndStoresNothing() {
        Conversation conversation = newConversation();
        UUID clientMessageId = UUID.randomUUID();
        Appended first = timeline.append(message(conversation, clientMessageId, "hello"));
        Appended resend = timeline.append(message(conversation, clientMessageId, "hello"));

        assertThat(first.created()).isTrue();
        assertThat(resend.created()).isFalse();
        assertThat(resend.event().id()).isEqualTo(first.event().id());
        assertThat(resend.event().seq()).isEqualTo(first.event().seq());
        assertThat(timeline.after(conversation.id(), 0, 100, null)).hasSize(1);
        assertThat(conversations.find(conversation.id()).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @Test
    void concurrentSendsGetDistinctConsecutiveSeqs() throws Exception {
        Conversation conversation = newConversation();
        List<Callable<Long>> sends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = "message " + i;
            sends.add(() -> append(conversation, text).event().seq());
        }
        List<Long> seqs = runTogether(sends);

        assertThat(seqs).doesNotHaveDuplicates().hasSize(40).allMatch(seq -> seq >= 1 && seq <= 40);
    }

    @Test
    void concurrentResendsOfOneMessageStoreItOnceAndAllGetTheSameSeq() throws Exception {
        Conversation conversation = newConversation();
        UUID clientMessageId = UUID.randomUUID();
        List<Callable<Long>> resends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            resends.add(() -> timeline.append(message(conversation, clientMessageId, "once")).event().seq());
        }
        List<Long> seqs = runTogether(resends);

        assertThat(seqs).containsOnly(seqs.getFirst());
        assertThat(timeline.after(conversation.id(), 0, 100, null)).hasSize(1);
    }

    @Test
    void nothingCanBeAppendedAfterTheEndAndTheEndedEventTakesTheLastSeq() {
        Conversation conversation = newConversation();
        UUID early = UUID.randomUUID();
        timeline.append(message(conversation, early, "before the end"));

        Conversation ended = conversations.end(conversation.id(), conversation.customerId(), Instant.now()).orElseThrow();
        assertThat(timeline.insertReserved(TimelineEvent.ended(ended))).isTrue();
        assertThat(timeline.insertReserved(TimelineEvent.ended(ended))).isFalse();

        assertThatThrownBy(() -> append(conversation, "too late")).isInstanceOf(ConversationEndedException.class);
        assertThat(timeline.append(message(conversation, early, "before the end")).created()).isFalse();
        assertThat(timeline.after(conversation.id(), 0, 100, null))
                .extracting(TimelineEvent::seq, TimelineEvent::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, TimelineEventType.MESSAGE),
                        org.assertj.core.groups.Tuple.tuple(2L, TimelineEventType.ENDED));
        assertThat(conversations.end(conversation.id(), "someone", Instant.now())).isEmpty();
    }

    @Test
    void aSeqHoleLeftByACrashIsSkippedByReadersAndNumberingGoesOn() {
        Conversation conversation = newConversation();
        append(conversation, "one");
        conversations.nextSeq(conversation.id()); // reserved, then the process "died" before inserting
        append(conversation, "three");

        assertThat(timeline.after(conversation.id(), 1, 100, null)).extracting(TimelineEvent::seq).containsExactly(3L);
    }

    @Test
    void assigningTheSameConsumedEventTwiceStoresOneAssignedEvent() {
        Conversation conversation = newConversation();
        UUID consumedEventId = UUID.randomUUID();
        routing.assign(conversation.id(), consumedEventId, "agent-1", "Carol", null, Instant.now()).orElseThrow();
        Appended first = timeline.append(TimelineEvent.assigned(conversation.id(), "agent-1", "Carol", consumedEventId, Instant.now()));
        Appended again = timeline.append(TimelineEvent.assigned(conversation.id(), "agent-1", "Carol", consumedEventId, Instant.now()));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(conversations.find(conversation.id()).orElseThrow().status()).isEqualTo(ConversationStatus.ACTIVE);
    }

    @Test
    void onlyMessagesArePendingForTheRelayUntilMarkedPublished() {
        Conversation conversation = newConversation();
        TimelineEvent message = append(conversation, "announce me").event();
        routing.assign(conversation.id(), UUID.randomUUID(), "agent-1", "Carol", null, Instant.now());
        TimelineEvent assigned = timeline.append(
                TimelineEvent.assigned(conversation.id(), "agent-1", "Carol", UUID.randomUUID(), Instant.now())).event();

        assertThat(timeline.unpublished(1000)).extracting(TimelineEvent::id)
                .contains(message.id())
                .doesNotContain(assigned.id());
        timeline.markPublished(List.of(message.id()));
        assertThat(timeline.unpublished(1000)).extracting(TimelineEvent::conversationId)
                .doesNotContain(conversation.id());
    }

    private static Conversation newConversation() {
        return conversations.insert(Conversation.start(UUID.randomUUID().toString(), "support", UUID.randomUUID(), Instant.now()));
    }

    private static Appended append(Conversation conversation, String text) {
        return timeline.append(message(conversation, UUID.randomUUID(), text));
    }

    private static TimelineEvent message(Conversation conversation, UUID clientMessageId, String text) {
        return TimelineEvent.message(conversation.id(), conversation.customerId(), TimelineEvent.CUSTOMER, text,
                clientMessageId, Instant.now());
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
