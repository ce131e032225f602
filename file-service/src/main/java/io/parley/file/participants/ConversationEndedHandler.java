package io.parley.file.participants;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.ConversationEnded;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.ended}: no more uploads; participants may still read. */
@Component
class ConversationEndedHandler implements EventHandler<ConversationEnded> {
    private final Participations participations;

    ConversationEndedHandler(Participations participations) {
        this.participations = participations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ENDED;
    }

    @Override
    public void handle(UUID eventId, ConversationEnded event) {
        participations.ended(event.conversationId(), event.customerId(), event.endedAt());
    }
}
