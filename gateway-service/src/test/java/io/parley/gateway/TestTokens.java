package io.parley.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens with the claims auth-service issues, signed with a key made for this run; {@link #jwks()} is
 * the JWK set the test auth backend serves. {@link #forged} signs with another key.
 */
public final class TestTokens {
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {}

    public static String jwks() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test-key").build()).toString();
    }

    public static String token(String subject) {
        return sign(KEYS, subject, "parley", Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String expired(String subject) {
        return sign(KEYS, subject, "parley", Instant.now().minus(Duration.ofMinutes(5)));
    }

    public static String withIssuer(String subject, String issuer) {
        return sign(KEYS, subject, issuer, Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String forged(String subject) {
        return sign(OTHER_KEYS, subject, "parley", Instant.now().plus(Duration.ofMinutes(15)));
    }

    private static String sign(KeyPair keys, String subject, String issuer, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("roles", List.of("CUSTOMER"))
                .claim("name", "Test User")
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
