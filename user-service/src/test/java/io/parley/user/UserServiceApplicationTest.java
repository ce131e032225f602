package io.parley.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** The whole service on a random port with real PostgreSQL and RabbitMQ and the demo seed switched on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo-seed=true")
@Import({TestSchema.Cleanup.class, TestBroker.Cleanup.class, TestTokens.Decoder.class})
class UserServiceApplicationTest {
    static final String ALICE = "00000000-0000-0000-0000-00000000b001";
    static final String BOB = "00000000-0000-0000-0000-00000000b002";
    static final String CAROL = "00000000-0000-0000-0000-00000000b003";
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
        events = new Queue(BROKER.exchange() + ".probe." + UUID.randomUUID(), false, true, true);
        amqp.declareQueue(events);
        TopicExchange exchange = new TopicExchange(BROKER.exchange(), true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(events).to(exchange).with(EventTypes.AGENT_STATUS_CHANGED));
    }

    @AfterEach
    void deleteTemporaryQueue() {
        amqp.deleteQueue(events.getName());
    }

    @Test
    void agentGoingOnlineStoresTheEventInTheOutboxAndPublishesIt() throws Exception {
        HttpResponse<String> response =
                put("/api/v1/agents/me/status", agentToken(ALICE), "{\"status\":\"ONLINE\",\"capacity\":4}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ONLINE\"", "\"capacity\":4", "Alice Martin");
        UUID eventId = jdbc.queryForObject(
                "select event_id from outbox where type = ? and envelope->'payload'->>'agentId' = ?"
                        + " and envelope->'payload'->>'status' = 'ONLINE' order by id desc limit 1",
                UUID.class,
                EventTypes.AGENT_STATUS_CHANGED,
                ALICE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select published_at is not null from outbox where event_id = ?", Boolean.class, eventId))
                .isTrue());
        AgentStatusChanged published = receive(eventId);
        assertThat(published.agentId()).isEqualTo(ALICE);
        assertThat(published.displayName()).isEqualTo("Alice Martin");
        assertThat(published.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(published.capacity()).isEqualTo(4);
        assertThat(published.departments()).containsExactly("sales");
    }

    @Test
    void changingOnlyTheCapacityAlsoEmitsTheEvent() throws Exception {
        put("/api/v1/agents/me/status", agentToken(BOB), "{\"status\":\"AWAY\",\"capacity\":2}");
        int before = outboxRows(BOB);

        HttpResponse<String> response =
                put("/api/v1/agents/me/status", agentToken(BOB), "{\"status\":\"AWAY\",\"capacity\":6}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(outboxRows(BOB)).isEqualTo(before + 1);
    }

    @Test
    void badInputChangesNothing() throws Exception {
        String before = get("/api/v1/agents/me", agentToken(CAROL)).body();
        int rows = outboxRows(CAROL);

        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "{\"status\":\"BUSY\"}").statusCode())
                .isEqualTo(400);
        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "{\"status\":\"ONLINE\",\"capacity\":99}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "not json").statusCode())
                .isEqualTo(400);

        assertThat(get("/api/v1/agents/me", agentToken(CAROL)).body()).isEqualTo(before);
        assertThat(outboxRows(CAROL)).isEqualTo(rows);
    }

    @Test
    void seedRunAgainDoesNotResetAStatusTheAgentChose() throws Exception {
        put("/api/v1/agents/me/status", agentToken(ALICE), "{\"status\":\"AWAY\",\"capacity\":9}");
        long seedEvents = jdbc.queryForObject("select count(*) from outbox", Long.class);

        for (ApplicationRunner runner : runners) {
            runner.run(null);
        }

        assertThat(get("/api/v1/agents/me", agentToken(ALICE)).body()).contains("\"status\":\"AWAY\"", "\"capacity\":9");
        assertThat(jdbc.queryForObject("select count(*) from outbox", Long.class)).isEqualTo(seedEvents);
    }

    @Test
    void seedCreatesTheDemoAgentsOfflineWithCapacityThree() throws Exception {
        HttpResponse<String> response = get("/api/v1/agents/" + ADMIN, staffToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"displayName\":\"Ada Admin\"", "\"capacity\":3", "\"sales\"", "\"support\"");
        assertThat(get("/api/v1/agents", staffToken()).body())
                .contains("Alice Martin", "Bob Chen", "Carol Diaz", "Dave Okafor");
        assertThat(get("/api/v1/departments", TestTokens.token(UUID.randomUUID().toString(), List.of("GUEST"), List.of(), "g"))
                        .body())
                .contains("\"sales\"", "\"support\"");
    }

    @Test
    void agentSeesItselfButNotAColleague() throws Exception {
        assertThat(get("/api/v1/agents/" + ALICE, agentToken(ALICE)).statusCode()).isEqualTo(200);
        HttpResponse<String> colleague = get("/api/v1/agents/" + BOB, agentToken(ALICE));
        assertThat(colleague.statusCode()).isEqualTo(404);
        assertThat(colleague.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void expiredTokenIsRejectedWithoutEchoingIt() throws Exception {
        String expired = TestTokens.token(ALICE, List.of("AGENT"), List.of("sales"), "Alice Martin",
                Instant.now().minus(Duration.ofMinutes(5)));

        HttpResponse<String> response = get("/api/v1/agents/me", expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("access token expired").doesNotContain(expired);
    }

    @Test
    void healthProbesAndPrometheusAreOpen() throws Exception {
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).body()).contains("/api/v1/agents/me/status");
    }

    private AgentStatusChanged receive(UUID eventId) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(events.getName(), 1_000);
            if (message == null) {
                continue;
            }
            EventEnvelope<?> envelope = codec.decode(message.getBody());
            if (envelope.eventId().equals(eventId)) {
                assertThat(envelope.type()).isEqualTo(EventTypes.AGENT_STATUS_CHANGED);
                return (AgentStatusChanged) envelope.payload();
            }
        }
        throw new AssertionError("event " + eventId + " was not published to " + BROKER.exchange());
    }

    private int outboxRows(String agentId) {
        return jdbc.queryForObject(
                "select count(*) from outbox where envelope->'payload'->>'agentId' = ?", Integer.class, agentId);
    }

    private static String agentToken(String id) {
        return TestTokens.token(id, List.of("AGENT"), List.of("sales"), "agent");
    }

    private static String staffToken() {
        return TestTokens.token(ADMIN, List.of("ADMIN", "SUPERVISOR"), List.of("sales", "support"), "Ada Admin");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
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
