package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenPropertiesTest {

    @Test
    void missingLifetimesFallBackToFifteenMinutesAndThirtyDays() {
        TokenProperties properties = new TokenProperties(null, null);

        assertThat(properties.accessTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.refreshTtl()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aNegativeOrZeroLifetimeIsRefusedAtStartup() {
        assertThatThrownBy(() -> new TokenProperties(Duration.ofMinutes(-5), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARLEY_ACCESS_TOKEN_TTL");
        assertThatThrownBy(() -> new TokenProperties(null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARLEY_REFRESH_TOKEN_TTL");
    }
}
