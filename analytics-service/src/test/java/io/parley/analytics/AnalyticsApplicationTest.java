package io.parley.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.Priority;
import io.parley.contracts.events.QueueEscalated;
import io.parley.kit.events.EventPublisher;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against the real local RabbitMQ, on a random exchange and queue of its own, with an embedded
 * search node in a temp dir.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(TestBroker.Cleanup.class)
class AnalyticsApplicationTest {
    private static final TestBroker BROKER = TestBroker.forConsumer("analytics-service");
    private static final Map<String, String> SEARCH = TestSearchEngine.properties();

    @DynamicPropertySource
    static void isolatedBrokerAndSearch(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, BROKER.properties(), SEARCH);
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    MeterRegistry meters;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAndReportsReadyWithoutAToken() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void anythingElseNeedsATokenAndAnswersProblemJson() throws Exception {
        HttpResponse<String> response = get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("missing bearer token");
    }

    @Test
    void conversationFlowEventsBecomeCountersAndAWaitTimeOnPrometheus() throws Exception {
        UUID conversation = UUID.randomUUID();
        Instant queuedAt = Instant.now().minusSeconds(42);
        double queuedBefore = count("parley.conversations.queued");
        double agentMessagesBefore = messages("AGENT");
        double guestMessagesBefore = messages("GUEST");
        long waitsBefore = meters.get("parley.conversation.wait").timer().count();

        publisher.publish(EventEnvelope.of(new ConversationQueued(conversation, "guest-1", "sales", Priority.MEDIUM, queuedAt)));
        publisher.publish(EventEnvelope.of(
                new ConversationAssigned(conversation, "guest-1", "agent-1", "Alice", "sales", queuedAt.plusSeconds(40))));
        publisher.publish(EventEnvelope.of(message(conversation, 2, "GUEST")));
        publisher.publish(EventEnvelope.of(message(conversation, 3, "AGENT")));
        publisher.publish(EventEnvelope.of(message(conversation, 4, "AGENT")));
        publisher.publish(EventEnvelope.of(new ConversationEnded(conversation, "guest-1", "agent-1", "agent-1", Instant.now())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count("parley.conversations.queued")).isEqualTo(queuedBefore + 1);
            assertThat(messages("AGENT")).isEqualTo(agentMessagesBefore + 2);
            assertThat(messages("GUEST")).isEqualTo(guestMessagesBefore + 1);
            assertThat(meters.get("parley.conversation.wait").timer().count()).isEqualTo(waitsBefore + 1);
        });
        assertThat(meters.get("parley.conversation.wait").timer().max(java.util.concurrent.TimeUnit.SECONDS))
                .isGreaterThanOrEqualTo(40.0);

        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape)
                .contains("parley_conversations_queued_total")
                .contains("parley_conversations_assigned_total")
                .contains("parley_conversations_ended_total")
                .contains("parley_messages_total{senderRole=\"AGENT\"")
                .contains("parley_conversation_wait_seconds_count")
                .contains("parley_conversations_waiting");
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() {
        double before = count("parley.conversations.queued");
        EventEnvelope<ConversationQueued> queued = EventEnvelope.of(
                new ConversationQueued(UUID.randomUUID(), "guest-2", null, Priority.MEDIUM, Instant.now()));
        double endedBefore = count("parley.conversations.ended");

        publisher.publish(queued);
        publisher.publish(queued);
        publisher.publish(EventEnvelope.of(
                new ConversationEnded(queued.payload().conversationId(), "guest-2", null, "guest-2", Instant.now())));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("parley.conversations.ended") == endedBefore + 1);
        assertThat(count("parley.conversations.queued")).isEqualTo(before + 1);
    }

    @Test
    void transfersRequeuesAndEscalationsAreCountedByReasonAndRuleOnce() throws Exception {
        UUID conversation = UUID.randomUUID();
        double transferredBefore = count("parley.conversations.transferred");
        double noReplyBefore = tagged("parley.conversations.requeued", "reason", ConversationRequeued.NO_AGENT_REPLY);
        double offlineBefore = tagged("parley.conversations.requeued", "reason", ConversationRequeued.AGENT_OFFLINE);
        String rule = "long wait " + UUID.randomUUID();
        EventEnvelope<ConversationTransferred> transfer = EventEnvelope.of(new ConversationTransferred(conversation,
                "guest-3", "agent-1", null, null, "sales", "note", "agent-1", "Alice", Instant.now()));

        publisher.publish(transfer);
        publisher.publish(transfer);
        publisher.publish(EventEnvelope.of(new ConversationRequeued(conversation, "guest-3", "agent-2", "sales",
                ConversationRequeued.NO_AGENT_REPLY, Instant.now())));
        publisher.publish(EventEnvelope.of(new QueueEscalated(conversation, "guest-3", "sales", rule, Priority.URGENT,
                true, 130, "support", true, Instant.now())));
        publisher.publish(EventEnvelope.of(new QueueEscalated(UUID.randomUUID(), "guest-4", "sales", rule,
                Priority.HIGH, false, 125, null, false, Instant.now())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(tagged("parley.queue.escalations", "rule", rule)).isEqualTo(2);
            assertThat(tagged("parley.conversations.requeued", "reason", ConversationRequeued.NO_AGENT_REPLY))
                    .isEqualTo(noReplyBefore + 1);
            assertThat(count("parley.conversations.transferred")).isEqualTo(transferredBefore + 1);
        });
        assertThat(tagged("parley.conversations.requeued", "reason", ConversationRequeued.AGENT_OFFLINE))
                .isEqualTo(offlineBefore);
        assertThat(get("/actuator/prometheus").body())
                .contains("parley_conversations_transferred_total")
                .contains("parley_conversations_requeued_total{reason=\"AGENT_OFFLINE\"")
                .contains("parley_conversations_requeued_total{reason=\"NO_AGENT_REPLY\"")
                .contains("parley_queue_escalations_total{rule=\"" + rule + "\"");
    }

    private double tagged(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private static MessageSent message(UUID conversation, long seq, String role) {
        return new MessageSent(conversation, UUID.randomUUID().toString(), seq, role + "-id", role, "hi", Instant.now());
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    private double messages(String role) {
        var counter = meters.find("parley.messages").tag("senderRole", role).counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
