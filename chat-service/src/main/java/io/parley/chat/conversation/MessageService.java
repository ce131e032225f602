package io.parley.chat.conversation;

import io.parley.chat.store.Conversation;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.Timeline.Appended;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Sends a message into a conversation: the one way a message is stored, for REST and STOMP alike. */
@Service
public class MessageService {
    private final ConversationLookup lookup;
    private final Timeline timeline;
    private final MessageMetrics metrics;
    private final Announcer announcer;

    MessageService(ConversationLookup lookup, Timeline timeline, MessageMetrics metrics, Announcer announcer) {
        this.lookup = lookup;
        this.timeline = timeline;
        this.metrics = metrics;
        this.announcer = announcer;
    }

    /** The ack of a stored message; {@code created} is false for a resend of an already stored one. */
    public record Sent(MessageAck ack, boolean created) {}

    /**
     * Stores the caller's message (or finds it again, for a resend) and pushes it live.
     *
     * @throws ConversationNotFoundException if the caller may not see the conversation
     * @throws NotAllowedException if the caller sees it but is neither its customer nor its assigned agent
     * @throws InvalidInputException if the message breaks {@link MessageRules}
     * @throws io.parley.chat.store.ConversationEndedException if it has ended (a resend still gets its ack)
     */
    public Sent send(Caller caller, UUID conversationId, SendMessage message) {
        Conversation conversation = lookup.visible(caller, conversationId);
        if (!conversation.isParticipant(caller)) {
            throw new NotAllowedException("only the customer or the assigned agent may send");
        }
        MessageRules.check(message.clientMessageId(), message.text());
        Appended appended = store(conversation, caller, message.clientMessageId(), message.text());
        TimelineEvent stored = appended.event();
        MessageAck ack = new MessageAck(conversationId, stored.clientMessageId(), stored.id().toString(), stored.seq());
        return new Sent(ack, appended.created());
    }

    /** Stores a participant's already validated message and announces it if it is new. */
    Appended store(Conversation conversation, Caller sender, UUID clientMessageId, String text) {
        String role = sender.id().equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
        TimelineEvent draft =
                TimelineEvent.message(conversation.id(), sender.id(), role, text, clientMessageId, Instant.now());
        Appended appended = metrics.timeStore(() -> timeline.append(draft));
        if (appended.created()) {
            announcer.stored(conversation, appended.event());
        }
        return appended;
    }
}
