package io.parley.analytics.events;

import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventTypes;
import io.parley.analytics.metrics.ConversationMetrics;
import io.parley.analytics.search.SearchIngest;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code conversation.queued} events into the search index, then the conversation metrics
 * (a failed index write makes the event retry before anything is counted).
 */
@Component
class ConversationQueuedHandler implements EventHandler<ConversationQueued> {
    private final SearchIngest search;
    private final ConversationMetrics metrics;

    ConversationQueuedHandler(SearchIngest search, ConversationMetrics metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_QUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationQueued payload) {
        search.customerJoined(payload.conversationId(), payload.customerId());
        metrics.conversationQueued(payload);
    }
}
