package io.parley.chat.depth;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.contracts.stomp.SendTyping;
import io.parley.contracts.stomp.TypingUpdate;
import io.parley.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Typing indicators: throttled per socket and conversation, sent to the other participant only, never stored. */
class TypingTest extends StompIntegrationTest {

    @Test
    void aBurstOfTypingFramesForwardsOnePerSecondEndsInTheLastStateAndIsNeverStored() throws Exception {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        Connection customer = connect(customerToken);
        Connection agent = connect(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<TypingUpdate> atAgent = agent.subscribe(Destinations.USER_EVENTS, TypingUpdate.class);
        BlockingQueue<TypingUpdate> atCustomer = customer.subscribe(Destinations.USER_EVENTS, TypingUpdate.class);
        awaitSubscribed(agentId, Destinations.USER_EVENTS);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        for (int i = 0; i < 60; i++) {
            customer.send(typing(id), new SendTyping(true));
        }
        customer.send(typing(id), new SendTyping(false));

        TypingUpdate first = next(atAgent);
        assertThat(first.type()).isEqualTo("TYPING");
        assertThat(first.typing()).isTrue();
        assertThat(first.userId()).isEqualTo(customerId);
        assertThat(first.role()).isEqualTo("CUSTOMER");
        assertThat(first.conversationId()).isEqualTo(id);
        assertThat(first.expiresInMs()).isEqualTo(6000);
        TypingUpdate last = atAgent.poll(2, TimeUnit.SECONDS);
        assertThat(last).as("the stop at the end of the burst is sent when the second is over").isNotNull();
        assertThat(last.typing()).isFalse();
        assertThat(atAgent.poll(1200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(atCustomer.poll(100, TimeUnit.MILLISECONDS)).as("never back to the typist").isNull();
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }

    @Test
    void typingAtKeystrokeRateDoesNotTripTheFrameLimitAndMessagesStillFlow() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection customer = connect(customerToken);
        BlockingQueue<MessageAck> acks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        awaitSubscribed(customerId, Destinations.USER_ACKS);

        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customer.send(typing(id), new SendTyping(i % 2 == 0));
            if (i % 10 == 0) {
                UUID clientMessageId = UUID.randomUUID();
                sent.add(clientMessageId);
                customer.send(Destinations.sendMessage(id), new SendMessage(clientMessageId, "line " + i));
            }
        }

        for (UUID clientMessageId : sent) {
            MessageAck ack = next(acks);
            assertThat(ack).isNotNull();
            assertThat(ack.clientMessageId()).isEqualTo(clientMessageId);
        }
    }

    @Test
    void typingFromSomeoneWhoIsNotAParticipantOrWithoutAFlagIsRefused() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection supervisor = connect(TestTokens.supervisor(newUserId()));
        Connection customer = connect(customerToken);

        supervisor.send(typing(id), new SendTyping(true));
        customer.sendRaw(typing(id), "{\"typing\":\"yes\"}");

        assertThat(supervisor.awaitError()).isEqualTo("only the customer or the assigned agent may send typing");
        assertThat(customer.awaitError()).isEqualTo("typing must be true or false");
    }

    static String typing(UUID id) {
        return "/app/conversations/" + id + "/typing";
    }
}
