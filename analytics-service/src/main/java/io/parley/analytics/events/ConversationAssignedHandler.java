package io.parley.analytics.events;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.EventTypes;
import io.parley.analytics.metrics.ConversationMetrics;
import io.parley.analytics.search.SearchIngest;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code conversation.assigned} events into the search index, then the conversation metrics
 * (a failed index write makes the event retry before anything is counted).
 */
@Component
class ConversationAssignedHandler implements EventHandler<ConversationAssigned> {
    private final SearchIngest search;
    private final ConversationMetrics metrics;

    ConversationAssignedHandler(SearchIngest search, ConversationMetrics metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ASSIGNED;
    }

    @Override
    public void handle(UUID eventId, ConversationAssigned payload) {
        search.agentJoined(payload.conversationId(), payload.agentId());
        metrics.conversationAssigned(payload);
    }
}
