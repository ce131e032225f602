package io.parley.auth.token;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes refresh tokens a day after they expired, hourly (harmless when several instances do it). */
@Component
class ExpiredRefreshTokenPurge {
    private static final Logger log = LoggerFactory.getLogger(ExpiredRefreshTokenPurge.class);

    private final RefreshTokenRepository tokens;
    private final Clock clock;

    ExpiredRefreshTokenPurge(RefreshTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void purge() {
        try {
            int deleted = tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
            log.debug("purged {} expired refresh tokens", deleted);
        } catch (RuntimeException e) {
            log.warn("refresh token purge failed: {}", e.getMessage());
        }
    }
}
