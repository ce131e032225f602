package io.parley.auth.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code signing_keys} table. {@link #activeKey()} returns the active key, creating one when there is
 * none; when several instances start together, the unique index on the active flag lets exactly one insert
 * win and everyone reads the winner.
 */
public class SigningKeyStore {
    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final JdbcClient jdbc;

    public SigningKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SigningKey activeKey() {
        return findActive().orElseGet(() -> {
            SigningKey created = SigningKey.generate();
            int inserted = jdbc.sql("""
                            insert into signing_keys (kid, algorithm, private_key, public_key, active)
                            values (?, ?, ?, ?, true) on conflict do nothing""")
                    .params(created.kid(), SigningKey.ALGORITHM, encode(created.privateKey().getEncoded()),
                            encode(created.publicKey().getEncoded()))
                    .update();
            if (inserted == 1) {
                log.info("created signing key {}", created.kid());
            }
            return findActive().orElseThrow(() -> new IllegalStateException("no active signing key"));
        });
    }

    private Optional<SigningKey> findActive() {
        return jdbc.sql("select private_key, public_key from signing_keys where active")
                .query((rs, i) -> decode(rs.getString("public_key"), rs.getString("private_key")))
                .optional();
    }

    private static SigningKey decode(String publicKey, String privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            return SigningKey.of(
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(publicKey))),
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(privateKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key cannot be read", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
