package io.parley.analytics.metrics;

import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code conversation.requeued} events into the routing metrics. */
@Component
class ConversationRequeuedHandler implements EventHandler<ConversationRequeued> {
    private final RoutingMetrics metrics;

    ConversationRequeuedHandler(RoutingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_REQUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationRequeued payload) {
        metrics.conversationRequeued(payload);
    }
}
