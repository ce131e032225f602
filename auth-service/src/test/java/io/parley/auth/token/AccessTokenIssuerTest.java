package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.parley.auth.account.Account;
import io.parley.auth.signing.SigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class AccessTokenIssuerTest {
    private static final SigningKey KEY = SigningKey.generate();
    private static final Account AGENT = new Account(UUID.randomUUID(), Account.Kind.STAFF, "a@x.test", "hash",
            "Alice Martin", List.of("AGENT"), List.of("sales"), false);
    private static final Account GUEST = new Account(
            UUID.randomUUID(), Account.Kind.GUEST, null, null, "Zoe", List.of("GUEST"), List.of(), false);

    private static AccessTokenIssuer issuer(SigningKey key, String iss, Clock clock) {
        return new AccessTokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.jwk()))), key, iss,
                new TokenProperties(Duration.ofMinutes(15), Duration.ofDays(30)), clock);
    }

    private static NimbusJwtDecoder decoder(SigningKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer("parley")));
        return decoder;
    }

    @Test
    void aStaffTokenCarriesIdentityRolesDepartmentsAndKeyId() {
        AccessTokenIssuer.AccessToken token = issuer(KEY, "parley", Clock.systemUTC()).issue(AGENT);

        Jwt jwt = decoder(KEY).decode(token.value());

        assertThat(token.expiresIn()).isEqualTo(900);
        assertThat(jwt.getHeaders()).containsEntry("kid", KEY.kid()).containsEntry("alg", "RS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("parley");
        assertThat(jwt.getSubject()).isEqualTo(AGENT.id().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        assertThat(jwt.getClaimAsStringList("departments")).containsExactly("sales");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Alice Martin");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aGuestTokenHasTheGuestRoleAndNoDepartments() {
        Jwt jwt = decoder(KEY).decode(issuer(KEY, "parley", Clock.systemUTC()).issue(GUEST).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("GUEST");
        assertThat(jwt.hasClaim("departments")).isFalse();
    }

    @Test
    void everyTokenHasItsOwnId() {
        AccessTokenIssuer issuer = issuer(KEY, "parley", Clock.systemUTC());
        NimbusJwtDecoder decoder = decoder(KEY);

        assertThat(decoder.decode(issuer.issue(GUEST).value()).getId())
                .isNotEqualTo(decoder.decode(issuer.issue(GUEST).value()).getId());
    }

    @Test
    void anExpiredTokenIsRejected() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String token = issuer(KEY, "parley", anHourAgo).issue(AGENT).value();

        assertThatThrownBy(() -> decoder(KEY).decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        String token = issuer(SigningKey.generate(), "parley", Clock.systemUTC()).issue(AGENT).value();

        assertThatThrownBy(() -> decoder(KEY).decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        String token = issuer(KEY, "someone-else", Clock.systemUTC()).issue(AGENT).value();

        assertThatThrownBy(() -> decoder(KEY).decode(token)).isInstanceOf(JwtException.class);
    }
}
