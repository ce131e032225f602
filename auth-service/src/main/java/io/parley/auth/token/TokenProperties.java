package io.parley.auth.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code parley.tokens.*}: how long access tokens and refresh tokens live. */
@ConfigurationProperties("parley.tokens")
record TokenProperties(Duration accessTtl, Duration refreshTtl) {

    TokenProperties {
        accessTtl = accessTtl == null ? Duration.ofMinutes(15) : accessTtl;
        refreshTtl = refreshTtl == null ? Duration.ofDays(30) : refreshTtl;
        requirePositive("parley.tokens.access-ttl (PARLEY_ACCESS_TOKEN_TTL)", accessTtl);
        requirePositive("parley.tokens.refresh-ttl (PARLEY_REFRESH_TOKEN_TTL)", refreshTtl);
    }

    private static void requirePositive(String name, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + ttl);
        }
    }
}
