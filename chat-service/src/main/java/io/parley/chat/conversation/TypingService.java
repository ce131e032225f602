package io.parley.chat.conversation;

import io.parley.chat.fanout.Fanout;
import io.parley.chat.store.Conversation;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.TypingUpdate;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Typing indicators: the customer or the assigned agent is (or stopped) typing. Never stored; pushed live to the
 * other participant only (over the Redis fan-out, so on any instance). Throttling is per socket and done by the
 * STOMP layer before this is called. In an ended conversation nothing is sent.
 */
@Service
public class TypingService {
    private final ConversationLookup lookup;
    private final Fanout fanout;

    TypingService(ConversationLookup lookup, Fanout fanout) {
        this.lookup = lookup;
        this.fanout = fanout;
    }

    /**
     * @throws ConversationNotFoundException if the caller may not see the conversation
     * @throws NotAllowedException if the caller is neither its customer nor its assigned agent
     */
    public void typing(Caller caller, UUID conversationId, boolean typing) {
        Conversation conversation = lookup.visible(caller, conversationId);
        if (!conversation.isParticipant(caller)) {
            throw new NotAllowedException("only the customer or the assigned agent may send typing");
        }
        if (conversation.isEnded()) {
            return;
        }
        String role = caller.id().equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
        TypingUpdate update = new TypingUpdate(conversationId, caller.id(), role, typing, Instant.now());
        fanout.typing(conversation.customerId(), conversation.agentId(), update);
    }
}
