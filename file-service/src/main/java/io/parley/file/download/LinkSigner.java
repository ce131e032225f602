package io.parley.file.download;

import io.parley.file.files.Variant;
import io.parley.file.platform.FilesProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Makes and checks download links {@code <public base>/files/{id}/{variant}?expires=<epoch s>&sig=<sig>}, where
 * {@code sig} is the unpadded base64url HMAC-SHA256 of {@code {id}/{variant}/{expires}} with
 * {@code parley.files.signing-key} (a random key per start when unset: links then work on this instance only).
 */
@Component
public class LinkSigner {
    /** What a presented link is. */
    public enum Check { VALID, EXPIRED, INVALID }

    /** A link and when it stops working. */
    public record Link(String url, Instant expiresAt) {}

    private final byte[] key;
    private final Duration ttl;
    private final String baseUrl;

    LinkSigner(FilesProperties files) {
        this.key = files.signingKey() == null || files.signingKey().isBlank()
                ? randomKey()
                : files.signingKey().getBytes(StandardCharsets.UTF_8);
        this.ttl = files.linkTtl();
        this.baseUrl = files.publicBaseUrl().replaceAll("/+$", "");
    }

    /** A link valid for the configured time from now. */
    public Link sign(String fileId, Variant variant) {
        Instant now = Instant.now();
        return sign(fileId, variant, Instant.ofEpochSecond(now.plus(ttl).getEpochSecond()));
    }

    /** A link valid until {@code expiresAt} (whole seconds). */
    public Link sign(String fileId, Variant variant, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        String url = baseUrl + "/files/" + fileId + "/" + variant.name() + "?expires=" + expires + "&sig="
                + signature(fileId, variant.name(), Long.toString(expires));
        return new Link(url, Instant.ofEpochSecond(expires));
    }

    /** Whether the parts of a presented link were signed here, and if so whether it has expired. */
    public Check check(String fileId, String variant, String expires, String sig, Instant now) {
        if (fileId == null || variant == null || expires == null || sig == null || !expires.matches("\\d{1,12}")) {
            return Check.INVALID;
        }
        byte[] expected = signature(fileId, variant, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Check.INVALID;
        }
        return now.getEpochSecond() >= Long.parseLong(expires) ? Check.EXPIRED : Check.VALID;
    }

    private String signature(String fileId, String variant, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((fileId + "/" + variant + "/" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
