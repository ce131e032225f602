package io.parley.testsupport;

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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Access tokens with the claims auth-service issues (RS256; {@code iss}, {@code sub}, {@code roles},
 * {@code departments}, {@code name}, {@code iat}, {@code exp}, {@code jti}), signed by an RSA key generated for
 * this test run. A service under test trusts them once its context imports {@link Decoder}, or uses
 * {@link #decoder()}; {@link #forged} signs with another key, which nothing trusts.
 */
public final class TestTokens {
    /** The issuer auth-service writes and every service checks. */
    public static final String ISSUER = "parley";
    /** How long a token is valid when no expiry is given (auth-service's default access token lifetime). */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final RSAKey KEY = generate();
    private static final RSAKey UNTRUSTED_KEY = generate();

    private TestTokens() {}

    /** A token of this run's key, valid for {@link #LIFETIME} from now. */
    public static String token(String subject, List<String> roles, List<String> departments, String name) {
        return token(subject, roles, departments, name, Instant.now().plus(LIFETIME));
    }

    /** A token of this run's key that expires at {@code expiresAt} (in the past for an expired token). */
    public static String token(
            String subject, List<String> roles, List<String> departments, String name, Instant expiresAt) {
        return sign(KEY, subject, roles, departments, name, expiresAt);
    }

    /** A guest customer (role {@code GUEST}, no departments, named "Guest"). */
    public static String customer(String id) {
        return customerUntil(id, Instant.now().plus(LIFETIME));
    }

    /** A guest customer's token that expires at {@code expiresAt}. */
    public static String customerUntil(String id, Instant expiresAt) {
        return token(id, List.of("GUEST"), List.of(), "Guest", expiresAt);
    }

    /** An agent of the {@code support} department. */
    public static String agent(String id, String name) {
        return token(id, List.of("AGENT"), List.of("support"), name);
    }

    /** An admin and supervisor of the {@code support} department, named "Admin". */
    public static String supervisor(String id) {
        return token(id, List.of("ADMIN", "SUPERVISOR"), List.of("support"), "Admin");
    }

    /** Well-formed and with the right issuer, but signed by a key no service trusts. */
    public static String forged(String id) {
        return sign(UNTRUSTED_KEY, id, List.of("ADMIN"), List.of(), "Mallory", Instant.now().plus(LIFETIME));
    }

    /** A fresh user id, as auth-service makes them. */
    public static String newUserId() {
        return UUID.randomUUID().toString();
    }

    /** Validates tokens of this run's key with the issuer check, as the kit's decoder does against the JWKS. */
    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes {@link #decoder()} the context's primary {@link JwtDecoder} (instead of the kit's JWKS one). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {
        @Bean
        @Primary
        JwtDecoder testJwtDecoder() {
            return decoder();
        }
    }

    private static String sign(RSAKey key, String subject, List<String> roles, List<String> departments, String name,
            Instant expiresAt) {
        Instant now = Instant.now();
        Instant issuedAt = expiresAt.minus(LIFETIME).isBefore(now) ? expiresAt.minus(LIFETIME) : now;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim("roles", roles)
                .claim("departments", departments)
                .claim("name", name)
                .issueTime(Date.from(issuedAt))
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
