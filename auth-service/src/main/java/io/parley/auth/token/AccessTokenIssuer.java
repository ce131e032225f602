package io.parley.auth.token;

import io.parley.auth.account.Account;
import io.parley.auth.signing.SigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens: {@code iss}, {@code sub} (account id), {@code roles}, {@code departments} (staff only),
 * {@code name}, {@code iat}, {@code exp}, {@code jti}, with the key id in the header.
 */
@Component
class AccessTokenIssuer {
    private final JwtEncoder encoder;
    private final String kid;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;

    AccessTokenIssuer(
            JwtEncoder encoder,
            SigningKey key,
            @Value("${parley.jwt.issuer:parley}") String issuer,
            TokenProperties properties,
            Clock clock) {
        this.encoder = encoder;
        this.kid = key.kid();
        this.issuer = issuer;
        this.ttl = properties.accessTtl();
        this.clock = clock;
    }

    AccessToken issue(Account account) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(account.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("roles", account.roles())
                .claim("name", account.displayName());
        if (account.isStaff()) {
            claims.claim("departments", account.departments());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(kid).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new AccessToken(value, ttl.toSeconds());
    }

    /** A signed access token and how many seconds it lives. */
    record AccessToken(String value, long expiresIn) {}
}
