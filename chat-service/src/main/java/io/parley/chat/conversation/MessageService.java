package io.parley.chat.conversation;

import io.parley.chat.files.FileCatalog;
import io.parley.chat.store.Conversation;
import io.parley.chat.store.Timeline;
import io.parley.chat.store.Timeline.Appended;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.Attachment;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.kit.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Sends a message into a conversation: the one way a message is stored, for REST and STOMP alike. */
@Service
public class MessageService {
    private final ConversationLookup lookup;
    private final Timeline timeline;
    private final MessageMetrics metrics;
    private final Announcer announcer;
    private final FileCatalog files;

    MessageService(ConversationLookup lookup, Timeline timeline, MessageMetrics metrics, Announcer announcer,
            FileCatalog files) {
        this.lookup = lookup;
        this.timeline = timeline;
        this.metrics = metrics;
        this.announcer = announcer;
        this.files = files;
    }

    /** The ack of a stored message; {@code created} is false for a resend of an already stored one. */
    public record Sent(MessageAck ack, boolean created) {}

    /**
     * Stores the caller's message (or finds it again, for a resend) and pushes it live. Attached files are checked
     * with file-service as the caller ({@code accessToken}); a resend of a stored message is answered without
     * asking file-service again.
     *
     * @throws ConversationNotFoundException if the caller may not see the conversation
     * @throws NotAllowedException if the caller sees it but is neither its customer nor its assigned agent
     * @throws InvalidInputException if the message breaks {@link MessageRules}
     * @throws io.parley.chat.files.AttachmentNotFoundException if a file may not be attached
     * @throws io.parley.chat.files.FilesUnavailableException if file-service could not be asked
     * @throws io.parley.chat.store.ConversationEndedException if it has ended (a resend still gets its ack)
     */
    public Sent send(Caller caller, UUID conversationId, SendMessage message, String accessToken) {
        Conversation conversation = lookup.visible(caller, conversationId);
        if (!conversation.isParticipant(caller)) {
            throw new NotAllowedException("only the customer or the assigned agent may send");
        }
        List<UUID> fileIds = message.attachments() == null ? List.of() : message.attachments();
        MessageRules.check(message.clientMessageId(), message.text(), fileIds);
        Optional<TimelineEvent> resent = timeline.find(conversationId, message.clientMessageId());
        if (resent.isPresent()) {
            return new Sent(ack(resent.get()), false);
        }
        List<Attachment> attachments = fileIds.isEmpty()
                ? List.of()
                : files.attachable(fileIds, conversationId, caller.id(), accessToken);
        String text = message.text() == null || message.text().isBlank() ? "" : message.text();
        Appended appended = store(conversation, caller, message.clientMessageId(), text, attachments);
        return new Sent(ack(appended.event()), appended.created());
    }

    /** Stores a participant's already validated message and announces it if it is new. */
    Appended store(Conversation conversation, Caller sender, UUID clientMessageId, String text) {
        return store(conversation, sender, clientMessageId, text, List.of());
    }

    private Appended store(Conversation conversation, Caller sender, UUID clientMessageId, String text,
            List<Attachment> attachments) {
        String role = sender.id().equals(conversation.customerId()) ? TimelineEvent.CUSTOMER : TimelineEvent.AGENT;
        TimelineEvent draft = TimelineEvent.message(
                conversation.id(), sender.id(), role, text, clientMessageId, attachments, Instant.now());
        Appended appended = metrics.timeStore(() -> timeline.append(draft));
        if (appended.created()) {
            announcer.stored(conversation, appended.event());
        }
        return appended;
    }

    private static MessageAck ack(TimelineEvent stored) {
        return new MessageAck(stored.conversationId(), stored.clientMessageId(), stored.id().toString(), stored.seq());
    }
}
