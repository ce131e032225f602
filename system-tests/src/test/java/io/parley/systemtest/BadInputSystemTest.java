package io.parley.systemtest;

import static io.parley.systemtest.Refusals.assertProblem;
import static io.parley.systemtest.Refusals.awaitErrorReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.ServedConversation.Agent;
import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Response;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.net.URI;
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
 * Malformed JSON, text over 4000 characters and unknown conversations, over REST and STOMP: each is refused
 * clearly, nothing is stored, and the conversation next door carries on.
 */
@SystemTest
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSystemTest {
    private ParleyApi api;
    private URI webSocket;
    private Agent alice;
    private ServedConversation served;

    @BeforeAll
    void serveAConversation(Fleet fleet) {
        api = new ParleyApi(fleet.gateway());
        webSocket = fleet.gatewayWebSocket();
        alice = ServedConversation.onlineAgent(api, webSocket, Cast.ALICE);
        served = ServedConversation.start(api, webSocket, alice, "Gina");
    }

    private String messagesPath(UUID conversation) {
        return "/api/v1/conversations/" + conversation + "/messages";
    }

    @Test
    void malformedJsonIsRefusedOverRestAndStompAndStoresNothing() {
        List<JsonNode> before = served.history();
        String broken = "{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"half a mess";

        assertProblem(api.rest().postRaw(messagesPath(served.id), served.customer.accessToken(), broken), 400);
        Session newcomer = api.guest("Hal");
        assertProblem(api.rest().postRaw("/api/v1/conversations", newcomer.accessToken(), "{not json"), 400);
        assertThat(api.conversations(newcomer)).isEmpty();
        try (StompSocket socket = StompSocket.connect(webSocket, served.customer.accessToken())) {
            socket.sendRaw("/app/conversations/" + served.id + "/messages", broken);
            assertThat(awaitErrorReason(socket)).containsIgnoringCase("malformed");
        }

        assertThat(served.history()).isEqualTo(before);
        served.assertStillExchangesMessages();
    }

    @Test
    void textOverFourThousandCharactersIsRefusedAndExactlyFourThousandIsAccepted() {
        List<JsonNode> before = served.history();
        String tooLong = "x".repeat(4001);

        Response overRest = api.rest().post(messagesPath(served.id), served.customer.accessToken(),
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", tooLong));
        assertThat(assertProblem(overRest, 400).detail()).contains("4000");
        Session newcomer = api.guest("Ida");
        Response startTooLong = api.rest().post("/api/v1/conversations", newcomer.accessToken(),
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", tooLong, "department", Cast.SALES));
        assertThat(assertProblem(startTooLong, 400).detail()).contains("4000");
        assertThat(api.conversations(newcomer)).isEmpty();
        try (StompSocket socket = StompSocket.connect(webSocket, served.customer.accessToken())) {
            socket.sendMessage(served.id, UUID.randomUUID(), tooLong);
            assertThat(awaitErrorReason(socket)).contains("4000");
        }
        assertThat(served.history()).isEqualTo(before);

        UUID longest = UUID.randomUUID();
        served.customerSocket.sendMessage(served.id, longest, "y".repeat(4000));
        await("ack of 4000 characters").atMost(ServedConversation.WAIT)
                .until(() -> !Frames.acks(served.customerSocket.acks(), served.id, longest).isEmpty());
        assertThat(Frames.text(served.history().getLast(), "text")).hasSize(4000);
        served.assertStillExchangesMessages();
    }

    @Test
    void unknownConversationIsNotFoundOverRestAndStomp() {
        List<JsonNode> before = served.history();
        UUID unknown = UUID.randomUUID();
        String token = served.customer.accessToken();

        assertProblem(api.rest().get("/api/v1/conversations/" + unknown, token), 404);
        assertProblem(api.rest().get(messagesPath(unknown), token), 404);
        assertProblem(api.rest().post(messagesPath(unknown), token,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "anyone there?")), 404);
        assertProblem(api.rest().post("/api/v1/conversations/" + unknown + "/end", token, null), 404);
        try (StompSocket socket = StompSocket.connect(webSocket, token)) {
            socket.sendMessage(unknown, UUID.randomUUID(), "anyone there?");
            assertThat(awaitErrorReason(socket)).containsIgnoringCase("not found");
        }

        assertProblem(api.rest().get("/api/v1/conversations/" + unknown, token), 404);
        assertThat(served.history()).isEqualTo(before);
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
