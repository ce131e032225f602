package io.parley.chat.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Access tokens with the claims auth-service issues, signed by a key made for this test run. */
public final class TestTokens {
    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    private TestTokens() {}

    /** Validates tokens of {@link #KEY} with the issuer check, as the kit's decoder does against the JWKS. */
    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("parley"));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String customer(String id) {
        return sign(KEY, id, List.of("GUEST"), List.of(), "Guest", Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String agent(String id, String name) {
        return sign(KEY, id, List.of("AGENT"), List.of("support"), name, Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String supervisor(String id) {
        return sign(KEY, id, List.of("ADMIN", "SUPERVISOR"), List.of("support"), "Admin",
                Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String customerUntil(String id, Instant expiresAt) {
        return sign(KEY, id, List.of("GUEST"), List.of(), "Guest", expiresAt);
    }

    /** Well-formed, but signed by a key the service does not trust. */
    public static String forged(String id) {
        return sign(OTHER_KEY, id, List.of("ADMIN"), List.of(), "Mallory", Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String newUserId() {
        return UUID.randomUUID().toString();
    }

    private static String sign(RSAKey key, String subject, List<String> roles, List<String> departments, String name,
            Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("parley")
                .subject(subject)
                .claim("roles", roles)
                .claim("departments", departments)
                .claim("name", name)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
