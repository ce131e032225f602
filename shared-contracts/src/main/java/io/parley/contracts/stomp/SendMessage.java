package io.parley.contracts.stomp;

import java.util.UUID;

/** A client's message; {@code clientMessageId} makes a resend idempotent within the conversation. */
public record SendMessage(UUID clientMessageId, String text) {
    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 4000;
}
