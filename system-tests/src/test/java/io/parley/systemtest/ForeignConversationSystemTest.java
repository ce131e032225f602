package io.parley.systemtest;

import static io.parley.systemtest.Refusals.assertProblem;
import static io.parley.systemtest.Refusals.awaitErrorReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.systemtest.ServedConversation.Agent;
import io.parley.systemtest.client.ParleyApi;
import io.parley.systemtest.client.Session;
import io.parley.systemtest.client.StompSocket;
import io.parley.systemtest.fleet.Fleet;
import io.parley.systemtest.fleet.SystemTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Another customer's conversation does not exist for you: REST answers 404, SUBSCRIBE and SEND get an ERROR
 * frame, nothing is stored and the owner's conversation carries on.
 */
@SystemTest
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignConversationSystemTest {
    private ParleyApi api;
    private URI webSocket;
    private Agent alice;
    private ServedConversation owners;
    private Session stranger;

    @BeforeAll
    void serveAConversationAndMeetAStranger(Fleet fleet) {
        api = new ParleyApi(fleet.gateway());
        webSocket = fleet.gatewayWebSocket();
        alice = ServedConversation.onlineAgent(api, webSocket, Cast.ALICE);
        owners = ServedConversation.start(api, webSocket, alice, "Kim");
        stranger = api.guest("Lou");
    }

    @Test
    void anotherCustomerCannotReadWriteOrEndAConversationByRest() {
        List<JsonNode> before = owners.history();
        String base = "/api/v1/conversations/" + owners.id;
        String token = stranger.accessToken();

        assertProblem(api.rest().get(base, token), 404);
        assertProblem(api.rest().get(base + "/messages", token), 404);
        assertProblem(api.rest().get(base + "/events?afterSeq=0", token), 404);
        assertProblem(api.rest().post(base + "/messages", token,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "text", "let me in")), 404);
        assertProblem(api.rest().post(base + "/end", token, null), 404);
        assertProblem(api.rest().get("/api/v1/queue/conversations/" + owners.id, token), 404);
        assertThat(api.conversations(stranger)).isEmpty();

        assertThat(api.conversation(owners.customer, owners.id).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(owners.history()).isEqualTo(before);
        owners.assertStillExchangesMessages();
    }

    @Test
    void anotherCustomerCannotSubscribeToAConversationButItsOwnerCan() {
        try (StompSocket owner = StompSocket.connect(webSocket, owners.customer.accessToken());
                StompSocket intruder = StompSocket.connect(webSocket, stranger.accessToken())) {
            List<JsonNode> ownerTopic = owner.subscribe("/topic/conversations/" + owners.id);
            List<JsonNode> intruderTopic = intruder.subscribe("/topic/conversations/" + owners.id);
            assertThat(awaitErrorReason(intruder)).isNotBlank();

            UUID clientMessageId = UUID.randomUUID();
            owners.agentSocket.sendMessage(owners.id, clientMessageId, "for Kim's eyes only");
            await("the owner's topic frame").atMost(ServedConversation.WAIT)
                    .until(() -> !Frames.sentAs(ownerTopic, owners.id, Set.of(clientMessageId)).isEmpty());
            assertThat(intruderTopic).isEmpty();
        }
        owners.assertStillExchangesMessages();
    }

    @Test
    void anotherCustomerCannotSendIntoAConversation() {
        List<JsonNode> before = owners.history();
        try (StompSocket intruder = StompSocket.connect(webSocket, stranger.accessToken())) {
            intruder.sendMessage(owners.id, UUID.randomUUID(), "let me in");
            assertThat(awaitErrorReason(intruder)).containsIgnoringCase("not found");
            assertThat(intruder.acks()).isEmpty();
        }
        assertThat(owners.history()).isEqualTo(before);
        owners.assertStillExchangesMessages();
    }

    @AfterAll
    void leave() {
        if (owners != null) {
            owners.end();
        }
        if (alice != null) {
            api.setStatus(alice.session(), "OFFLINE", null);
            alice.socket().close();
        }
    }
}
