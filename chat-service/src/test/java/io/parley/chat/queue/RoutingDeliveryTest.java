package io.parley.chat.queue;

import static io.parley.chat.support.StompTestClient.Connection.next;
import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.Destinations;
import io.parley.contracts.stomp.SendMessage;
import io.parley.testsupport.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who receives routing events live: the note never reaches the customer, a replaced agent gets nothing more. */
class RoutingDeliveryTest extends StompIntegrationTest {
    private final String customerId = newUserId();
    private final String customerToken = TestTokens.customer(customerId);
    private final String aliceId = newUserId();
    private final String bobId = newUserId();

    @Test
    void theNoteNeverReachesTheCustomerOnTheirQueueOrTheTopicButReachesTheNewAgent() {
        UUID id = startConversation(customerToken);
        assign(id, customerId, aliceId);
        Connection customer = connect(customerToken);
        Connection bob = connect(TestTokens.agent(bobId, "Bob Chen"));
        String supervisorId = newUserId();
        Connection supervisor = connect(TestTokens.supervisor(supervisorId));
        BlockingQueue<ConversationEvent> customerQueue = customer.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        BlockingQueue<ConversationEvent> customerTopic =
                customer.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);
        BlockingQueue<ConversationEvent> bobQueue = bob.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        BlockingQueue<ConversationEvent> supervisorTopic =
                supervisor.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);
        awaitSubscribed(customerId, Destinations.conversationTopic(id));
        awaitSubscribed(bobId, Destinations.USER_EVENTS);
        awaitSubscribed(supervisorId, Destinations.conversationTopic(id));

        routing.transfer(UUID.randomUUID(), new ConversationTransferred(id, customerId, aliceId, bobId, "Bob Chen",
                null, "Angry about the delay, be gentle", aliceId, "Alice Park", Instant.now()));
        routing.assign(UUID.randomUUID(), new ConversationAssigned(id, customerId, bobId, "Bob Chen", "support",
                Instant.now(), aliceId, ConversationAssigned.TRANSFER));
        api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "hello?"));

        List<String> expected = List.of("TRANSFERRED", "ASSIGNED", "MESSAGE");
        assertThat(typesUntilMessage(customerQueue)).as("customer's queue").isEqualTo(expected);
        assertThat(typesUntilMessage(customerTopic)).as("conversation topic").isEqualTo(expected);
        assertThat(typesUntilMessage(supervisorTopic)).as("the topic carries no note").isEqualTo(expected);
        ConversationEvent note = next(bobQueue);
        assertThat(note.type()).isEqualTo("NOTE");
        assertThat(note.text()).isEqualTo("Angry about the delay, be gentle");
        assertThat(next(bobQueue).type()).isEqualTo("ASSIGNED");
    }

    @Test
    void anAgentReplacedByAnotherGetsNothingMoreAndMayNotSubscribeAgain() throws Exception {
        UUID id = startConversation(customerToken);
        assign(id, customerId, aliceId);
        String aliceToken = TestTokens.agent(aliceId, "Alice Park");
        Connection alice = connect(aliceToken);
        Connection bob = connect(TestTokens.agent(bobId, "Bob Chen"));
        BlockingQueue<ConversationEvent> aliceQueue = alice.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        BlockingQueue<ConversationEvent> aliceTopic =
                alice.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);
        BlockingQueue<ConversationEvent> bobQueue = bob.subscribe(Destinations.USER_EVENTS, ConversationEvent.class);
        awaitSubscribed(aliceId, Destinations.USER_EVENTS);
        awaitSubscribed(aliceId, Destinations.conversationTopic(id));
        awaitSubscribed(bobId, Destinations.USER_EVENTS);

        routing.assign(UUID.randomUUID(), new ConversationAssigned(id, customerId, bobId, "Bob Chen", "support",
                Instant.now(), aliceId, ConversationAssigned.SUPERVISOR));
        assertThat(next(aliceQueue).agentId()).as("the replacement is the last thing Alice gets").isEqualTo(bobId);
        assertThat(next(aliceTopic).agentId()).isEqualTo(bobId);
        assertThat(next(bobQueue).type()).isEqualTo("ASSIGNED");

        api(customerToken).post("/api/v1/conversations/" + id + "/messages",
                Map.of("clientMessageId", UUID.randomUUID(), "text", "for Bob only"));
        assertThat(next(bobQueue).text()).isEqualTo("for Bob only");
        assertThat(aliceQueue.poll(700, TimeUnit.MILLISECONDS)).isNull();
        assertThat(aliceTopic.poll(300, TimeUnit.MILLISECONDS)).as("her topic subscription was cancelled").isNull();

        Connection again = connect(aliceToken);
        again.subscribe(Destinations.conversationTopic(id), ConversationEvent.class);
        assertThat(again.awaitError()).isEqualTo("conversation not found");
        Connection sender = connect(aliceToken);
        sender.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "still here?"));
        assertThat(sender.awaitError()).isEqualTo("conversation not found");
    }

    @Test
    void aWaitingCustomerLearnsTheEstimatedWaitAndWhetherToLeaveAMessage() {
        UUID id = startConversation(customerToken);
        Connection customer = connect(customerToken);
        @SuppressWarnings("rawtypes")
        BlockingQueue<Map> events = customer.subscribe(Destinations.USER_EVENTS, Map.class);
        awaitSubscribed(customerId, Destinations.USER_EVENTS);

        rabbit.publish(new QueuePositionsChanged(
                List.of(new QueuePositionsChanged.Position(id, customerId, 3, 240, false)), Instant.now()));
        rabbit.publish(new QueuePositionsChanged(
                List.of(new QueuePositionsChanged.Position(id, customerId, 3, null, true)), Instant.now()));

        @SuppressWarnings("rawtypes")
        Map estimate = next(events);
        assertThat(estimate).containsEntry("type", "QUEUE_POSITION").containsEntry("position", 3)
                .containsEntry("estimatedWaitSeconds", 240).containsEntry("offerLeaveMessage", false);
        @SuppressWarnings("rawtypes")
        Map nobodyOnline = next(events);
        assertThat(nobodyOnline).containsEntry("estimatedWaitSeconds", null).containsEntry("offerLeaveMessage", true);
    }

    /** The types received up to and including the next MESSAGE (which follows everything under test). */
    private static List<String> typesUntilMessage(BlockingQueue<ConversationEvent> queue) {
        List<String> types = new ArrayList<>();
        ConversationEvent event;
        do {
            event = next(queue);
            assertThat(event).as("received so far: " + types).isNotNull();
            types.add(event.type());
        } while (!event.type().equals("MESSAGE"));
        return types;
    }
}
