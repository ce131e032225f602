package io.parley.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventCodec;
import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import io.parley.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port with real PostgreSQL and RabbitMQ and the demo seed switched on; the
 * subclasses share one context. Each test gets a temporary queue bound to the events user-service publishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo-seed=true")
@Import({TestSchema.Cleanup.class, TestBroker.Cleanup.class, TestTokens.Decoder.class})
abstract class FullServiceTest {
    static final String ALICE = "00000000-0000-0000-0000-00000000b001";
    static final String BOB = "00000000-0000-0000-0000-00000000b002";
    static final String CAROL = "00000000-0000-0000-0000-00000000b003";
    static final String DAVE = "00000000-0000-0000-0000-00000000b004";
    static final String ADMIN = "00000000-0000-0000-0000-00000000a001";
    static final TestSchema SCHEMA = TestSchema.create("users");
    static final TestBroker BROKER = TestBroker.forPublisher();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, SCHEMA.properties(), BROKER.properties());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    EventCodec codec;

    @Autowired
    List<ApplicationRunner> runners;

    final HttpClient http = HttpClient.newHttpClient();
    Queue events;

    @BeforeEach
    void bindTemporaryQueue() {
        // Exclusive (gone with the connection) but not auto-delete: each receive() adds and cancels a consumer.
        events = new Queue(BROKER.exchange() + ".probe." + UUID.randomUUID(), false, true, false);
        amqp.declareQueue(events);
        TopicExchange exchange = new TopicExchange(BROKER.exchange(), true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(events).to(exchange).with(EventTypes.AGENT_STATUS_CHANGED));
        amqp.declareBinding(BindingBuilder.bind(events).to(exchange).with(EventTypes.CUSTOMER_UPDATED));
    }

    @AfterEach
    void deleteTemporaryQueue() {
        amqp.deleteQueue(events.getName());
    }

    void runSeedAgain() throws Exception {
        for (ApplicationRunner runner : runners) {
            runner.run(null);
        }
    }

    /** The id of the newest outbox event of this type whose payload field {@code field} is {@code value}. */
    UUID lastEventId(String type, String field, String value) {
        return jdbc.queryForObject(
                "select event_id from outbox where type = ? and envelope->'payload'->>? = ? order by id desc limit 1",
                UUID.class,
                type,
                field,
                value);
    }

    int outboxRows(String field, String value) {
        return jdbc.queryForObject(
                "select count(*) from outbox where envelope->'payload'->>? = ?", Integer.class, field, value);
    }

    /** Waits until the relay marked the event published and returns its payload as received from the broker. */
    <T> T published(UUID eventId, Class<T> payloadType) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select published_at is not null from outbox where event_id = ?", Boolean.class, eventId))
                .isTrue());
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(events.getName(), 1_000);
            if (message == null) {
                continue;
            }
            EventEnvelope<?> envelope = codec.decode(message.getBody());
            if (envelope.eventId().equals(eventId)) {
                assertThat(envelope.type()).isEqualTo(EventTypes.typeOf(payloadType));
                return payloadType.cast(envelope.payload());
            }
        }
        throw new AssertionError("event " + eventId + " was not published to " + BROKER.exchange());
    }

    static String agentToken(String id) {
        return TestTokens.token(id, List.of("AGENT"), List.of("sales"), "agent");
    }

    static String adminToken() {
        return TestTokens.token(ADMIN, List.of("ADMIN", "SUPERVISOR"), List.of("sales", "support"), "Ada Admin");
    }

    static String supervisorToken() {
        return TestTokens.token(UUID.randomUUID().toString(), List.of("SUPERVISOR"), List.of("support"), "Sam Super");
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String json) throws Exception {
        return http.send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
