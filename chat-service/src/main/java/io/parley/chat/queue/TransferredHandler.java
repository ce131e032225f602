package io.parley.chat.queue;

import io.parley.chat.conversation.RoutingService;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code conversation.transferred}: the timeline says so (with the staff-only note); a transfer to a department
 * puts the conversation back in line there.
 */
@Component
class TransferredHandler implements EventHandler<ConversationTransferred> {
    private final RoutingService routing;

    TransferredHandler(RoutingService routing) {
        this.routing = routing;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_TRANSFERRED;
    }

    @Override
    public void handle(UUID eventId, ConversationTransferred payload) {
        routing.transfer(eventId, payload);
    }
}
