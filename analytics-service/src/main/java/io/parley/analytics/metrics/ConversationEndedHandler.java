package io.parley.analytics.metrics;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code conversation.ended} events into the conversation metrics. */
@Component
class ConversationEndedHandler implements EventHandler<ConversationEnded> {
    private final ConversationMetrics metrics;

    ConversationEndedHandler(ConversationMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ENDED;
    }

    @Override
    public void handle(UUID eventId, ConversationEnded payload) {
        metrics.conversationEnded(payload);
    }
}
