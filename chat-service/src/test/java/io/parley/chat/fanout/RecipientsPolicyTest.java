package io.parley.chat.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.stomp.ConversationEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecipientsPolicyTest {
    private static final String CUSTOMER = "customer-1";
    private static final String AGENT = "agent-1";
    private static final UUID CONVERSATION = UUID.randomUUID();

    @Test
    void messageReachesTheCustomerAndTheAssignedAgent() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, AGENT, event(ConversationEvent.MESSAGE, null));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
    }

    @Test
    void messageOfAWaitingConversationReachesOnlyTheCustomer() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, null, event(ConversationEvent.MESSAGE, null));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER);
    }

    @Test
    void assignedEventReachesTheCustomerAndTheNewlyAssignedAgent() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, null, event(ConversationEvent.ASSIGNED, AGENT));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
    }

    @Test
    void endedEventReachesTheAgentWhoWasAssignedWhenItEnded() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, AGENT, event(ConversationEvent.ENDED, null));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
    }

    @Test
    void otherAgentsAndSupervisorsGetConversationEventsOnlyThroughTheConversationTopic() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, AGENT, event(ConversationEvent.MESSAGE, null));

        assertThat(delivery.userIds()).doesNotContain("agent-2", "supervisor-1");
        assertThat(delivery.conversationTopic()).isTrue();
    }

    @Test
    void queuePositionReachesOnlyTheWaitingCustomerAndNeverTheTopic() {
        Delivery delivery = RecipientsPolicy.forQueuePosition(CUSTOMER);

        assertThat(delivery.userIds()).containsExactly(CUSTOMER);
        assertThat(delivery.conversationTopic()).isFalse();
    }

    @Test
    void noteReachesTheTargetAgentAndTheAssignedAgentButNeverTheCustomerNorTheTopic() {
        ConversationEvent note = new ConversationEvent(CONVERSATION, 5, ConversationEvent.NOTE, "n", "supervisor-1",
                "AGENT", "be gentle", null, "agent-2", "Bob", Instant.now(), null);

        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, AGENT, note);

        assertThat(delivery.userIds()).containsExactly("agent-2", AGENT).doesNotContain(CUSTOMER);
        assertThat(delivery.conversationTopic()).isFalse();
        assertThat(delivery.revokedUserIds()).isEmpty();
    }

    @Test
    void noteOfADepartmentTransferIsDeliveredToNobodyLiveNotEvenTheAgentWhoLostTheConversation() {
        ConversationEvent note = new ConversationEvent(CONVERSATION, 5, ConversationEvent.NOTE, "n", AGENT, "AGENT",
                "over to sales", null, null, null, Instant.now(), "sales");

        Delivery delivery = RecipientsPolicy.forConversationEvent(CUSTOMER, null, AGENT, note);

        assertThat(delivery.userIds()).isEmpty();
        assertThat(delivery.conversationTopic()).isFalse();
    }

    @Test
    void theAgentReplacedByAnAssignmentGetsThatEventLastAndLosesTheTopic() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(
                CUSTOMER, "agent-2", AGENT, event(ConversationEvent.ASSIGNED, "agent-2"));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, "agent-2", AGENT);
        assertThat(delivery.conversationTopic()).isTrue();
        assertThat(delivery.revokedUserIds()).containsExactly(AGENT);
    }

    @Test
    void requeuedEventReachesTheCustomerAndTheAgentWhoLostIt() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(
                CUSTOMER, null, AGENT, event(ConversationEvent.REQUEUED, null));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
        assertThat(delivery.revokedUserIds()).containsExactly(AGENT);
    }

    @Test
    void anAgentWhoStillHasTheConversationLosesNothing() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(
                CUSTOMER, AGENT, AGENT, event(ConversationEvent.ASSIGNED, AGENT));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
        assertThat(delivery.revokedUserIds()).isEmpty();
    }

    @Test
    void transferToAnotherAgentIsAnnouncedToTheCustomerAndTheAgentStillAssigned() {
        Delivery delivery = RecipientsPolicy.forConversationEvent(
                CUSTOMER, AGENT, event(ConversationEvent.TRANSFERRED, "agent-2"));

        assertThat(delivery.userIds()).containsExactly(CUSTOMER, AGENT);
        assertThat(delivery.conversationTopic()).isTrue();
        assertThat(delivery.revokedUserIds()).isEmpty();
    }

    private static ConversationEvent event(String type, String agentId) {
        return new ConversationEvent(CONVERSATION, 2, type, UUID.randomUUID().toString(), "someone", "SYSTEM", "text",
                null, agentId, agentId == null ? null : "Carol", Instant.now(), null);
    }

    @Test
    void typingGoesToTheOtherParticipantOnlyAndNeverOnTheTopic() {
        Delivery customerTypes = RecipientsPolicy.forTyping("customer", "agent", "customer");
        Delivery agentTypes = RecipientsPolicy.forTyping("customer", "agent", "agent");
        Delivery nobodyAssigned = RecipientsPolicy.forTyping("customer", null, "customer");

        assertThat(customerTypes.userIds()).containsExactly("agent");
        assertThat(agentTypes.userIds()).containsExactly("customer");
        assertThat(nobodyAssigned.userIds()).isEmpty();
        assertThat(customerTypes.conversationTopic()).isFalse();
    }
}
