package io.parley.chat.depth;

import static io.parley.chat.depth.ReceiptsTest.path;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.Api;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.contracts.stomp.SendMessage;
import io.parley.contracts.stomp.SendReaction;
import io.parley.contracts.stomp.SendReceipt;
import io.parley.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A client that was away reads what it missed from the events API: every RECEIPT and REACTION once, in order. */
class CatchUpTest extends StompIntegrationTest {

    @Test
    void aReconnectingClientGetsReceiptsAndReactionsExactlyOnceInOrderFromAnyPoint() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        Api customer = api(customerToken);
        Api agent = api(TestTokens.agent(agentId, "Carol"));
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        long lastSeen = 2;

        agent.post(path(id, "messages"), new SendMessage(UUID.randomUUID(), "Hi!"));
        customer.post(path(id, "receipts"), new SendReceipt("DELIVERED", 3));
        customer.post(path(id, "receipts"), new SendReceipt("DELIVERED", 3));
        customer.post(path(id, "reactions"), new SendReaction(3, "\uD83D\uDE00", "ADD"));
        customer.post(path(id, "reactions"), new SendReaction(3, "\uD83D\uDE00", "ADD"));
        customer.post(path(id, "receipts"), new SendReceipt("READ", 3));
        agent.post(path(id, "receipts"), new SendReceipt("READ", 1));
        customer.post(path(id, "reactions"), new SendReaction(3, "\uD83D\uDE00", "REMOVE"));

        List<String> missed = describe(customer.get(path(id, "events") + "?afterSeq=" + lastSeen).json());
        assertThat(missed).containsExactly(
                "3 MESSAGE", "4 RECEIPT DELIVERED 3 CUSTOMER", "5 REACTION ADD 3 CUSTOMER",
                "6 RECEIPT READ 3 CUSTOMER", "7 RECEIPT READ 1 AGENT", "8 REACTION REMOVE 3 CUSTOMER");
        List<String> pieceByPiece = new ArrayList<>();
        long after = lastSeen;
        while (true) {
            JsonNode page = customer.get(path(id, "events") + "?afterSeq=" + after + "&limit=2").json();
            if (page.isEmpty()) {
                break;
            }
            pieceByPiece.addAll(describe(page));
            after = page.get(page.size() - 1).get("seq").asLong();
        }
        assertThat(pieceByPiece).as("paging on afterSeq repeats and skips nothing").isEqualTo(missed);
        assertThat(describe(agent.get(path(id, "events") + "?afterSeq=5").json()))
                .containsExactly("6 RECEIPT READ 3 CUSTOMER", "7 RECEIPT READ 1 AGENT", "8 REACTION REMOVE 3 CUSTOMER");
    }

    private static List<String> describe(JsonNode events) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : events) {
            String type = e.get("type").asString();
            String line = e.get("seq").asLong() + " " + type;
            if (type.equals("RECEIPT")) {
                line += " " + e.get("receiptStatus").asString() + " " + e.get("upToSeq").asLong() + " "
                        + e.get("senderRole").asString();
            } else if (type.equals("REACTION")) {
                line += " " + e.get("op").asString() + " " + e.get("targetSeq").asLong() + " "
                        + e.get("senderRole").asString();
            }
            lines.add(line);
        }
        return lines;
    }
}
