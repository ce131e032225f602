package io.parley.auth.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code parley.tokens.*}: how long access tokens and refresh tokens live. */
@ConfigurationProperties("parley.tokens")
record TokenProperties(Duration accessTtl, Duration refreshTtl) {

    TokenProperties {
        accessTtl = accessTtl == null ? Duration.ofMinutes(15) : accessTtl;
        refreshTtl = refreshTtl == null ? Duration.ofDays(30) : refreshTtl;
    }
}
