package io.parley.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Routing through the gateway (docs/architecture.md, "Routing (issue 4)"): VIP overtaking, skills, capacity,
 * escalation after waiting, auto-requeue after no reply, a transfer with a note, and refusals. Alice and Bob
 * are moved to a department of their own for the test ({@value #DESK}), so nothing left waiting by other
 * classes is in their lane; each test activates the rule set it needs, and the end restores the built-in
 * defaults and their departments.
 */
@SystemTest
@Order(10)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingSystemTest {
    static final String DESK = "routing-desk";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ParleyApi api;
    private Session admin;
    private Session alice;
    private Session bob;
    private final List<Map.Entry<UUID, Session>> started = new ArrayList<>();

    @BeforeAll
    void prepareTheDesk(Fleet fleet) {
        api = new ParleyApi(fleet.gateway());
        admin = api.login(Cast.ADMIN, Cast.ADMIN_PASSWORD);
        alice = api.login(Cast.ALICE, ParleyApi.DEMO_PASSWORD);
        bob = api.login(Cast.BOB, ParleyApi.DEMO_PASSWORD);
        offline(alice, bob);
        editAgent(alice, List.of(DESK), List.of("english", "billing"));
        editAgent(bob, List.of(DESK), List.of("english", "german"));
        await("queue-service knows the desk").atMost(WAIT).until(() -> deskAgents().size() == 2);
    }

    @AfterEach
    void endWhatTheTestStarted() {
        started.forEach(e -> api.rest().post("/api/v1/conversations/" + e.getKey() + "/end",
                e.getValue().accessToken(), null));
        started.clear();
        offline(alice, bob);
    }

    @AfterAll
    void restoreTheDefaults() {
        activate(Map.of());
        editAgent(alice, List.of(Cast.SALES), List.of("english", "billing"));
        editAgent(bob, List.of(Cast.SALES), List.of("english", "german"));
    }

    @Test
    void vipAndUrgentCustomersOvertakeThoseWhoCameFirst() {
        activate(Map.of("aging", Map.of("secondsPerLevel", 0)));
        UUID first = start(api.guest("First"), null, List.of());
        UUID second = start(api.guest("Second"), null, List.of());
        UUID high = start(api.guest("High"), "HIGH", List.of());
        Session vip = api.guest("Vera VIP");
        api.rest().put("/api/v1/customers/" + vip.userId(), admin.accessToken(), Map.of("vip", true)).expect(200);
        UUID vipConversation = start(vip, null, List.of());

        await("the line is VIP, HIGH, first, second").atMost(WAIT).untilAsserted(() -> {
            assertThat(position(vipConversation)).isEqualTo(1);
            assertThat(position(high)).isEqualTo(2);
            assertThat(position(first)).isEqualTo(3);
            assertThat(position(second)).isEqualTo(4);
        });

        api.setStatus(alice, "ONLINE", 1);
        await("the VIP is served first").atMost(WAIT)
                .until(() -> alice.userId().equals(agentOf(vipConversation)));
        assertThat(queueStatus(first)).isEqualTo("WAITING");
        assertThat(position(high)).isEqualTo(1);
    }

    @Test
    void onlyAnAgentWithTheRequiredSkillsGetsTheConversationAndNeverAboveCapacity() {
        activate(Map.of());
        api.setStatus(alice, "ONLINE", 5);
        api.setStatus(bob, "ONLINE", 1);
        UUID german = start(api.guest("Greta"), null, List.of("german"));
        await("Bob, the one who speaks German, has it").atMost(WAIT)
                .until(() -> bob.userId().equals(agentOf(german)));

        UUID germanToo = start(api.guest("Gustav"), null, List.of("german"));
        UUID nobody = start(api.guest("Nora"), null, List.of("german", "billing"));
        UUID anyone = start(api.guest("Andy"), null, List.of());
        await("Alice takes the one anybody can take").atMost(WAIT)
                .until(() -> alice.userId().equals(agentOf(anyone)));
        assertThat(queueStatus(germanToo)).as("Bob is at capacity, Alice lacks German").isEqualTo("WAITING");
        JsonNode unservable = api.queueEntry(admin, nobody);
        assertThat(unservable.get("status").asString()).isEqualTo("WAITING");
        assertThat(unservable.get("estimatedWaitSeconds").isNull()).as("nobody online could take it").isTrue();

        api.end(bob, german);
        await("Bob's freed place goes to the second German speaker").atMost(WAIT)
                .until(() -> bob.userId().equals(agentOf(germanToo)));
        for (JsonNode agent : deskAgents()) {
            assertThat(agent.get("active").asInt()).isLessThanOrEqualTo(agent.get("capacity").asInt());
        }
    }

    @Test
    void aConversationWaitingTooLongIsEscalated() {
        activate(Map.of("escalations", List.of(Map.of(
                "name", "desk waits too long",
                "when", Map.of("waitingSecondsAtLeast", 2, "departments", List.of(DESK)),
                "then", Map.of("raisePriorityTo", "URGENT", "alertSupervisors", true)))));
        UUID waiting = start(api.guest("Patience"), "LOW", List.of());

        await("escalated to URGENT").atMost(WAIT).untilAsserted(() -> {
            JsonNode item = waitingItem(waiting);
            assertThat(item.get("escalated").asBoolean()).isTrue();
            assertThat(item.get("priority").asString()).isEqualTo("URGENT");
        });
    }

    @Test
    void anAssignedConversationWithoutAnAgentReplyGoesBackToTheFrontAndToAnotherAgent() {
        activate(Map.of("requeue", Map.of("noAgentReplySeconds", 3, "agentOfflineGraceSeconds", 60)));
        api.setStatus(alice, "ONLINE", 1);
        Session customer = api.guest("Rita Requeue");
        UUID conversation = start(customer, null, List.of());
        await("Alice has it").atMost(WAIT).until(() -> alice.userId().equals(agentOf(conversation)));
        api.setStatus(bob, "ONLINE", 1);

        await("back in line and given to Bob").atMost(WAIT)
                .until(() -> bob.userId().equals(agentOf(conversation)));
        api.rest().post("/api/v1/conversations/" + conversation + "/messages", bob.accessToken(),
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "Bob here, sorry for the wait"))
                .expect(201);
        List<String> types = api.events(customer, conversation).stream().map(e -> e.get("type").asString()).toList();
        assertThat(types).containsSubsequence("ASSIGNED", "REQUEUED", "ASSIGNED");
        List<JsonNode> decisions = assignments(conversation);
        assertThat(decisions).hasSize(2);
        assertThat(decisions.getLast().get("agentId").asString()).isEqualTo(bob.userId());
    }

    @Test
    void aTransferWithANoteMovesTheConversationAndOnlyAgentsSeeTheNote() {
        activate(Map.of());
        api.setStatus(alice, "ONLINE", 2);
        Session customer = api.guest("Theo Transfer");
        UUID conversation = start(customer, null, List.of());
        await("Alice has it").atMost(WAIT).until(() -> alice.userId().equals(agentOf(conversation)));

        Response offlineTarget = transfer(alice, conversation, Map.of("toAgentId", bob.userId()));
        assertThat(offlineTarget.status()).isEqualTo(409);
        assertThat(offlineTarget.detail()).containsIgnoringCase("offline");
        assertThat(transfer(alice, conversation, Map.of("toDepartment", "no-such-desk")).status()).isEqualTo(400);
        assertThat(transfer(alice, conversation, Map.of()).status()).isEqualTo(400);
        assertThat(agentOf(conversation)).as("refusals change nothing").isEqualTo(alice.userId());

        api.setStatus(bob, "ONLINE", 2);
        String note = "Refund already approved, just confirm the date";
        transfer(alice, conversation, Map.of("toAgentId", bob.userId(), "note", note)).expect(200);

        await("Bob has it").atMost(WAIT).until(() -> bob.userId().equals(agentOf(conversation)));
        await("the customer sees the transfer").atMost(WAIT).until(() -> api.events(customer, conversation).stream()
                .anyMatch(e -> e.get("type").asString().equals("TRANSFERRED")));
        assertThat(api.events(customer, conversation)).noneMatch(e -> e.get("type").asString().equals("NOTE"));
        assertThat(api.events(customer, conversation).toString()).doesNotContain(note);
        await("Bob reads the note").atMost(WAIT).until(() -> api.events(bob, conversation).stream()
                .anyMatch(e -> e.get("type").asString().equals("NOTE") && e.get("text").asString().equals(note)));
        assertThat(api.rest().get("/api/v1/conversations/" + conversation, alice.accessToken()).status())
                .as("Alice no longer sees it").isEqualTo(404);
    }

    @Test
    void aBadRuleSetIsRefusedWithReasonsAndChangesNothing() {
        long active = api.rest().get("/api/v1/queue/rules/active", admin.accessToken()).expect(200).json()
                .get("version").asLong();
        Map<String, Object> bad = Map.of(
                "departments", Map.of("no-such-desk", Map.of("strategy", "FASTEST")),
                "rules", List.of(Map.of("name", "", "when", Map.of(), "then", Map.of("addSkills", List.of("klingon")))));
        Response refused = api.rest().post("/api/v1/queue/rules", admin.accessToken(), Map.of("definition", bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").toString())
                .contains("no-such-desk").contains("FASTEST").contains("klingon");
        assertThat(api.rest().get("/api/v1/queue/rules/active", admin.accessToken()).expect(200).json()
                .get("version").asLong()).isEqualTo(active);
        assertThat(api.rest().post("/api/v1/queue/rules", alice.accessToken(), Map.of("definition", Map.of()))
                .status()).isEqualTo(403);
    }

    private void activate(Map<String, Object> definition) {
        JsonNode version = api.rest().post("/api/v1/queue/rules", admin.accessToken(),
                Map.of("definition", definition, "comment", "RoutingSystemTest")).expect(201).json();
        api.rest().post("/api/v1/queue/rules/" + version.get("version").asLong() + "/activate",
                admin.accessToken(), null).expect(200);
    }

    private UUID start(Session customer, String priority, List<String> skills) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientMessageId", UUID.randomUUID().toString());
        body.put("text", "Hello from " + customer.label());
        body.put("department", DESK);
        if (priority != null) {
            body.put("priority", priority);
        }
        body.put("skills", skills);
        JsonNode conversation =
                api.rest().post("/api/v1/conversations", customer.accessToken(), body).expect(201).json();
        UUID id = UUID.fromString(conversation.get("id").asString());
        started.add(Map.entry(id, customer));
        return id;
    }

    private void editAgent(Session agent, List<String> departments, List<String> skills) {
        api.rest().put("/api/v1/agents/" + agent.userId(), admin.accessToken(),
                Map.of("departments", departments, "skills", skills)).expect(200);
    }

    private void offline(Session... agents) {
        for (Session agent : agents) {
            api.setStatus(agent, "OFFLINE", null);
        }
    }

    private List<JsonNode> deskAgents() {
        List<JsonNode> desk = new ArrayList<>();
        api.queueOverview(admin).get("agents").forEach(agent -> {
            if (agent.get("departments").toString().contains(DESK)) {
                desk.add(agent);
            }
        });
        return desk;
    }

    private JsonNode waitingItem(UUID conversation) {
        for (JsonNode item : api.queueOverview(admin).get("waiting")) {
            if (item.get("conversationId").asString().equals(conversation.toString())) {
                return item;
            }
        }
        throw new AssertionError(conversation + " is not waiting");
    }

    private int position(UUID conversation) {
        return api.queueEntry(admin, conversation).get("position").asInt();
    }

    private String queueStatus(UUID conversation) {
        return api.queueEntry(admin, conversation).get("status").asString();
    }

    private String agentOf(UUID conversation) {
        JsonNode agentId = api.conversation(admin, conversation).get("agentId");
        return agentId == null || agentId.isNull() ? null : agentId.asString();
    }

    private List<JsonNode> assignments(UUID conversation) {
        List<JsonNode> all = new ArrayList<>();
        api.rest().get("/api/v1/queue/conversations/" + conversation + "/assignments", admin.accessToken())
                .expect(200).json().forEach(all::add);
        return all;
    }

    private Response transfer(Session agent, UUID conversation, Map<String, Object> body) {
        return api.rest().post("/api/v1/queue/conversations/" + conversation + "/transfer", agent.accessToken(), body);
    }
}
