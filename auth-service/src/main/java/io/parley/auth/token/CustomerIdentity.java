package io.parley.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A customer identity vouched for by the host site: {@code signature} = hex HMAC-SHA256 of the site's
 * {@code externalId} with the shared secret {@code PARLEY_IDENTITY_SECRET} (unset: the feature is off). The
 * customer's id is a name-based UUID of the external id, the same on every device and every sign-in.
 */
@Component
class CustomerIdentity {
    private static final String HMAC = "HmacSHA256";

    private final byte[] secret;

    CustomerIdentity(@Value("${parley.identity.secret:}") String secret) {
        this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return secret != null;
    }

    /** Whether the signature is right, compared in constant time; malformed hex is simply wrong. */
    boolean verifies(String externalId, String signatureHex) {
        if (!enabled() || externalId == null || signatureHex == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHex.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(sign(externalId), given);
    }

    /** The stable customer id of an external id. */
    static UUID customerId(String externalId) {
        return UUID.nameUUIDFromBytes(("parley-customer:" + externalId).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] sign(String externalId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(externalId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
