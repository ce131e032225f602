package io.parley.contracts.stomp;

import java.util.List;
import java.util.UUID;

/**
 * A client's message; {@code clientMessageId} makes a resend idempotent within the conversation. Text may be
 * empty when there are attachments (file ids from file-service, at most {@link #MAX_ATTACHMENTS}).
 */
public record SendMessage(UUID clientMessageId, String text, List<UUID> attachments) {
    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_ATTACHMENTS = 5;

    public SendMessage(UUID clientMessageId, String text) {
        this(clientMessageId, text, List.of());
    }
}
