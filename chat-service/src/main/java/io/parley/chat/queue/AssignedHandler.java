package io.parley.chat.queue;

import io.parley.chat.conversation.ConversationService;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.assigned}: the agent joins the conversation. */
@Component
class AssignedHandler implements EventHandler<ConversationAssigned> {
    private final ConversationService conversations;

    AssignedHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ASSIGNED;
    }

    @Override
    public void handle(UUID eventId, ConversationAssigned payload) {
        conversations.assign(eventId, payload);
    }
}
