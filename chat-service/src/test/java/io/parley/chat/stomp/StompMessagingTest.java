package io.parley.chat.stomp;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What sockets may subscribe to and send, and what they receive. */
class StompMessagingTest extends StompIntegrationTest {

    @Test
    void aMessageIsStoredThenAckedToTheSendingSocketOnlyAndReachesBothParticipants() throws Exception {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        Connection customer = connect(customerToken);
        Connection customerOtherTab = connect(customerToken);
        Connection agent = connect(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<MessageAck> acks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        BlockingQueue<MessageAck> otherTabAcks = customerOtherTab.subscribe(Destinations.USER_ACKS, MessageAck.class);
        BlockingQueue<ConversationEvent> customerEvents = customer.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        BlockingQueue<ConversationEvent> agentEvents = agent.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(agentId, Destinations.USER_EVENTS);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        UUID clientMessageId = UUID.randomUUID();
        customer.send(Destinations.sendMessage(id), new SendMessage(clientMessageId, "Where is my parcel?"));

        MessageAck ack = next(acks);
        assertThat(ack).isNotNull();
        assertThat(ack.conversationId()).isEqualTo(id);
        assertThat(ack.clientMessageId()).isEqualTo(clientMessageId);
        assertThat(ack.seq()).isEqualTo(3);
        assertThat(storedSeqs(customerToken, id)).as("stored before the ack").contains(ack.seq());
        ConversationEvent atAgent = next(agentEvents);
        assertThat(atAgent.id()).isEqualTo(ack.messageId());
        assertThat(atAgent.text()).isEqualTo("Where is my parcel?");
        assertThat(atAgent.senderRole()).isEqualTo("CUSTOMER");
        assertThat(next(customerEvents).seq()).isEqualTo(3);
        assertThat(otherTabAcks.poll(500, TimeUnit.MILLISECONDS)).as("acks go to the sending socket only").isNull();
    }

    @Test
    void messagesFromOneSocketAreStoredAckedAndDeliveredInTheOrderSent() {
        String customerId = newUserId();
        String agentId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        assign(id, customerId, agentId);
        Connection customer = connect(customerToken);
        Connection agent = connect(TestTokens.agent(agentId, "Carol"));
        BlockingQueue<MessageAck> acks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        BlockingQueue<ConversationEvent> atAgent = agent.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        awaitSubscribed(agentId, Destinations.USER_EVENTS);

        List<UUID> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            UUID clientMessageId = UUID.randomUUID();
            sent.add(clientMessageId);
            customer.send(Destinations.sendMessage(id), new SendMessage(clientMessageId, "line " + i));
        }

        List<MessageAck> acked = new java.util.ArrayList<>();
        List<ConversationEvent> delivered = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            acked.add(next(acks));
            delivered.add(next(atAgent));
        }
        assertThat(acked).extracting(MessageAck::clientMessageId).containsExactlyElementsOf(sent);
        assertThat(acked).extracting(MessageAck::seq).isSorted().doesNotHaveDuplicates();
        assertThat(delivered).extracting(ConversationEvent::clientMessageId).containsExactlyElementsOf(sent);
        assertThat(delivered).extracting(ConversationEvent::seq).containsExactlyElementsOf(
                acked.stream().map(MessageAck::seq).toList());
    }

    @Test
    void aResendWithTheSameClientMessageIdGetsTheSameAckAndIsStoredOnce() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection customer = connect(customerToken);
        BlockingQueue<MessageAck> acks = customer.subscribe(Destinations.USER_ACKS, MessageAck.class);
        awaitSubscribed(customerId, Destinations.USER_ACKS);
        SendMessage message = new SendMessage(UUID.randomUUID(), "sent twice");

        customer.send(Destinations.sendMessage(id), message);
        MessageAck first = next(acks);
        customer.send(Destinations.sendMessage(id), message);
        MessageAck second = next(acks);

        assertThat(second).isEqualTo(first);
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }

    @Test
    void aTooLongMessageGetsAnErrorStoresNothingAndOtherSocketsKeepReceiving() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection sender = connect(customerToken);
        Connection listener = connect(customerToken);
        BlockingQueue<ConversationEvent> events = listener.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        sender.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "x".repeat(4001)));

        assertThat(sender.awaitError()).isEqualTo("text longer than 4000 characters");
        assertThat(sender.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L);
        api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "still here"));
        assertThat(next(events).text()).isEqualTo("still here");
    }

    @Test
    void malformedJsonGetsAnErrorAndStoresNothing() {
        String customerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(customerToken);
        Connection socket = connect(customerToken);

        socket.sendRaw(Destinations.sendMessage(id), "{\"clientMessageId\": ");

        assertThat(socket.awaitError()).isEqualTo("malformed JSON");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L);
    }

    @Test
    void aMessageWithoutClientMessageIdOrTextGetsAnError() {
        String customerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(customerToken);
        Connection noId = connect(customerToken);
        Connection empty = connect(customerToken);

        noId.sendRaw(Destinations.sendMessage(id), "{\"text\":\"hi\"}");
        empty.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), ""));

        assertThat(noId.awaitError()).isEqualTo("clientMessageId is required");
        assertThat(empty.awaitError()).isEqualTo("text must not be empty");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L);
    }

    @Test
    void sendingIntoSomeoneElsesConversationGetsConversationNotFound() {
        String ownerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(ownerToken);
        Connection stranger = connect(TestTokens.customer(newUserId()));
        Connection unassignedAgent = connect(TestTokens.agent(newUserId(), "Bob"));

        stranger.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "let me in"));
        unassignedAgent.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "me too"));

        assertThat(stranger.awaitError()).isEqualTo("conversation not found");
        assertThat(unassignedAgent.awaitError()).isEqualTo("conversation not found");
        assertThat(storedSeqs(ownerToken, id)).containsExactly(1L);
    }

    @Test
    void sendingToAnUnknownConversationOrDestinationGetsAnError() {
        Connection unknown = connect(TestTokens.customer(newUserId()));
        Connection elsewhere = connect(TestTokens.customer(newUserId()));

        unknown.send(Destinations.sendMessage(UUID.randomUUID()), new SendMessage(UUID.randomUUID(), "hello?"));
        elsewhere.send("/topic/conversations/" + UUID.randomUUID(), new SendMessage(UUID.randomUUID(), "spoof"));

        assertThat(unknown.awaitError()).isEqualTo("conversation not found");
        assertThat(elsewhere.awaitError()).isEqualTo("destination not allowed");
    }

    @Test
    void aSupervisorMayFollowButNotSend() {
        String customerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(customerToken);
        String supervisorId = newUserId();
        Connection supervisor = connect(TestTokens.supervisor(supervisorId));
        BlockingQueue<ConversationEvent> topic =
                supervisor.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);
        awaitSubscribed(supervisorId, Destinations.conversationTopic(id));

        api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "anyone?"));
        assertThat(next(topic).text()).isEqualTo("anyone?");

        supervisor.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "hi from staff"));
        assertThat(supervisor.awaitError()).isEqualTo("only the customer or the assigned agent may send");
    }

    @Test
    void sendingIntoAnEndedConversationGetsAnError() {
        String customerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(customerToken);
        api(customerToken).post("/api/v1/conversations/" + id + "/end", null);
        Connection socket = connect(customerToken);

        socket.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "wait"));

        assertThat(socket.awaitError()).isEqualTo("conversation has ended");
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L, 2L);
    }

    @Test
    void subscribingToAnotherCustomersConversationGetsConversationNotFound() {
        String ownerToken = TestTokens.customer(newUserId());
        UUID id = startConversation(ownerToken);
        Connection stranger = connect(TestTokens.customer(newUserId()));

        stranger.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);

        assertThat(stranger.awaitError()).isEqualTo("conversation not found");
    }

    @Test
    void subscribingToAnythingNotListedIsDenied() {
        for (String destination : List.of("/topic/conversations", "/topic/all", "/queue/events", "/user/queue/other",
                "/app/conversations/" + UUID.randomUUID() + "/messages")) {
            Connection socket = connect(TestTokens.customer(newUserId()));
            socket.subscribe(destination, Map.class);
            assertThat(socket.awaitError()).as(destination).isEqualTo("subscription not allowed");
        }
    }

    @Test
    void aWaitingCustomerLearnsTheirQueuePosition() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection customer = connect(customerToken);
        @SuppressWarnings("rawtypes")
        BlockingQueue<Map> events = customer.subscribe(Destinations.USER_EVENTS, Map.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        rabbit.publish(new QueuePositionsChanged(
                List.of(new QueuePositionsChanged.Position(id, customerId, 2)), Instant.now()));

        @SuppressWarnings("rawtypes")
        Map update = next(events);
        assertThat(update).containsEntry("type", "QUEUE_POSITION").containsEntry("position", 2)
                .containsEntry("conversationId", id.toString());
        assertThat(EventTypes.QUEUE_POSITIONS_CHANGED).isEqualTo("queue.positions-changed");
    }
}
