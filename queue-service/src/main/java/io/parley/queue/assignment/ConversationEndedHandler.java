package io.parley.queue.assignment;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.ended}: the conversation leaves the line or frees its agent's place. */
@Component
class ConversationEndedHandler implements EventHandler<ConversationEnded> {
    private final QueueService queue;

    ConversationEndedHandler(QueueService queue) {
        this.queue = queue;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ENDED;
    }

    @Override
    public void handle(UUID eventId, ConversationEnded ended) {
        Require.present(ended.conversationId(), "conversationId", eventId);
        Require.present(ended.customerId(), "customerId", eventId);
        queue.end(ended);
    }
}
