package io.parley.file.participants;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code conversation.transferred}: to a department the conversation waits without an agent; to an agent, a
 * {@code conversation.assigned} follows.
 */
@Component
class ConversationTransferredHandler implements EventHandler<ConversationTransferred> {
    private final Participations participations;

    ConversationTransferredHandler(Participations participations) {
        this.participations = participations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_TRANSFERRED;
    }

    @Override
    public void handle(UUID eventId, ConversationTransferred event) {
        if (event.toAgentId() != null) {
            participations.assigned(event.conversationId(), event.customerId(), event.toAgentId(), event.at());
        } else {
            participations.unassigned(event.conversationId(), event.customerId(), event.at());
        }
    }
}
