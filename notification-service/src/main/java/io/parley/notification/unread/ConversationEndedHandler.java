package io.parley.notification.unread;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Passes {@code conversation.ended} to {@link UnreadReplies} (once per event id: the kit's JDBC guard). */
@Component
class ConversationEndedHandler implements EventHandler<ConversationEnded> {
    private final UnreadReplies unread;

    ConversationEndedHandler(UnreadReplies unread) {
        this.unread = unread;
    }

    @Override
    public String type() {
        return EventTypes.CONVERSATION_ENDED;
    }

    @Override
    public void handle(UUID eventId, ConversationEnded payload) {
        unread.conversationEnded(payload);
    }
}
