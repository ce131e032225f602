package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.auth.token.RefreshToken.Verdict;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static RefreshToken token(Instant expiresAt, boolean rotated, boolean revoked) {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), expiresAt, rotated, revoked);
    }

    @Test
    void anUnusedUnexpiredTokenIsUsable() {
        assertThat(token(NOW.plusSeconds(1), false, false).verdict(NOW)).isEqualTo(Verdict.USABLE);
    }

    @Test
    void aRotatedTokenPresentedAgainIsAReuse() {
        assertThat(token(NOW.plusSeconds(3600), true, false).verdict(NOW)).isEqualTo(Verdict.REUSED);
    }

    @Test
    void aRotatedTokenIsAReuseEvenAfterItExpired() {
        assertThat(token(NOW.minusSeconds(1), true, false).verdict(NOW)).isEqualTo(Verdict.REUSED);
    }

    @Test
    void aRevokedFamilyStaysRevokedWithoutAnotherReuseAlarm() {
        assertThat(token(NOW.plusSeconds(3600), true, true).verdict(NOW)).isEqualTo(Verdict.REVOKED);
        assertThat(token(NOW.plusSeconds(3600), false, true).verdict(NOW)).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void aTokenIsExpiredFromItsExpiryInstantOn() {
        assertThat(token(NOW, false, false).verdict(NOW)).isEqualTo(Verdict.EXPIRED);
        assertThat(token(NOW.minusSeconds(1), false, false).verdict(NOW)).isEqualTo(Verdict.EXPIRED);
    }
}
