package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message was stored in a conversation at position {@code seq}. */
public record MessageSent(
        UUID conversationId,
        String messageId,
        long seq,
        String senderId,
        String senderRole,
        String text,
        Instant sentAt,
        List<io.parley.contracts.stomp.Attachment> attachments) {

    public MessageSent(
            UUID conversationId, String messageId, long seq, String senderId, String senderRole, String text, Instant sentAt) {
        this(conversationId, messageId, seq, senderId, senderRole, text, sentAt, List.of());
    }
}
