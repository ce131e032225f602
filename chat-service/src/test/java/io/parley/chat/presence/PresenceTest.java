package io.parley.chat.presence;

import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.ChatApplication;
import io.parley.chat.support.ChatTestConfiguration;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.chat.support.TestRun;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Connection presence over real sockets on two instances sharing Redis: this test's context ("instance-a") and a
 * second one started here ("instance-b").
 */
class PresenceTest extends StompIntegrationTest {
    private static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startInstanceB() {
        Map<String, Object> properties = TestRun.properties("instance-b");
        properties.put("server.port", "0");
        properties.put("parley.test.owns-rabbit", "false");
        instanceB = new SpringApplicationBuilder(ChatApplication.class, ChatTestConfiguration.class)
                .run(TestProperties.arguments(properties));
    }

    @AfterAll
    static void stopInstanceB() {
        instanceB.close();
    }

    @Test
    void anAgentWithTwoSocketsOnOneInstanceCountsTwoDevices() {
        String agentId = newUserId();
        String token = TestTokens.agent(agentId, "Carol");
        connect(token).session();
        connect(token).session();

        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 2);
        assertThat(presenceOf(agentId).get("connected").asBoolean()).isTrue();
    }

    @Test
    void socketsOnTwoInstancesAreCountedTogether() {
        String agentId = newUserId();
        String token = TestTokens.agent(agentId, "Carol");
        connect(token).session();
        Connection onB = connectToB(token);
        onB.session();

        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 2);
        onB.close();
    }

    @Test
    void aClosedSocketStopsCountingAndTheLastOneMakesTheAgentDisconnected() {
        String agentId = newUserId();
        String token = TestTokens.token(agentId, List.of("SUPERVISOR"), List.of(), "Boss");
        Connection phone = connect(token);
        Connection desktop = connect(token);
        phone.session();
        desktop.session();
        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 2);

        phone.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 1);
        desktop.close();

        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 0);
        assertThat(presenceOf(agentId).get("connected").asBoolean()).as("still listed, as not connected").isFalse();
    }

    @Test
    void customersAreNotListedAndMayNotAsk() {
        String customerId = newUserId();
        String token = TestTokens.customer(customerId);
        connect(token).session();
        String agentId = newUserId();
        connect(TestTokens.agent(agentId, "Dave")).session();
        await().atMost(Duration.ofSeconds(5)).until(() -> devicesOf(agentId) == 1);

        assertThat(presenceOf(customerId)).isNull();
        var refused = api(token).get("/api/v1/presence/agents");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    private int devicesOf(String agentId) {
        JsonNode presence = presenceOf(agentId);
        return presence == null ? -1 : presence.get("devices").asInt();
    }

    private JsonNode presenceOf(String userId) {
        var response = api(TestTokens.agent(newUserId(), "Asker")).get("/api/v1/presence/agents");
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode agent : response.json()) {
            if (agent.get("agentId").asString().equals(userId)) {
                return agent;
            }
        }
        return null;
    }

    private Connection connectToB(String token) {
        int port = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        return StompTestClient.connect(port, token);
    }
}
