package io.parley.queue;

import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.Priority;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import io.parley.queue.support.Events;
import io.parley.queue.support.QueueTestRun;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port: real events in through RabbitMQ (an exchange and queues of this run),
 * {@code conversation.assigned} and {@code queue.positions-changed} out through the outbox relay, the REST
 * reads with signed tokens, and the sweep picking up a line left by an earlier run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class QueueServiceApplicationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final String PROBE = RUN.schema().name() + ".probe";
    static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
        registry.add("parley.events.listen", () -> "true");
        registry.add("parley.queue.sweep-millis", () -> "500");
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final List<EventEnvelope<?>> received = new ArrayList<>();
    final String department = "sales-" + UUID.randomUUID();

    @BeforeAll
    void listenToWhatTheServicePublishes() {
        // not auto-delete (a receive with timeout consumes and cancels); expires by itself if this run dies
        Queue probe = new Queue(PROBE, false, false, false, Map.of("x-expires", 600_000));
        TopicExchange exchange = new TopicExchange(RUN.broker().exchange(), true, false);
        admin.declareQueue(probe);
        admin.declareBinding(BindingBuilder.bind(probe).to(exchange).with(EventTypes.CONVERSATION_ASSIGNED));
        admin.declareBinding(BindingBuilder.bind(probe).to(exchange).with(EventTypes.QUEUE_POSITIONS_CHANGED));
        admin.declareBinding(BindingBuilder.bind(probe).to(exchange).with(EventTypes.CONVERSATION_TRANSFERRED));
    }

    @AfterAll
    void deleteProbe() {
        admin.deleteQueue(PROBE);
    }

    @Test
    void eventsFromRabbitLeadToAssignmentsAndPositionsOnTheBroker() throws Exception {
        String agentId = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String secondCustomer = UUID.randomUUID().toString();
        Instant t0 = Instant.now();

        publisher.publish(agent(agentId, ONLINE, 1, List.of(department), t0));
        publisher.publish(queued(first, department, t0));
        ConversationAssigned assigned = awaitAssignment(first);
        assertThat(assigned.agentId()).isEqualTo(agentId);
        assertThat(assigned.agentName()).isEqualTo("Agent " + agentId);
        assertThat(assigned.department()).isEqualTo(department);

        publisher.publish(queued(second, secondCustomer, department, Priority.MEDIUM, t0.plusSeconds(1)));
        QueuePositionsChanged positions = (QueuePositionsChanged) await(e -> e.payload()
                        instanceof QueuePositionsChanged p
                && p.positions().stream().anyMatch(x -> x.conversationId().equals(second)))
                .payload();
        // the only agent is busy: first in line, one chat of the default 300 s ahead
        assertThat(positions.positions())
                .containsExactly(new QueuePositionsChanged.Position(second, secondCustomer, 1, 300, false));

        JsonNode own = getJson("/api/v1/queue/conversations/" + second, secondCustomer, "GUEST", 200);
        assertThat(own.path("status").asString()).isEqualTo("WAITING");
        assertThat(own.path("position").asInt()).as(own.toString()).isEqualTo(1);
        getJson("/api/v1/queue/conversations/" + second, UUID.randomUUID().toString(), "CUSTOMER", 404);
        getJson("/api/v1/queue", secondCustomer, "GUEST", 403);
        JsonNode line = getJson("/api/v1/queue", "admin", "ADMIN", 200);
        assertThat(line.path("waiting").toString()).contains(second.toString());
        assertThat(line.path("agents").toString()).contains(agentId);

        publisher.publish(ended(first, null, t0.plusSeconds(2)));
        assertThat(awaitAssignment(second).agentId()).isEqualTo(agentId);
        JsonNode assignedNow = getJson("/api/v1/queue/conversations/" + second, agentId, "AGENT", 200);
        assertThat(assignedNow.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assignedNow.path("agentId").asString()).isEqualTo(agentId);
    }

    @Test
    void anAgentTransfersOverHttpAndCustomerAndMessageEventsArriveThroughTheQueue() throws Exception {
        String ann = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        UUID conversation = UUID.randomUUID();
        String customer = UUID.randomUUID().toString();
        Instant t0 = Instant.now();
        publisher.publish(agent(ann, ONLINE, 1, List.of(department), t0));
        publisher.publish(queued(conversation, customer, department, Priority.MEDIUM, t0));
        assertThat(awaitAssignment(conversation).agentId()).isEqualTo(ann);
        publisher.publish(agent(bob, ONLINE, 1, List.of(department), t0));
        Awaitility.await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from agents where agent_id = ?", Integer.class, bob) == 1);

        String token = TestTokens.token(ann, List.of("AGENT"), List.of(department), "Ann");
        HttpResponse<String> transferred = send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/queue/conversations/" + conversation + "/transfer"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"toAgentId\":\"" + bob + "\",\"note\":\"over to you\"}")));
        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
        assertThat(json.readTree(transferred.body()).path("agentId").asString()).isEqualTo(bob);

        ConversationTransferred event = (ConversationTransferred) await(e -> e.payload() instanceof ConversationTransferred t
                        && t.conversationId().equals(conversation)).payload();
        assertThat(event.note()).isEqualTo("over to you");
        assertThat(event.byName()).isEqualTo("Ann");
        ConversationAssigned moved = awaitAssignment(conversation);
        assertThat(moved.kind()).isEqualTo(ConversationAssigned.TRANSFER);
        assertThat(moved.previousAgentId()).isEqualTo(ann);

        publisher.publish(Events.message(conversation, bob, "AGENT", Instant.now()));
        publisher.publish(Events.customer(customer, true, Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select agent_replied_at is not null from queue_entries where conversation_id = ?", Boolean.class,
                conversation));
        Awaitility.await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from customers where customer_id = ? and vip", Integer.class, customer) == 1);
    }

    @Test
    void sweepAssignsALineLeftByAnEarlierRun() {
        String agentId = UUID.randomUUID().toString();
        UUID conversation = UUID.randomUUID();
        String otherDepartment = "support-" + UUID.randomUUID();
        // as a crashed instance could have left them: stored, but never assigned
        jdbc.update("""
                insert into agents (agent_id, display_name, status, capacity, departments, status_changed_at)
                values (?, 'Dana', 'ONLINE', 2, ?, now())""", agentId, new String[] {otherDepartment});
        jdbc.update("""
                insert into queue_entries (conversation_id, customer_id, department, priority, status, enqueued_at)
                values (?, 'c1', ?, 1, 'WAITING', now())""", conversation, otherDepartment);

        assertThat(awaitAssignment(conversation).agentName()).isEqualTo("Dana");
    }

    @Test
    void healthAndApiDocsNeedNoToken() throws Exception {
        assertThat(send(get("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        HttpResponse<String> docs = send(get("/v3/api-docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/queue/conversations/{id}", "/api/v1/queue/conversations/{id}/transfer",
                "/api/v1/queue/conversations/{id}/assignments", "/api/v1/queue/available");
        HttpResponse<String> anonymous = send(get("/api/v1/queue"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    ConversationAssigned awaitAssignment(UUID conversationId) {
        return (ConversationAssigned) await(e -> e.payload() instanceof ConversationAssigned a
                        && a.conversationId().equals(conversationId))
                .payload();
    }

    /** The first event published (by any test of this run) that matches, waiting for it if needed. */
    EventEnvelope<?> await(Predicate<EventEnvelope<?>> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < received.size(); seen++) {
                if (wanted.test(received.get(seen))) {
                    return received.remove(seen);
                }
            }
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            assertThat(left).as("expected event not published in time").isPositive();
            Message message = rabbit.receive(PROBE); // basic.get: no consumer set-up to time out under load
            if (message != null) {
                received.add(codec.decode(message.getBody()));
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
        }
    }

    JsonNode getJson(String path, String subject, String role, int expectedStatus) throws Exception {
        String token = TestTokens.token(subject, List.of(role), List.of(), "Someone");
        HttpResponse<String> response = send(get(path).header("Authorization", "Bearer " + token));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
