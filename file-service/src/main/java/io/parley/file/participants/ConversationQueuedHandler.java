package io.parley.file.participants;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.ConversationQueued;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.queued}: the customer's conversation waits (also after a reopen). */
@Component
class ConversationQueuedHandler implements EventHandler<ConversationQueued> {
    private final Participations participations;

    ConversationQueuedHandler(Participations participations) {
        this.participations = participations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_QUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationQueued event) {
        participations.queued(event.conversationId(), event.customerId(), event.queuedAt());
    }
}
