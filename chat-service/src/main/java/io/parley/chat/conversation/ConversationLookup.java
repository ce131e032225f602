package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.Conversations;
import io.parley.kit.security.Caller;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds a conversation the caller may see, or answers "not found" whether it is missing or hidden. */
@Component
class ConversationLookup {
    private final Conversations conversations;

    ConversationLookup(Conversations conversations) {
        this.conversations = conversations;
    }

    Conversation visible(Caller caller, UUID id) {
        return conversations.find(id)
                .filter(conversation -> conversation.visibleTo(caller))
                .orElseThrow(ConversationNotFoundException::new);
    }
}
