package io.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.BadJwtException;

class TestTokensTest {
    private final JwtDecoder decoder = TestTokens.decoder();

    @Test
    void aTokenCarriesTheClaimsAuthServiceIssues() {
        Jwt jwt = decoder.decode(TestTokens.token("u-1", List.of("AGENT"), List.of("sales"), "Alice"));

        assertThat(jwt.getSubject()).isEqualTo("u-1");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("parley");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        assertThat(jwt.getClaimAsStringList("departments")).containsExactly("sales");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Alice");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getIssuedAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(TestTokens.LIFETIME);
    }

    @Test
    void theShortcutsNameTheRolesTheyStandFor() {
        assertThat(decoder.decode(TestTokens.customer("c")).getClaimAsStringList("roles")).containsExactly("GUEST");
        assertThat(decoder.decode(TestTokens.agent("a", "Carol")).getClaimAsStringList("departments"))
                .containsExactly("support");
        assertThat(decoder.decode(TestTokens.supervisor("s")).getClaimAsStringList("roles"))
                .containsExactly("ADMIN", "SUPERVISOR");
    }

    @Test
    void anExpiredTokenIsRejected() {
        String expired = TestTokens.token("u-2", List.of("AGENT"), List.of(), "Bob", Instant.now().minusSeconds(300));

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenThatExpiresLaterIsNeverIssuedInTheFuture() {
        Jwt jwt = decoder.decode(TestTokens.customerUntil("c", Instant.now().plus(Duration.ofHours(2))));

        assertThat(jwt.getIssuedAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aForgedTokenIsRejected() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.forged("m"))).isInstanceOf(BadJwtException.class);
    }
}
