package io.parley.contracts.stomp;

import java.util.UUID;

/** Sent to the sending socket only after the message is stored; a resend gets the same ack. */
public record MessageAck(UUID conversationId, UUID clientMessageId, String messageId, long seq) {}
