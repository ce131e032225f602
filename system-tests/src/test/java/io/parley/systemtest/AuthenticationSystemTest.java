package io.parley.systemtest;

import static io.parley.systemtest.Refusals.assertProblem;
import static io.parley.systemtest.Refusals.awaitErrorReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.systemtest.ServedConversation.Agent;
import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.client.Tokens;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * No token, an expired token (signed with the fleet's key by an auth-service whose tokens live one second,
 * used once past the resource servers' 60 s clock skew) and a forged token (the customer's own claims and key
 * id, signed by another key): REST answers 401 problem+json, STOMP CONNECT gets an ERROR frame; nothing is
 * stored and other sockets carry on.
 */
@SystemTest
@Order(4)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationSystemTest {
    private ParleyApi api;
    private URI webSocket;
    private Fleet fleet;
    private Agent alice;
    private ServedConversation served;

    @BeforeAll
    void serveAConversation(Fleet fleet) {
        this.fleet = fleet;
        api = new ParleyApi(fleet.gateway());
        webSocket = fleet.gatewayWebSocket();
        alice = ServedConversation.onlineAgent(api, webSocket, Cast.ALICE);
        served = ServedConversation.start(api, webSocket, alice, "Max");
    }

    @Test
    void restAndStompWithoutATokenAreRefused() {
        assertRestRefused(null);
        assertStompRefused(null);
    }

    @Test
    void restAndStompWithAnExpiredTokenAreRefused() {
        String expired = fleet.expiredToken();
        fleet.awaitExpiredTokenRefusable();
        assertThat(Tokens.claims(expired).get("exp").asLong()).isLessThan(Instant.now().getEpochSecond() - 60);
        assertThat(Tokens.header(expired).get("kid"))
                .isEqualTo(Tokens.header(served.customer.accessToken()).get("kid"));

        assertThat(assertRestRefused(expired).detail()).containsIgnoringCase("expired");
        assertStompRefused(expired);
    }

    @Test
    void restAndStompWithAForgedTokenAreRefused() {
        String forged = Tokens.forgeLike(served.customer.accessToken());
        assertThat(Tokens.claims(forged)).isEqualTo(Tokens.claims(served.customer.accessToken()));

        assertRestRefused(forged);
        assertStompRefused(forged);
    }

    /** Reading, starting and writing by REST answer 401 problem+json; the conversation is unchanged. */
    private Response assertRestRefused(String token) {
        List<JsonNode> before = served.history();
        String messages = "/api/v1/conversations/" + served.id + "/messages";
        Response read = assertProblem(api.rest().get("/api/v1/conversations", token), 401);
        assertProblem(api.rest().get(messages, token), 401);
        assertProblem(api.rest().post(messages, token,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "sneaking in")), 401);
        Map<String, String> start =
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "new here", "department", Cast.SALES);
        assertProblem(api.rest().post("/api/v1/conversations", token, start), 401);
        assertThat(served.history()).isEqualTo(before);
        assertThat(api.conversations(served.customer)).hasSize(1);
        served.assertStillExchangesMessages();
        return read;
    }

    /** CONNECT gets an ERROR frame with a reason and no session; the good sockets carry on. */
    private void assertStompRefused(String token) {
        StompSocket refused = StompSocket.open(webSocket, token);
        try {
            awaitErrorReason(refused);
            assertThat(refused.isConnected()).isFalse();
        } finally {
            refused.close();
        }
        served.assertStillExchangesMessages();
    }

    @AfterAll
    void leave() {
        if (served != null) {
            served.end();
        }
        if (alice != null) {
            api.setStatus(alice.session(), "OFFLINE", null);
            alice.socket().close();
        }
    }
}
