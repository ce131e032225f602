package io.parley.queue.assignment;

import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.MessageSent;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code message.sent}: a message of the assigned agent counts as a reply (auto-requeue waits for one). */
@Component
class MessageSentHandler implements EventHandler<MessageSent> {
    private final QueueService queue;

    MessageSentHandler(QueueService queue) {
        this.queue = queue;
    }

    @Override
    public String type() {
        return EventTypes.MESSAGE_SENT;
    }

    @Override
    public void handle(UUID eventId, MessageSent sent) {
        Require.present(sent.conversationId(), "conversationId", eventId);
        if (sent.senderId() == null || "CUSTOMER".equals(sent.senderRole()) || "GUEST".equals(sent.senderRole())) {
            return;
        }
        queue.messageSent(sent);
    }
}
