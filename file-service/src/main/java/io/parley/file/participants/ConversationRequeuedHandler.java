package io.parley.file.participants;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.requeued}: the agent no longer takes part; it waits again. */
@Component
class ConversationRequeuedHandler implements EventHandler<ConversationRequeued> {
    private final Participations participations;

    ConversationRequeuedHandler(Participations participations) {
        this.participations = participations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_REQUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationRequeued event) {
        participations.unassigned(event.conversationId(), event.customerId(), event.at());
    }
}
