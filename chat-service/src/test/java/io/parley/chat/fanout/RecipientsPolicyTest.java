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

    private static ConversationEvent event(String type, String agentId) {
        return new ConversationEvent(CONVERSATION, 2, type, UUID.randomUUID().toString(), "someone", "SYSTEM", "text",
                null, agentId, agentId == null ? null : "Carol", Instant.now());
    }
}
