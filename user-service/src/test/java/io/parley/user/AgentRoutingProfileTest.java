package io.parley.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.EventTypes;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agents' skills, the admin's change of an agent's routing profile, and the demo seed filling in skills. */
class AgentRoutingProfileTest extends FullServiceTest {

    @Autowired
    JsonMapper json;

    @Test
    void demoAgentsHaveTheirSkillsSortedInTheApiAndInTheSeedEvents() throws Exception {
        assertThat(skills(get("/api/v1/agents/" + ALICE, adminToken()))).containsExactly("billing", "english");
        assertThat(skills(get("/api/v1/agents/me", agentToken(BOB)))).containsExactly("english", "german");
        String firstBobEvent = jdbc.queryForObject(
                "select envelope->'payload'->>'skills' from outbox where type = ?"
                        + " and envelope->'payload'->>'agentId' = ? order by id limit 1",
                String.class,
                EventTypes.AGENT_STATUS_CHANGED,
                BOB);
        assertThat(firstBobEvent).isEqualTo("[\"english\", \"german\"]");
    }

    @Test
    void adminChangesAnAgentsProfileAndTheEventCarriesTheFullState() throws Exception {
        String id = newAgent();
        String department = "returns-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> response = put("/api/v1/agents/" + id, adminToken(),
                "{\"departments\":[\"" + department.toUpperCase() + "\",\"sales\"],"
                        + "\"skills\":[\"French\",\"english\",\"french\"],\"capacity\":7}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode agent = json.readTree(response.body());
        assertThat(agent.path("departments").toString()).isEqualTo("[\"" + department + "\",\"sales\"]");
        assertThat(agent.path("skills").toString()).isEqualTo("[\"english\",\"french\"]");
        assertThat(agent.path("capacity").asInt()).isEqualTo(7);
        assertThat(agent.path("status").asString()).isEqualTo("ONLINE");
        AgentStatusChanged event =
                published(lastEventId(EventTypes.AGENT_STATUS_CHANGED, "agentId", id), AgentStatusChanged.class);
        assertThat(event.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(event.capacity()).isEqualTo(7);
        assertThat(event.departments()).containsExactly(department, "sales");
        assertThat(event.skills()).containsExactly("english", "french");
        assertThat(event.displayName()).isEqualTo("Agent " + id);
        assertThat(get("/api/v1/departments", agentToken(id)).body()).contains("\"" + department + "\"");
    }

    @Test
    void omittedFieldsKeepTheirValuesAndTheEventIsStillEmitted() throws Exception {
        String id = newAgent();
        int before = outboxRows("agentId", id);

        HttpResponse<String> response = put("/api/v1/agents/" + id, adminToken(), "{\"capacity\":4}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"departments\":[\"support\"]", "\"skills\":[\"english\"]", "\"capacity\":4");
        assertThat(outboxRows("agentId", id)).isEqualTo(before + 1);
    }

    @Test
    void badProfileIsRejectedAndChangesNothing() throws Exception {
        String id = newAgent();
        String before = get("/api/v1/agents/" + id, adminToken()).body();

        for (String body : List.of("{\"departments\":[]}", "{\"skills\":[\"has space\"]}", "{\"capacity\":21}",
                "{\"departments\":[\"sales\"],\"skills\":[\"" + "x".repeat(41) + "\"]}", "{")) {
            HttpResponse<String> response = put("/api/v1/agents/" + id, adminToken(), body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }

        assertThat(get("/api/v1/agents/" + id, adminToken()).body()).isEqualTo(before);
        assertThat(outboxRows("agentId", id)).isZero();
    }

    @Test
    void onlyAnAdminMayChangeAProfile() throws Exception {
        String id = newAgent();

        assertThat(put("/api/v1/agents/" + id, supervisorToken(), "{\"capacity\":4}").statusCode()).isEqualTo(403);
        HttpResponse<String> self = put("/api/v1/agents/" + id, agentToken(id), "{\"capacity\":4}");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("\"status\":403");
        assertThat(outboxRows("agentId", id)).isZero();
    }

    @Test
    void unknownAgentIsNotFound() throws Exception {
        HttpResponse<String> response = put("/api/v1/agents/" + UUID.randomUUID(), adminToken(), "{\"capacity\":4}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no agent");
    }

    @Test
    void seedGivesTheDemoSkillsToAnAgentStoredBeforeSkillsExistedAndAnnouncesIt() throws Exception {
        put("/api/v1/agents/me/status", agentToken(DAVE), "{\"status\":\"AWAY\",\"capacity\":5}");
        jdbc.update("update agents set skills = '{}', skills_assigned = false where id = ?::uuid", DAVE);
        int before = outboxRows("agentId", DAVE);

        runSeedAgain();

        assertThat(skills(get("/api/v1/agents/me", agentToken(DAVE)))).containsExactly("billing", "english", "technical");
        assertThat(outboxRows("agentId", DAVE)).isEqualTo(before + 1);
        AgentStatusChanged event =
                published(lastEventId(EventTypes.AGENT_STATUS_CHANGED, "agentId", DAVE), AgentStatusChanged.class);
        assertThat(event.skills()).containsExactly("billing", "english", "technical");
        assertThat(event.status()).isEqualTo(AgentStatus.AWAY);
        assertThat(event.capacity()).isEqualTo(5);
        assertThat(event.departments()).containsExactly("support");
    }

    @Test
    void seedNeverOverwritesSkillsAnAdminSetEvenNone() throws Exception {
        assertThat(put("/api/v1/agents/" + CAROL, adminToken(), "{\"skills\":[]}").statusCode()).isEqualTo(200);
        int before = outboxRows("agentId", CAROL);

        runSeedAgain();

        assertThat(skills(get("/api/v1/agents/" + CAROL, adminToken()))).isEmpty();
        assertThat(outboxRows("agentId", CAROL)).isEqualTo(before);
        put("/api/v1/agents/" + CAROL, adminToken(), "{\"skills\":[\"english\",\"technical\"]}");
    }

    /** A new ONLINE agent in support with skill english and capacity 2; returns its id. */
    private String newAgent() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        insert into agents (id, email, display_name, departments, skills, skills_assigned, status, capacity)
                        values (?, ?, ?, '{support}', '{english}', true, 'ONLINE', 2)""",
                id, id + "@example.test", "Agent " + id);
        return id.toString();
    }

    private List<String> skills(HttpResponse<String> agent) {
        assertThat(agent.statusCode()).isEqualTo(200);
        return json.readTree(agent.body()).path("skills").valueStream().map(JsonNode::asString).toList();
    }
}
