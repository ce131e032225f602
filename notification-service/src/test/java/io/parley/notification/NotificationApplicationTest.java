package io.parley.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.MessageSent;
import io.parley.kit.events.EventPublisher;
import io.parley.notification.unread.UnreadReplies;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against the real local PostgreSQL (a fresh schema in database {@code postgres}) and
 * RabbitMQ (a random exchange and queue); events go in through the broker as chat-service sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import({TestSchema.Cleanup.class, TestBroker.Cleanup.class})
class NotificationApplicationTest {
    private static final TestSchema SCHEMA = TestSchema.create("notify");
    private static final TestBroker BROKER = TestBroker.forConsumer("notification-service");

    @DynamicPropertySource
    static void isolatedStores(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, SCHEMA.properties(), BROKER.properties());
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    UnreadReplies unread;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAndReportsReadyWithItsDatabaseAndBroker() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void anythingElseNeedsATokenAndAnswersProblemJson() throws Exception {
        HttpResponse<String> response = get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void agentRepliesAreUnreadUntilTheCustomerWritesAgain() {
        UUID conversation = UUID.randomUUID();
        String customer = "guest-" + UUID.randomUUID();

        publish(message(conversation, 1, customer, "GUEST"));
        publish(message(conversation, 2, "agent-1", "AGENT"));
        publish(message(conversation, 3, "agent-1", "AGENT"));
        await().atMost(Duration.ofSeconds(10)).until(() -> unread.unreadRepliesFor(customer) == 2);

        publish(message(conversation, 4, customer, "GUEST"));
        await().atMost(Duration.ofSeconds(10)).until(() -> unread.unreadRepliesFor(customer) == 0);

        publish(message(conversation, 5, "agent-1", "AGENT"));
        await().atMost(Duration.ofSeconds(10)).until(() -> unread.unreadRepliesFor(customer) == 1);
    }

    @Test
    void repliesCountForTheCustomerNamedByTheEndedEvent() {
        UUID conversation = UUID.randomUUID();
        String customer = "customer-" + UUID.randomUUID();

        publish(message(conversation, 2, "agent-2", "AGENT"));
        publish(new ConversationEnded(conversation, customer, "agent-2", "agent-2", Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> endedAt(conversation) != null);
        assertThat(unread.unreadRepliesFor(customer)).isEqualTo(1);
    }

    @Test
    void aReplyOlderThanTheCustomersLastMessageIsNotUnread() {
        UUID conversation = UUID.randomUUID();
        String customer = "guest-" + UUID.randomUUID();

        publish(message(conversation, 5, customer, "GUEST"));
        publish(message(conversation, 4, "agent-1", "AGENT"));
        publish(new ConversationEnded(conversation, customer, "agent-1", customer, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> endedAt(conversation) != null);
        assertThat(unread.unreadRepliesFor(customer)).isZero();
    }

    @Test
    void aRedeliveredReplyCountsOnce() {
        UUID conversation = UUID.randomUUID();
        String customer = "guest-" + UUID.randomUUID();
        EventEnvelope<MessageSent> reply = EventEnvelope.of(message(conversation, 2, "agent-1", "AGENT"));

        publish(message(conversation, 1, customer, "GUEST"));
        publisher.publish(reply);
        publisher.publish(reply);
        publish(new ConversationEnded(conversation, customer, "agent-1", customer, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> endedAt(conversation) != null);
        assertThat(unread.unreadRepliesFor(customer)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from processed_events where event_id = ?")
                        .param(reply.eventId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMessageFromAnUnknownRoleChangesNothing() {
        UUID conversation = UUID.randomUUID();
        String customer = "guest-" + UUID.randomUUID();

        publish(message(conversation, 1, customer, "GUEST"));
        publish(message(conversation, 2, "system", "SYSTEM"));
        publish(new ConversationEnded(conversation, customer, null, customer, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> endedAt(conversation) != null);
        assertThat(unread.unreadRepliesFor(customer)).isZero();
    }

    private void publish(Object payload) {
        publisher.publish(EventEnvelope.of(payload));
    }

    private Instant endedAt(UUID conversation) {
        return jdbc.sql("select ended_at from conversations where conversation_id = ?")
                .param(conversation)
                .query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    private static MessageSent message(UUID conversation, long seq, String sender, String role) {
        return new MessageSent(conversation, UUID.randomUUID().toString(), seq, sender, role, "text " + seq, Instant.now());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
