package io.parley.auth.token;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token (its hash is the lookup key, never kept here) and the rules for using it. */
record RefreshToken(UUID id, UUID familyId, UUID accountId, Instant expiresAt, boolean rotated, boolean revoked) {

    /** What presenting this token at {@code now} means. */
    Verdict verdict(Instant now) {
        if (revoked) {
            return Verdict.REVOKED;
        }
        if (rotated) {
            return Verdict.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Verdict.EXPIRED;
        }
        return Verdict.USABLE;
    }

    enum Verdict {
        /** May be exchanged once for a new pair. */
        USABLE,
        /** Already exchanged: someone replays it, so the whole family must be revoked. */
        REUSED,
        /** Logged out, or its family was revoked after a reuse. */
        REVOKED,
        EXPIRED
    }
}
