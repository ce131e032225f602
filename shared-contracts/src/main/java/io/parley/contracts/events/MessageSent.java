package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A message was stored in a conversation at position {@code seq}. */
public record MessageSent(
        UUID conversationId, String messageId, long seq, String senderId, String senderRole, String text, Instant sentAt) {}
