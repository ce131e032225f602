package io.parley.analytics.metrics;

import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code message.sent} events into the conversation metrics. */
@Component
class MessageSentHandler implements EventHandler<MessageSent> {
    private final ConversationMetrics metrics;

    MessageSentHandler(ConversationMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.MESSAGE_SENT;
    }

    @Override
    public void handle(UUID eventId, MessageSent payload) {
        metrics.messageSent(payload);
    }
}
