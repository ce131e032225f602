package io.parley.chat.depth;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.Api;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.SendMessage;
import io.parley.contracts.stomp.SendReceipt;
import io.parley.testsupport.TestTokens;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Delivered and read receipts: cumulative, monotonic, stored as RECEIPT events, summarised on the conversation. */
class ReceiptsTest extends StompIntegrationTest {

    @Test
    void aReceiptOverStompReachesTheOtherSideAndOnlyAnAdvanceIsStored() throws Exception {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        String agentToken = TestTokens.agent(agentId, "Carol");
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        api(agentToken).post(path(id, "messages"), new SendMessage(UUID.randomUUID(), "How can I help?"));
        Connection customer = connect(customerToken);
        Connection agent = connect(agentToken);
        BlockingQueue<ConversationEvent> atAgent = agent.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(agentId, Destinations.USER_EVENTS);

        customer.send(receipts(id), new SendReceipt("DELIVERED", 3));
        ConversationEvent delivered = next(atAgent);
        customer.send(receipts(id), new SendReceipt("DELIVERED", 3));
        customer.send(receipts(id), new SendReceipt("READ", 3));
        ConversationEvent read = next(atAgent);

        assertThat(delivered.type()).isEqualTo("RECEIPT");
        assertThat(delivered.seq()).isEqualTo(4);
        assertThat(delivered.receiptStatus()).isEqualTo("DELIVERED");
        assertThat(delivered.upToSeq()).isEqualTo(3);
        assertThat(delivered.senderId()).isEqualTo(customerId);
        assertThat(delivered.senderRole()).isEqualTo("CUSTOMER");
        assertThat(delivered.text()).isNull();
        assertThat(read.seq()).as("the repeated DELIVERED stored nothing").isEqualTo(5);
        assertThat(read.receiptStatus()).isEqualTo("READ");
        assertThat(atAgent.poll(300, TimeUnit.MILLISECONDS)).isNull();
        JsonNode summary = api(agentToken).get("/api/v1/conversations/" + id).json().get("receipts");
        assertThat(summary.get("CUSTOMER").get("deliveredUpTo").asLong()).isEqualTo(3);
        assertThat(summary.get("CUSTOMER").get("readUpTo").asLong()).isEqualTo(3);
        assertThat(summary.get("CUSTOMER").get("readAt").isNull()).isFalse();
        assertThat(summary.get("AGENT").get("deliveredUpTo").asLong()).isZero();
    }

    @Test
    void overRestAReadImpliesDeliveredAndAnOlderReceiptStoresNothingAndIsAnsweredAsIs() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        Api agent = api(TestTokens.agent(agentId, "Carol"));
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);

        Response read = agent.post(path(id, "receipts"), new SendReceipt("READ", 1));
        Response older = agent.post(path(id, "receipts"), new SendReceipt("DELIVERED", 1));
        Response lower = agent.post(path(id, "receipts"), Map.of("status", "read", "upToSeq", 1));

        assertThat(read.status()).isEqualTo(201);
        assertThat(read.json().get("seq").asLong()).isEqualTo(3);
        JsonNode agentSide = read.json().get("receipts").get("AGENT");
        assertThat(agentSide.get("deliveredUpTo").asLong()).isEqualTo(1);
        assertThat(agentSide.get("readUpTo").asLong()).isEqualTo(1);
        assertThat(older.status()).isEqualTo(200);
        assertThat(older.json().get("stored").asBoolean()).isFalse();
        assertThat(older.json().get("receipts").get("AGENT").get("readUpTo").asLong()).isEqualTo(1);
        assertThat(lower.status()).isEqualTo(200);
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L, 3L);
        JsonNode receipt = api(customerToken).get(path(id, "events") + "?afterSeq=2").json().get(0);
        assertThat(receipt.get("type").asString()).isEqualTo("RECEIPT");
        assertThat(receipt.get("senderRole").asString()).isEqualTo("AGENT");
    }

    @Test
    void badReceiptsAndReceiptsFromOutsidersAreRefusedAndStoreNothing() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Api customer = api(customerToken);

        assertThat(detail(customer.post(path(id, "receipts"), Map.of("status", "SEEN", "upToSeq", 1))))
                .isEqualTo("status must be DELIVERED or READ");
        assertThat(detail(customer.post(path(id, "receipts"), Map.of("status", "READ"))))
                .isEqualTo("upToSeq must be at least 1");
        assertThat(detail(customer.post(path(id, "receipts"), new SendReceipt("READ", 9))))
                .isEqualTo("upToSeq must not be after the conversation's last event (1)");
        Response supervisor = api(TestTokens.supervisor(newUserId())).post(path(id, "receipts"), new SendReceipt("READ", 1));
        assertThat(supervisor.status()).isEqualTo(403);
        Response stranger = api(TestTokens.customer(newUserId())).post(path(id, "receipts"), new SendReceipt("READ", 1));
        assertThat(stranger.status()).isEqualTo(404);
        Connection socket = connect(customerToken);
        socket.sendRaw(receipts(id), "{\"status\":\"READ\",\"upToSeq\":\"one\"}");
        assertThat(socket.awaitError()).isEqualTo("upToSeq must be a whole number");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L);
    }

    private static String detail(Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("detail").asString();
    }

    static String path(UUID id, String what) {
        return "/api/v1/conversations/" + id + "/" + what;
    }

    static String receipts(UUID id) {
        return "/app/conversations/" + id + "/receipts";
    }
}
