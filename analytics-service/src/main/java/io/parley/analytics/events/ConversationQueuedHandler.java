package io.parley.analytics.metrics;

import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code conversation.queued} events into the conversation metrics. */
@Component
class ConversationQueuedHandler implements EventHandler<ConversationQueued> {
    private final ConversationMetrics metrics;

    ConversationQueuedHandler(ConversationMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_QUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationQueued payload) {
        metrics.conversationQueued(payload);
    }
}
