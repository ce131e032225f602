package io.parley.chat.outbox;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.CustomerDetails;
import io.parley.chat.store.RoutingChoice;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.MessageSent;

/**
 * The durable event each pending document stands for, with an event id derived from the document (and, after a
 * reopening, from its count: a reopened conversation is queued and ended anew).
 */
final class OutboxEnvelopes {

    private OutboxEnvelopes() {}

    static EventEnvelope<ConversationQueued> queued(Conversation c) {
        return new EventEnvelope<>(
                TimelineEvent.derivedKey(EventTypes.CONVERSATION_QUEUED + ":" + c.id() + TimelineEvent.reopenSuffix(c)),
                EventTypes.CONVERSATION_QUEUED,
                c.queuedAt(),
                queuedPayload(c));
    }

    /** Everything routing rules may match on: department, the customer's choice, email, platform, first message. */
    private static ConversationQueued queuedPayload(Conversation c) {
        CustomerDetails customer = c.customer() == null ? CustomerDetails.NONE : c.customer();
        RoutingChoice routing = c.routingChoice();
        return new ConversationQueued(c.id(), c.customerId(), c.department(), routing.priority(), c.queuedAt(),
                routing.skills(), customer.email(), customer.platform(), c.startText());
    }

    static EventEnvelope<ConversationEnded> ended(Conversation c) {
        return new EventEnvelope<>(
                TimelineEvent.derivedKey(EventTypes.CONVERSATION_ENDED + ":" + c.id() + TimelineEvent.reopenSuffix(c)),
                EventTypes.CONVERSATION_ENDED,
                c.endedAt(),
                new ConversationEnded(c.id(), c.customerId(), c.agentId(), c.endedBy(), c.endedAt()));
    }

    static EventEnvelope<MessageSent> messageSent(TimelineEvent e) {
        return new EventEnvelope<>(
                e.id(),
                EventTypes.MESSAGE_SENT,
                e.at(),
                new MessageSent(e.conversationId(), e.id().toString(), e.seq(), e.senderId(), e.senderRole(),
                        e.text(), e.at(), e.attachmentList()));
    }
}
