package io.parley.queue.assignment;

import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.queued}: the conversation joins the line. */
@Component
class ConversationQueuedHandler implements EventHandler<ConversationQueued> {
    private final QueueService queue;

    ConversationQueuedHandler(QueueService queue) {
        this.queue = queue;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_QUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationQueued queued) {
        Require.present(queued.conversationId(), "conversationId", eventId);
        Require.present(queued.customerId(), "customerId", eventId);
        queue.enqueue(queued);
    }
}
