package io.parley.chat.queue;

import io.parley.chat.conversation.RoutingService;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.assigned}: the agent joins the conversation (or replaces the agent who had it). */
@Component
class AssignedHandler implements EventHandler<ConversationAssigned> {
    private final RoutingService routing;

    AssignedHandler(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ASSIGNED;
    }

    @Override
    public void handle(UUID eventId, ConversationAssigned payload) {
        routing.assign(eventId, payload);
    }
}
