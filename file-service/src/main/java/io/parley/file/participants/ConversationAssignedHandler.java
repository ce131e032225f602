package io.parley.file.participants;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.assigned}: the agent takes part (replacing the one who had it). */
@Component
class ConversationAssignedHandler implements EventHandler<ConversationAssigned> {
    private final Participations participations;

    ConversationAssignedHandler(Participations participations) {
        this.participations = participations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ASSIGNED;
    }

    @Override
    public void handle(UUID eventId, ConversationAssigned event) {
        participations.assigned(event.conversationId(), event.customerId(), event.agentId(), event.assignedAt());
    }
}
