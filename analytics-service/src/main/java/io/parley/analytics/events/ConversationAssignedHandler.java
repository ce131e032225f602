package io.parley.analytics.metrics;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code conversation.assigned} events into the conversation metrics. */
@Component
class ConversationAssignedHandler implements EventHandler<ConversationAssigned> {
    private final ConversationMetrics metrics;

    ConversationAssignedHandler(ConversationMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ASSIGNED;
    }

    @Override
    public void handle(UUID eventId, ConversationAssigned payload) {
        metrics.conversationAssigned(payload);
    }
}
