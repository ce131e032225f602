package io.parley.chat.depth;

import static io.parley.chat.depth.ReceiptsTest.path;
import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.Api;
import io.parley.chat.support.Api.Response;
import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.SendReaction;
import io.parley.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Emoji reactions on messages: idempotent per user, message and emoji; REACTION events; counts on messages. */
class ReactionsTest extends StompIntegrationTest {
    private static final String THUMBS_UP = "\uD83D\uDC4D";
    private static final String HEART = "\u2764\uFE0F";

    @Test
    void reactionsAreAddedRemovedOnceEachAndCountedOnTheMessages() {
        String customerId = newUserId();
        String agentId = newUserId();
        String supervisorId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        Api customer = api(customerToken);
        Api agent = api(TestTokens.agent(agentId, "Carol"));
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);

        Response added = customer.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "ADD"));
        Response repeated = customer.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "add"));
        agent.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "ADD"));
        Response bySupervisor = api(TestTokens.supervisor(supervisorId))
                .post(path(id, "reactions"), new SendReaction(1, HEART, "ADD"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("seq").asLong()).isEqualTo(3);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("stored").asBoolean()).isFalse();
        assertThat(bySupervisor.status()).isEqualTo(201);
        JsonNode reactions = customer.get(path(id, "messages")).json().get(0).get("reactions");
        assertThat(reactions.get(0).get("emoji").asString()).isEqualTo(THUMBS_UP);
        assertThat(reactions.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(reactions.get(0).get("userIds").get(0).asString()).isEqualTo(customerId);
        assertThat(reactions.get(0).get("userIds").get(1).asString()).isEqualTo(agentId);
        assertThat(reactions.get(1).get("emoji").asString()).isEqualTo(HEART);

        Response removed = customer.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "REMOVE"));
        Response removedAgain = customer.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "REMOVE"));
        Response neverThere = agent.post(path(id, "reactions"), new SendReaction(1, "\uD83C\uDF89", "REMOVE"));

        assertThat(removed.status()).isEqualTo(201);
        assertThat(removed.json().get("reactions").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(removedAgain.status()).isEqualTo(200);
        assertThat(neverThere.status()).isEqualTo(200);
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        JsonNode events = customer.get(path(id, "events") + "?afterSeq=2").json();
        assertThat(events.get(3).get("type").asString()).isEqualTo("REACTION");
        assertThat(events.get(3).get("op").asString()).isEqualTo("REMOVE");
        assertThat(events.get(3).get("targetSeq").asLong()).isEqualTo(1);
        assertThat(events.get(2).get("senderRole").asString()).as("staff react as AGENT").isEqualTo("AGENT");
    }

    @Test
    void aReactionOverStompReachesTheOtherParticipant() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        Connection customer = connect(customerToken);
        Connection agent = connect(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<ConversationEvent> atCustomer = customer.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        agent.send(reactions(id), new SendReaction(1, HEART, "ADD"));

        ConversationEvent reaction = next(atCustomer);
        assertThat(reaction.type()).isEqualTo("REACTION");
        assertThat(reaction.emoji()).isEqualTo(HEART);
        assertThat(reaction.op()).isEqualTo("ADD");
        assertThat(reaction.targetSeq()).isEqualTo(1);
        assertThat(reaction.senderId()).isEqualTo(agentId);
    }

    @Test
    void badEmojiAndTargetsThatAreNoMessageOfThisConversationAreRefusedAndStoreNothing() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        Api customer = api(customerToken);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        UUID other = startConversation(customerToken);
        assign(other, customerId, agentId);
        customer.post(path(other, "messages"), new io.parley.contracts.stomp.SendMessage(UUID.randomUUID(), "third"));

        for (String emoji : List.of("a", "\uD83D\uDC4D \uD83D\uDC4D", "<b>", "1", ":)", "\uD83D\uDC4D".repeat(9), "")) {
            Response refused = customer.post(path(id, "reactions"), new SendReaction(1, emoji, "ADD"));
            assertThat(refused.status()).as(emoji).isEqualTo(400);
        }
        Response op = customer.post(path(id, "reactions"), new SendReaction(1, THUMBS_UP, "TOGGLE"));
        assertThat(op.json().get("detail").asString()).isEqualTo("op must be ADD or REMOVE");
        Response notAMessage = customer.post(path(id, "reactions"), new SendReaction(2, THUMBS_UP, "ADD"));
        assertThat(notAMessage.status()).as("seq 2 is the ASSIGNED event").isEqualTo(404);
        assertThat(notAMessage.json().get("detail").asString()).isEqualTo("message not found");
        Response ofAnotherConversation = customer.post(path(id, "reactions"), new SendReaction(3, THUMBS_UP, "ADD"));
        assertThat(ofAnotherConversation.status()).as("seq 3 is a message of the other conversation only").isEqualTo(404);
        Connection socket = connect(customerToken);
        socket.send(reactions(id), new SendReaction(3, THUMBS_UP, "ADD"));
        assertThat(socket.awaitError()).isEqualTo("message not found");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }

    static String reactions(UUID id) {
        return "/app/conversations/" + id + "/reactions";
    }
}
