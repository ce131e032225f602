package io.parley.chat.queue;

import io.parley.chat.conversation.RoutingService;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code conversation.requeued}: the conversation waits again, first in its lane, without an agent. */
@Component
class RequeuedHandler implements EventHandler<ConversationRequeued> {
    private final RoutingService routing;

    RequeuedHandler(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_REQUEUED;
    }

    @Override
    public void handle(UUID eventId, ConversationRequeued payload) {
        routing.requeue(eventId, payload);
    }
}
