package io.parley.chat.sessions;

import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.conversation.RoutingService;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.ChatIntegrationTest;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Listing conversations with filters and pages, and reopening an ended one, over REST on the full service. */
class SessionsTest extends ChatIntegrationTest {
    @Autowired
    RoutingService routing;

    private final String supervisor = TestTokens.supervisor(newUserId());

    @Test
    void staffFilterByStatusDepartmentCustomerAgentAndCreationTimeAndPageNewestFirst() throws Exception {
        String customerId = newUserId();
        String customer = TestTokens.customer(customerId);
        String department = "d" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now();
        UUID first = start(customer, department);
        Thread.sleep(5);
        UUID second = start(customer, department);
        Thread.sleep(5);
        UUID third = start(customer, "other-" + department);
        String agentId = newUserId();
        routing.assign(UUID.randomUUID(),
                new ConversationAssigned(second, customerId, agentId, "Carol", department, Instant.now()));

        String mine = "/api/v1/conversations?customerId=" + customerId;
        assertThat(ids(supervisor, mine)).containsExactly(third, second, first);
        assertThat(ids(supervisor, mine + "&department=" + department.toUpperCase())).containsExactly(second, first);
        assertThat(ids(supervisor, mine + "&status=ACTIVE")).containsExactly(second);
        assertThat(ids(supervisor, mine + "&status=queued")).containsExactly(third, first);
        assertThat(ids(supervisor, "/api/v1/conversations?agentId=" + agentId)).containsExactly(second);
        assertThat(ids(supervisor, mine + "&from=" + before + "&to=" + Instant.now().plusSeconds(1))).hasSize(3);
        assertThat(ids(supervisor, mine + "&to=" + before)).isEmpty();
        assertThat(ids(supervisor, mine + "&size=2")).containsExactly(third, second);
        assertThat(ids(supervisor, mine + "&size=2&page=1")).containsExactly(first);
        assertThat(ids(TestTokens.agent(agentId, "Carol"), mine)).as("an agent sees only theirs").containsExactly(second);
    }

    @Test
    void aCustomerListsOnlyTheirOwnConversationsAndCannotNameAnotherCustomer() {
        String aliceId = newUserId();
        String alice = TestTokens.customer(aliceId);
        String bobId = newUserId();
        UUID alicesConversation = start(alice, null);
        UUID bobsConversation = start(TestTokens.token(bobId, List.of("CUSTOMER"), List.of(), "Bob"), null);

        assertThat(ids(alice, "/api/v1/conversations")).contains(alicesConversation).doesNotContain(bobsConversation);
        assertThat(ids(alice, "/api/v1/conversations?customerId=" + aliceId)).containsExactly(alicesConversation);
        Response refused = api(alice).get("/api/v1/conversations?customerId=" + bobId);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    @Test
    void invalidFilterValuesAreABadRequestProblem() {
        for (String query : List.of("status=OPEN", "department=no%20spaces", "from=yesterday", "to=2026-13-01",
                "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "page=-1", "size=0", "size=201", "page=x",
                "agentId=" + "a".repeat(101))) {
            Response response = api(supervisor).get("/api/v1/conversations?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).contains("application/problem+json");
        }
    }

    @Test
    void aCustomerReopensAnEndedConversationWhichIsQueuedAgainWithANewEvent() {
        String customerId = newUserId();
        String customer = TestTokens.customer(customerId);
        UUID id = start(customer, null);
        String agentId = newUserId();
        routing.assign(UUID.randomUUID(), new ConversationAssigned(id, customerId, agentId, "Carol", null, Instant.now()));
        assertThat(api(customer).post("/api/v1/conversations/" + id + "/end", null).status()).isEqualTo(200);
        EventEnvelope<ConversationQueued> firstQueued =
                rabbit.await("conversation.queued", ConversationQueued.class, q -> q.conversationId().equals(id));
        EventEnvelope<ConversationEnded> firstEnded =
                rabbit.await("conversation.ended", ConversationEnded.class, e -> e.conversationId().equals(id));

        Response reopened = api(customer).post("/api/v1/conversations/" + id + "/reopen", null);

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(reopened.json().get("agentId").isNull()).isTrue();
        JsonNode last = lastEvent(customer, id);
        assertThat(last.get("type").asString()).isEqualTo("REOPENED");
        assertThat(last.get("senderId").asString()).isEqualTo(customerId);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                rabbit.all("conversation.queued", ConversationQueued.class, q -> q.conversationId().equals(id)).size() == 2);
        EventEnvelope<?> again = rabbit.all("conversation.queued", ConversationQueued.class,
                q -> q.conversationId().equals(id)).get(1);
        assertThat(again.eventId()).isNotEqualTo(firstQueued.eventId())
                .isEqualTo(UUID.nameUUIDFromBytes(("conversation.queued:" + id + ":reopen:1").getBytes()));
        assertThat(((ConversationQueued) again.payload()).queuedAt()).isAfter(firstEnded.payload().endedAt());
        assertThat(api(customer).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "one more thing")).status()).isEqualTo(201);

        // the reopened conversation is assigned and ended again: a second, distinct conversation.ended
        routing.assign(UUID.randomUUID(), new ConversationAssigned(id, customerId, agentId, "Carol", null, Instant.now()));
        assertThat(api(TestTokens.agent(agentId, "Carol")).post("/api/v1/conversations/" + id + "/end", null).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                rabbit.all("conversation.ended", ConversationEnded.class, e -> e.conversationId().equals(id)).size() == 2);
        List<String> types = new ArrayList<>();
        api(customer).get("/api/v1/conversations/" + id + "/events").json().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsSubsequence("ASSIGNED", "ENDED", "REOPENED", "MESSAGE", "ASSIGNED", "ENDED");
    }

    @Test
    void staffMayReopenButOnlyAnEndedConversationAndOthersDoNotSeeIt() {
        String customerId = newUserId();
        String customer = TestTokens.customer(customerId);
        UUID id = start(customer, null);

        Response notEnded = api(supervisor).post("/api/v1/conversations/" + id + "/reopen", null);
        assertThat(notEnded.status()).isEqualTo(409);
        assertThat(notEnded.contentType()).contains("application/problem+json");
        api(customer).post("/api/v1/conversations/" + id + "/end", null);
        assertThat(api(TestTokens.customer(newUserId())).post("/api/v1/conversations/" + id + "/reopen", null).status())
                .isEqualTo(404);
        assertThat(api(TestTokens.agent(newUserId(), "Stranger")).post("/api/v1/conversations/" + id + "/reopen", null)
                .status()).isEqualTo(404);

        Response reopened = api(supervisor).post("/api/v1/conversations/" + id + "/reopen", null);

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(lastEvent(customer, id).get("senderRole").asString()).isEqualTo("AGENT");
        assertThat(api(supervisor).post("/api/v1/conversations/" + id + "/reopen", null).status()).isEqualTo(409);
    }

    private UUID start(String token, String department) {
        Map<String, Object> body = department == null
                ? Map.of("clientMessageId", UUID.randomUUID(), "text", "Hello")
                : Map.of("clientMessageId", UUID.randomUUID(), "text", "Hello", "department", department);
        Response created = api(token).post("/api/v1/conversations", body);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private List<UUID> ids(String token, String path) {
        Response response = api(token).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        response.json().forEach(c -> ids.add(UUID.fromString(c.get("id").asString())));
        return ids;
    }

    private JsonNode lastEvent(String token, UUID id) {
        JsonNode events = api(token).get("/api/v1/conversations/" + id + "/events").json();
        return events.get(events.size() - 1);
    }
}
