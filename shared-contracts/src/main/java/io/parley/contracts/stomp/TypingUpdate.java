package io.parley.contracts.stomp;

import java.time.Instant;
import java.util.UUID;

/** Someone is (or stopped) typing in a conversation; never stored, hidden by clients after {@code expiresInMs}. */
public record TypingUpdate(
        String type, UUID conversationId, String userId, String role, boolean typing, Instant at, long expiresInMs) {
    public static final String TYPE = "TYPING";
    public static final long EXPIRES_IN_MS = 6000;

    public TypingUpdate(UUID conversationId, String userId, String role, boolean typing, Instant at) {
        this(TYPE, conversationId, userId, role, typing, at, EXPIRES_IN_MS);
    }
}
