package io.parley.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.EventTypes;
import io.parley.testsupport.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Agents' own status, the demo seed, visibility, tokens and the open endpoints, over HTTP and the broker. */
class UserServiceApplicationTest extends FullServiceTest {

    @Test
    void agentGoingOnlineStoresTheEventInTheOutboxAndPublishesIt() throws Exception {
        HttpResponse<String> response =
                put("/api/v1/agents/me/status", agentToken(ALICE), "{\"status\":\"ONLINE\",\"capacity\":4}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ONLINE\"", "\"capacity\":4", "Alice Martin");
        AgentStatusChanged published =
                published(lastEventId(EventTypes.AGENT_STATUS_CHANGED, "agentId", ALICE), AgentStatusChanged.class);
        assertThat(published.agentId()).isEqualTo(ALICE);
        assertThat(published.displayName()).isEqualTo("Alice Martin");
        assertThat(published.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(published.capacity()).isEqualTo(4);
        assertThat(published.departments()).containsExactly("sales");
        assertThat(published.skills()).containsExactly("billing", "english");
    }

    @Test
    void changingOnlyTheCapacityAlsoEmitsTheEvent() throws Exception {
        put("/api/v1/agents/me/status", agentToken(BOB), "{\"status\":\"AWAY\",\"capacity\":2}");
        int before = outboxRows("agentId", BOB);

        HttpResponse<String> response =
                put("/api/v1/agents/me/status", agentToken(BOB), "{\"status\":\"AWAY\",\"capacity\":6}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(outboxRows("agentId", BOB)).isEqualTo(before + 1);
    }

    @Test
    void badInputChangesNothing() throws Exception {
        String before = get("/api/v1/agents/me", agentToken(CAROL)).body();
        int rows = outboxRows("agentId", CAROL);

        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "{\"status\":\"BUSY\"}").statusCode())
                .isEqualTo(400);
        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "{\"status\":\"ONLINE\",\"capacity\":99}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(put("/api/v1/agents/me/status", agentToken(CAROL), "not json").statusCode())
                .isEqualTo(400);

        assertThat(get("/api/v1/agents/me", agentToken(CAROL)).body()).isEqualTo(before);
        assertThat(outboxRows("agentId", CAROL)).isEqualTo(rows);
    }

    @Test
    void seedRunAgainDoesNotResetAStatusTheAgentChose() throws Exception {
        put("/api/v1/agents/me/status", agentToken(ALICE), "{\"status\":\"AWAY\",\"capacity\":9}");
        long seedEvents = jdbc.queryForObject("select count(*) from outbox", Long.class);

        runSeedAgain();

        assertThat(get("/api/v1/agents/me", agentToken(ALICE)).body()).contains("\"status\":\"AWAY\"", "\"capacity\":9");
        assertThat(jdbc.queryForObject("select count(*) from outbox", Long.class)).isEqualTo(seedEvents);
    }

    @Test
    void seedCreatesTheDemoAgentsOfflineWithCapacityThree() throws Exception {
        HttpResponse<String> response = get("/api/v1/agents/" + ADMIN, adminToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"displayName\":\"Ada Admin\"", "\"capacity\":3", "\"sales\"", "\"support\"");
        assertThat(get("/api/v1/agents", adminToken()).body())
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
        assertThat(get("/v3/api-docs", null).body())
                .contains("/api/v1/agents/me/status", "/api/v1/agents/{id}", "/api/v1/customers/{customerId}");
    }
}
