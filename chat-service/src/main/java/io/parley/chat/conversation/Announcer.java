package io.parley.chat.conversation;

import io.parley.chat.fanout.Fanout;
import io.parley.chat.outbox.OutboxRelay;
import io.parley.chat.store.Conversation;
import io.parley.chat.store.TimelineEvent;
import org.springframework.stereotype.Component;

/** After a write: push the new timeline event live, and wake the outbox relay for any durable event. */
@Component
class Announcer {
    private final Fanout fanout;
    private final OutboxRelay relay;

    Announcer(Fanout fanout, OutboxRelay relay) {
        this.fanout = fanout;
        this.relay = relay;
    }

    void stored(Conversation conversation, TimelineEvent event) {
        stored(conversation, event, null);
    }

    /** A new event that took the conversation away from {@code previousAgentId} (null: from nobody). */
    void stored(Conversation conversation, TimelineEvent event, String previousAgentId) {
        fanout.conversationEvent(
                conversation.customerId(), conversation.agentId(), previousAgentId, event.toContract());
        relay.wakeUp();
    }

    void lifecycleChanged() {
        relay.wakeUp();
    }
}
