package io.parley.analytics.metrics;

import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code conversation.transferred} events into the routing metrics. */
@Component
class ConversationTransferredHandler implements EventHandler<ConversationTransferred> {
    private final RoutingMetrics metrics;

    ConversationTransferredHandler(RoutingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_TRANSFERRED;
    }

    @Override
    public void handle(UUID eventId, ConversationTransferred payload) {
        metrics.conversationTransferred(payload);
    }
}
