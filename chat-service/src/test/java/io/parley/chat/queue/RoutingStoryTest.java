package io.parley.chat.queue;

import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.support.Api;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.ChatIntegrationTest;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.Priority;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Routing as chat-service sees it, over REST, with queue-service played on this run's RabbitMQ exchange: the
 * customer's routing choice, reassignment, transfer (with its staff-only note) and requeue.
 */
class RoutingStoryTest extends ChatIntegrationTest {
    private final String customerId = newUserId();
    private final String aliceId = newUserId();
    private final String bobId = newUserId();
    private Api customer;
    private Api alice;
    private Api bob;
    private Api supervisor;

    @BeforeEach
    void callers() {
        customer = api(TestTokens.customer(customerId));
        alice = api(TestTokens.agent(aliceId, "Alice Park"));
        bob = api(TestTokens.agent(bobId, "Bob Chen"));
        supervisor = api(TestTokens.supervisor(newUserId()));
    }

    @Test
    void conversationQueuedCarriesTheCustomersChoiceTheirDetailsAndTheFirstMessage() {
        Response created = customer.post("/api/v1/conversations", Map.of("clientMessageId", UUID.randomUUID(),
                "text", "I want a refund for my invoice", "department", "sales", "priority", "URGENT",
                "skills", List.of("Billing", "english", "billing"), "customerEmail", "dana@bigcorp.com",
                "platform", "ios"));

        assertThat(created.status()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        JsonNode read = customer.get("/api/v1/conversations/" + id).json();
        assertThat(read.get("priority").asString()).isEqualTo("URGENT");
        assertThat(strings(read.get("skills"))).containsExactly("billing", "english");
        ConversationQueued queued = rabbit.await(EventTypes.CONVERSATION_QUEUED, ConversationQueued.class,
                q -> q.conversationId().equals(id)).payload();
        assertThat(queued.department()).isEqualTo("sales");
        assertThat(queued.priority()).isEqualTo(Priority.URGENT);
        assertThat(queued.skills()).containsExactly("billing", "english");
        assertThat(queued.customerEmail()).isEqualTo("dana@bigcorp.com");
        assertThat(queued.platform()).isEqualTo("ios");
        assertThat(queued.text()).isEqualTo("I want a refund for my invoice");
    }

    @Test
    void withoutAChoiceTheConversationHasNoPriorityAndNoSkills() {
        UUID id = start();

        JsonNode read = customer.get("/api/v1/conversations/" + id).json();
        assertThat(read.get("priority").isNull()).isTrue();
        assertThat(read.get("skills").size()).isZero();
        ConversationQueued queued = rabbit.await(EventTypes.CONVERSATION_QUEUED, ConversationQueued.class,
                q -> q.conversationId().equals(id)).payload();
        assertThat(queued.priority()).isNull();
        assertThat(queued.skills()).isEmpty();
        assertThat(queued.platform()).isEqualTo("web");
        assertThat(queued.text()).isEqualTo("Hello");
    }

    @Test
    void aBadPriorityOrSkillIsA400ProblemAndStoresNothing() {
        Response badPriority = customer.post("/api/v1/conversations",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "hi", "priority", "ASAP"));
        Response badSkill = customer.post("/api/v1/conversations",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "hi", "skills", List.of("ok", "not ok")));
        Response tooMany = customer.post("/api/v1/conversations", Map.of("clientMessageId", UUID.randomUUID(),
                "text", "hi", "skills", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")));

        assertThat(badPriority.status()).isEqualTo(400);
        assertThat(badPriority.contentType()).startsWith("application/problem+json");
        assertThat(badPriority.json().get("detail").asString())
                .isEqualTo("priority must be one of LOW, MEDIUM, HIGH, URGENT");
        assertThat(badSkill.json().get("detail").asString()).isEqualTo("skills[1] must be 1 to 40 letters, digits or dashes");
        assertThat(tooMany.json().get("detail").asString()).isEqualTo("skills must have at most 10 items");
        assertThat(customer.get("/api/v1/conversations").json().size()).isZero();
    }

    @Test
    void reassignmentToAnotherAgentCutsTheOldAgentOff() {
        UUID id = startAndAssignToAlice();

        rabbit.publish(new ConversationAssigned(id, customerId, bobId, "Bob Chen", "support", Instant.now(), aliceId,
                ConversationAssigned.SUPERVISOR));

        await().atMost(Duration.ofSeconds(10)).until(() -> bob.get("/api/v1/conversations/" + id).status() == 200);
        JsonNode read = customer.get("/api/v1/conversations/" + id).json();
        assertThat(read.get("agentId").asString()).isEqualTo(bobId);
        assertThat(read.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(alice.get("/api/v1/conversations/" + id).status()).isEqualTo(404);
        assertThat(alice.get("/api/v1/conversations/" + id + "/events").status()).isEqualTo(404);
        assertThat(alice.post("/api/v1/conversations/" + id + "/messages", message("still me?")).status()).isEqualTo(404);
        assertThat(alice.get("/api/v1/conversations").body()).doesNotContain(id.toString());
        assertThat(bob.post("/api/v1/conversations/" + id + "/messages", message("Bob here")).status()).isEqualTo(201);
        assertThat(types(customer, id)).containsExactly("1 MESSAGE", "2 ASSIGNED", "3 ASSIGNED", "4 MESSAGE");
        assertThat(events(customer, id).get(2).get("agentName").asString()).isEqualTo("Bob Chen");
    }

    @Test
    void transferToAnAgentIsAnnouncedKeepsItsNoteForStaffAndMovesTheConversation() {
        UUID id = startAndAssignToAlice();

        rabbit.publish(new ConversationTransferred(id, customerId, aliceId, bobId, "Bob Chen", null,
                "Wants a refund, order 1234", aliceId, "Alice Park", Instant.now()));
        rabbit.publish(new ConversationAssigned(id, customerId, bobId, "Bob Chen", "support", Instant.now(), aliceId,
                ConversationAssigned.TRANSFER));

        await().atMost(Duration.ofSeconds(10)).until(() -> bob.get("/api/v1/conversations/" + id).status() == 200);
        assertThat(types(customer, id)).containsExactly("1 MESSAGE", "2 ASSIGNED", "3 TRANSFERRED", "5 ASSIGNED");
        JsonNode transferred = events(customer, id).get(2);
        assertThat(transferred.get("text").asString()).isEqualTo("Transferring you to Bob Chen");
        assertThat(transferred.get("senderId").asString()).isEqualTo(aliceId);
        assertThat(transferred.get("senderRole").asString()).isEqualTo("AGENT");
        assertThat(transferred.get("agentId").asString()).isEqualTo(bobId);
        assertThat(transferred.get("agentName").asString()).isEqualTo("Bob Chen");
        assertThat(transferred.get("department").isNull()).isTrue();
        assertThat(types(bob, id)).containsExactly("1 MESSAGE", "2 ASSIGNED", "3 TRANSFERRED", "4 NOTE", "5 ASSIGNED");
        assertThat(types(supervisor, id)).contains("4 NOTE");
        JsonNode note = events(bob, id).get(3);
        assertThat(note.get("text").asString()).isEqualTo("Wants a refund, order 1234");
        assertThat(note.get("senderId").asString()).isEqualTo(aliceId);
        assertThat(customer.get("/api/v1/conversations/" + id + "/events?afterSeq=3&limit=1").body())
                .as("the note is filtered in the query: the limit still finds the next event").contains("\"seq\":5")
                .doesNotContain("order 1234");
        assertThat(customer.get("/api/v1/conversations/" + id + "/messages").body()).doesNotContain("order 1234");
        assertThat(alice.get("/api/v1/conversations/" + id).status()).isEqualTo(404);
    }

    @Test
    void transferToADepartmentPutsTheConversationBackInLineThere() {
        UUID id = startAndAssignToAlice();

        rabbit.publish(new ConversationTransferred(id, customerId, aliceId, null, null, "sales", null, aliceId,
                "Alice Park", Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> "QUEUED".equals(status(id)));
        JsonNode read = customer.get("/api/v1/conversations/" + id).json();
        assertThat(read.get("agentId").isNull()).isTrue();
        assertThat(read.get("agentName").isNull()).isTrue();
        assertThat(read.get("department").asString()).isEqualTo("sales");
        assertThat(types(customer, id)).containsExactly("1 MESSAGE", "2 ASSIGNED", "3 TRANSFERRED");
        JsonNode transferred = events(customer, id).get(2);
        assertThat(transferred.get("text").asString()).isEqualTo("Transferring you to the sales team");
        assertThat(transferred.get("department").asString()).isEqualTo("sales");
        assertThat(alice.get("/api/v1/conversations/" + id).status()).isEqualTo(404);

        rabbit.publish(new ConversationAssigned(id, customerId, bobId, "Bob Chen", "sales", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(status(id)));
        assertThat(bob.get("/api/v1/conversations/" + id).status()).isEqualTo(200);
    }

    @Test
    void requeueSendsTheConversationBackInLineWithoutItsAgent() {
        UUID id = startAndAssignToAlice();

        rabbit.publish(new ConversationRequeued(id, customerId, aliceId, "support",
                ConversationRequeued.NO_AGENT_REPLY, Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> "QUEUED".equals(status(id)));
        assertThat(customer.get("/api/v1/conversations/" + id).json().get("agentId").isNull()).isTrue();
        JsonNode requeued = events(customer, id).get(2);
        assertThat(requeued.get("type").asString()).isEqualTo("REQUEUED");
        assertThat(requeued.get("text").asString())
                .isEqualTo("Your agent is unavailable. You are first in line again.");
        assertThat(requeued.get("department").asString()).isEqualTo("support");
        assertThat(alice.get("/api/v1/conversations/" + id).status()).isEqualTo(404);

        rabbit.publish(new ConversationAssigned(id, customerId, bobId, "Bob Chen", "support", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(status(id)));
        assertThat(types(customer, id)).containsExactly("1 MESSAGE", "2 ASSIGNED", "3 REQUEUED", "4 ASSIGNED");
    }

    @Test
    void redeliveredRoutingEventsStoreNothingTwiceAndNeverUndoALaterOne() {
        UUID id = start();
        EventEnvelope<ConversationAssigned> toAlice = EventEnvelope.of(
                new ConversationAssigned(id, customerId, aliceId, "Alice Park", "support", Instant.now()));
        EventEnvelope<ConversationTransferred> transfer = EventEnvelope.of(new ConversationTransferred(id, customerId,
                aliceId, null, null, "sales", "over to you", aliceId, "Alice Park", Instant.now()));
        EventEnvelope<ConversationRequeued> requeue = EventEnvelope.of(new ConversationRequeued(id, customerId, bobId,
                "sales", ConversationRequeued.AGENT_OFFLINE, Instant.now()));
        EventEnvelope<ConversationAssigned> toBob = EventEnvelope.of(
                new ConversationAssigned(id, customerId, bobId, "Bob Chen", "sales", Instant.now()));

        for (EventEnvelope<?> envelope : List.of(toAlice, toAlice, transfer, transfer, toBob, requeue, requeue, toBob,
                toAlice, transfer)) {
            rabbit.publish(envelope);
        }
        List<String> expected = List.of("1 MESSAGE", "2 ASSIGNED", "3 TRANSFERRED", "4 NOTE", "5 ASSIGNED",
                "6 REQUEUED");
        await().atMost(Duration.ofSeconds(10)).until(() -> types(supervisor, id).equals(expected));
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
                .until(() -> types(supervisor, id).equals(expected));
        JsonNode read = customer.get("/api/v1/conversations/" + id).json();
        assertThat(read.get("status").asString()).as("the redelivered assignment to Alice changed nothing")
                .isEqualTo("QUEUED");
        assertThat(read.get("agentId").isNull()).isTrue();
    }

    private UUID startAndAssignToAlice() {
        UUID id = start();
        rabbit.publish(new ConversationAssigned(id, customerId, aliceId, "Alice Park", "support", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> alice.get("/api/v1/conversations/" + id).status() == 200);
        return id;
    }

    private UUID start() {
        Response created = customer.post("/api/v1/conversations", message("Hello"));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private String status(UUID id) {
        return customer.get("/api/v1/conversations/" + id).json().get("status").asString();
    }

    private static Map<String, Object> message(String text) {
        return Map.of("clientMessageId", UUID.randomUUID(), "text", text);
    }

    private static List<JsonNode> events(Api caller, UUID id) {
        Response response = caller.get("/api/v1/conversations/" + id + "/events");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        response.json().forEach(events::add);
        return events;
    }

    private static List<String> types(Api caller, UUID id) {
        return events(caller, id).stream().map(e -> e.get("seq").asLong() + " " + e.get("type").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
