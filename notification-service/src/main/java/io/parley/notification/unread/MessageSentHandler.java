package io.parley.notification.unread;

import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Passes {@code message.sent} to {@link UnreadReplies} (once per event id: the kit's JDBC guard). */
@Component
class MessageSentHandler implements EventHandler<MessageSent> {
    private final UnreadReplies unread;

    MessageSentHandler(UnreadReplies unread) {
        this.unread = unread;
    }

    @Override
    public String type() {
        return EventTypes.MESSAGE_SENT;
    }

    @Override
    public void handle(UUID eventId, MessageSent payload) {
        unread.messageSent(payload);
    }
}
