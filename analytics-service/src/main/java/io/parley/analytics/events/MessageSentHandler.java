package io.parley.analytics.events;

import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.EventTypes;
import io.parley.analytics.metrics.ConversationMetrics;
import io.parley.analytics.search.SearchIngest;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code message.sent} events into the search index, then the conversation metrics
 * (a failed index write makes the event retry before anything is counted).
 */
@Component
class MessageSentHandler implements EventHandler<MessageSent> {
    private final SearchIngest search;
    private final ConversationMetrics metrics;

    MessageSentHandler(SearchIngest search, ConversationMetrics metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.MESSAGE_SENT;
    }

    @Override
    public void handle(UUID eventId, MessageSent payload) {
        search.messageSent(payload);
        metrics.messageSent(payload);
    }
}
