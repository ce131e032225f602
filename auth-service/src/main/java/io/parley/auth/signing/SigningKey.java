package io.parley.auth.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** An RS256 signing key pair with its key id (the RFC 7638 thumbprint of the public key). */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    static final String ALGORITHM = "RS256";

    /** A new 2048-bit key pair. */
    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return of((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    static SigningKey of(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        try {
            String kid = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
            return new SigningKey(kid, publicKey, privateKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key thumbprint", e);
        }
    }

    /** The key pair as a JWK (private half included: for signing only, never published). */
    public RSAKey jwk() {
        return new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }

    /** The public half as a JWK, as the JWKS lists it. */
    public RSAKey publicJwk() {
        return jwk().toPublicJWK();
    }
}
