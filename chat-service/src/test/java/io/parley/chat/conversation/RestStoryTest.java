package io.parley.chat.conversation;

import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.support.Api;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.ChatIntegrationTest;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.stomp.MessageAck;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The core story over REST, with queue-service played on this run's RabbitMQ exchange. */
class RestStoryTest extends ChatIntegrationTest {

    @Test
    void customerStartsAnAgentIsAssignedTheyTalkAndTheCustomerEndsIt() {
        String customerId = newUserId();
        String agentId = newUserId();
        Api customer = api(TestTokens.customer(customerId));
        Api agent = api(TestTokens.agent(agentId, "Carol"));
        UUID start = UUID.randomUUID();

        Response created = customer.post("/api/v1/conversations", Map.of("clientMessageId", start, "text", "Hello, I need help"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = created.json();
        UUID id = UUID.fromString(conversation.get("id").asString());
        assertThat(conversation.get("status").asString()).isEqualTo("QUEUED");
        assertThat(conversation.get("department").asString()).isEqualTo("support");
        assertThat(conversation.get("lastSeq").asLong()).isEqualTo(1);

        Response repeated = customer.post("/api/v1/conversations", Map.of("clientMessageId", start, "text", "Hello, I need help"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("id").asString()).isEqualTo(id.toString());

        ConversationQueued queued = rabbit.await(EventTypes.CONVERSATION_QUEUED, ConversationQueued.class,
                q -> q.conversationId().equals(id)).payload();
        assertThat(queued.customerId()).isEqualTo(customerId);
        assertThat(queued.department()).isEqualTo("support");
        MessageSent first = rabbit.await(EventTypes.MESSAGE_SENT, MessageSent.class, m -> m.conversationId().equals(id)).payload();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("Hello, I need help");

        assertThat(agent.get("/api/v1/conversations/" + id).status()).isEqualTo(404);
        assertThat(agent.post("/api/v1/conversations/" + id + "/messages", send("not yet")).status()).isEqualTo(404);
        assertThat(api(TestTokens.customer(newUserId())).get("/api/v1/conversations/" + id).status()).isEqualTo(404);
        assertThat(api(TestTokens.supervisor(newUserId())).get("/api/v1/conversations/" + id).status()).isEqualTo(200);

        rabbit.publish(new ConversationAssigned(id, customerId, agentId, "Carol", "support", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(
                () -> "ACTIVE".equals(customer.get("/api/v1/conversations/" + id).json().get("status").asString()));
        assertThat(agent.get("/api/v1/conversations/" + id).json().get("agentName").asString()).isEqualTo("Carol");

        Map<String, Object> hello = send("Hi, I am Carol");
        Response sent = agent.post("/api/v1/conversations/" + id + "/messages", hello);
        assertThat(sent.status()).isEqualTo(201);
        MessageAck ack = sent.as(MessageAck.class);
        assertThat(ack.seq()).isEqualTo(3);
        Response resent = agent.post("/api/v1/conversations/" + id + "/messages", hello);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.as(MessageAck.class)).isEqualTo(ack);
        assertThat(customer.post("/api/v1/conversations/" + id + "/messages", send("Thanks")).as(MessageAck.class).seq())
                .isEqualTo(4);

        assertThat(types(customer.get("/api/v1/conversations/" + id + "/events?afterSeq=0")))
                .containsExactly("1 MESSAGE", "2 ASSIGNED", "3 MESSAGE", "4 MESSAGE");
        assertThat(types(customer.get("/api/v1/conversations/" + id + "/events?afterSeq=2")))
                .containsExactly("3 MESSAGE", "4 MESSAGE");
        assertThat(types(agent.get("/api/v1/conversations/" + id + "/messages?afterSeq=0")))
                .containsExactly("1 MESSAGE", "3 MESSAGE", "4 MESSAGE");
        assertThat(agent.get("/api/v1/conversations").body()).contains(id.toString());
        assertThat(api(TestTokens.customer(newUserId())).get("/api/v1/conversations").body()).doesNotContain(id.toString());

        Response ended = customer.post("/api/v1/conversations/" + id + "/end", null);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.json().get("lastSeq").asLong()).isEqualTo(5);
        Response endedAgain = agent.post("/api/v1/conversations/" + id + "/end", null);
        assertThat(endedAgain.status()).isEqualTo(200);
        assertThat(endedAgain.json().get("lastSeq").asLong()).isEqualTo(5);

        ConversationEnded end = rabbit.await(EventTypes.CONVERSATION_ENDED, ConversationEnded.class,
                e -> e.conversationId().equals(id)).payload();
        assertThat(end.agentId()).isEqualTo(agentId);
        assertThat(end.endedBy()).isEqualTo(customerId);

        Response late = customer.post("/api/v1/conversations/" + id + "/messages", send("one more thing"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("detail").asString()).isEqualTo("conversation has ended");
        assertThat(agent.post("/api/v1/conversations/" + id + "/messages", hello).status())
                .as("a resend of a stored message still gets its ack").isEqualTo(200);
        assertThat(types(customer.get("/api/v1/conversations/" + id + "/events?afterSeq=4"))).containsExactly("5 ENDED");
        assertThat(rabbit.all(EventTypes.CONVERSATION_ENDED, ConversationEnded.class, e -> e.conversationId().equals(id))
                .stream().map(EventEnvelope::eventId).distinct()).hasSize(1);
    }

    @Test
    void redeliveredAssignmentStoresOneAssignedEvent() {
        String customerId = newUserId();
        Api customer = api(TestTokens.customer(customerId));
        UUID id = startConversation(customer);
        EventEnvelope<ConversationAssigned> assignment = EventEnvelope.of(
                new ConversationAssigned(id, customerId, newUserId(), "Dave", "support", Instant.now()));

        rabbit.publish(assignment);
        rabbit.publish(assignment);

        await().atMost(Duration.ofSeconds(10)).until(
                () -> types(customer.get("/api/v1/conversations/" + id + "/events")).contains("2 ASSIGNED"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(
                () -> types(customer.get("/api/v1/conversations/" + id + "/events")).size() == 2);
    }

    @Test
    void endingAWaitingConversationAnnouncesItWithoutAnAgent() {
        String customerId = newUserId();
        Api customer = api(TestTokens.customer(customerId));
        UUID id = startConversation(customer);

        assertThat(customer.post("/api/v1/conversations/" + id + "/end", null).status()).isEqualTo(200);

        ConversationEnded ended = rabbit.await(EventTypes.CONVERSATION_ENDED, ConversationEnded.class,
                e -> e.conversationId().equals(id)).payload();
        assertThat(ended.agentId()).isNull();
        rabbit.publish(new ConversationAssigned(id, customerId, newUserId(), "Late", "support", Instant.now()));
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(
                () -> "ENDED".equals(customer.get("/api/v1/conversations/" + id).json().get("status").asString()));
        assertThat(customer.get("/api/v1/conversations/" + id).json().get("agentId").isNull()).isTrue();
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Api customer = api(TestTokens.customer(newUserId()));
        UUID id = startConversation(customer);

        Response malformed = customer.postJson("/api/v1/conversations/" + id + "/messages", "{\"text\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).isEqualTo("malformed JSON");
        Response tooLong = customer.post("/api/v1/conversations/" + id + "/messages", send("x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).isEqualTo("text longer than 4000 characters");
        Response noId = customer.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "hi"));
        assertThat(noId.json().get("detail").asString()).isEqualTo("clientMessageId is required");
        Response badStart = customer.postJson("/api/v1/conversations", "{\"clientMessageId\":\"not-a-uuid\",\"text\":\"hi\"}");
        assertThat(badStart.status()).isEqualTo(400);

        assertThat(customer.get("/api/v1/conversations/" + id).json().get("lastSeq").asLong()).isEqualTo(1);
    }

    @Test
    void theCustomersDetailsAreStoredAndReturnedAndAnInvalidOneStoresNothing() {
        Api customer = api(TestTokens.customer(newUserId()));
        Map<String, Object> start = Map.of("clientMessageId", UUID.randomUUID(), "text", "hi",
                "customerName", "Dana Smith", "customerEmail", "dana@example.com", "platform", "ios",
                "pageUrl", "https://shop.example.com/cart?x=1", "userAgent", "ParleyTest/1.0");

        Response created = customer.post("/api/v1/conversations", start);
        assertThat(created.status()).isEqualTo(201);
        JsonNode read = customer.get("/api/v1/conversations/" + created.json().get("id").asString()).json();
        assertThat(read.get("customerName").asString()).isEqualTo("Dana Smith");
        assertThat(read.get("customerEmail").asString()).isEqualTo("dana@example.com");
        assertThat(read.get("platform").asString()).isEqualTo("ios");
        assertThat(read.get("pageUrl").asString()).isEqualTo("https://shop.example.com/cart?x=1");
        assertThat(read.get("userAgent").asString()).isEqualTo("ParleyTest/1.0");

        Api other = api(TestTokens.customer(newUserId()));
        Response badUrl = other.post("/api/v1/conversations",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "hi", "pageUrl", "javascript:alert(1)"));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.json().get("detail").asString()).isEqualTo("pageUrl must be an http or https URL");
        assertThat(other.get("/api/v1/conversations").json().size()).isZero();

        JsonNode plain = other.post("/api/v1/conversations", Map.of("clientMessageId", UUID.randomUUID(), "text", "hi"))
                .json();
        assertThat(plain.get("platform").asString()).isEqualTo("web");
        assertThat(plain.get("customerName").isNull()).isTrue();
    }

    @Test
    void onlyGuestsAndCustomersStartConversations() {
        Response byAgent = api(TestTokens.agent(newUserId(), "Alice"))
                .post("/api/v1/conversations", Map.of("clientMessageId", UUID.randomUUID(), "text", "hi"));

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAgent.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDepartmentCanBeChosen() {
        Response created = api(TestTokens.customer(newUserId())).post("/api/v1/conversations",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "pricing?", "department", "sales"));

        assertThat(created.json().get("department").asString()).isEqualTo("sales");
    }

    @Test
    void callsWithoutAValidTokenAreRefused() {
        assertThat(api(null).get("/api/v1/conversations").status()).isEqualTo(401);
        assertThat(api(TestTokens.forged(newUserId())).get("/api/v1/conversations").status()).isEqualTo(401);
    }

    @Test
    void healthAndMetricsAreOpen() {
        Api anonymous = api(null);
        assertThat(anonymous.get("/actuator/health/liveness").body()).contains("UP");
        assertThat(anonymous.get("/actuator/health/readiness").body()).contains("UP");
        startConversation(api(TestTokens.customer(newUserId())));
        assertThat(anonymous.get("/actuator/prometheus").body())
                .contains("parley_chat_messages_stored_total")
                .contains("parley_chat_message_store_seconds");
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
    }

    private UUID startConversation(Api customer) {
        Response created = customer.post("/api/v1/conversations", send("Hello"));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static Map<String, Object> send(String text) {
        return Map.of("clientMessageId", UUID.randomUUID(), "text", text);
    }

    private static java.util.List<String> types(Response events) {
        assertThat(events.status()).isEqualTo(200);
        java.util.List<String> result = new java.util.ArrayList<>();
        events.json().forEach(e -> result.add(e.get("seq").asLong() + " " + e.get("type").asString()));
        return result;
    }
}
