package io.parley.systemtest.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads JWT claims and forges tokens: the right shape and claims, signed by a key auth-service never had. */
public final class Tokens {
    private static final KeyPair FORGER = newKeyPair();

    private Tokens() {}

    public static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    public static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    /** The same header (key id included) and claims as {@code genuine}, signed RS256 with our own RSA key. */
    public static String forgeLike(String genuine) {
        Map<?, ?> header = Json.MAPPER.convertValue(header(genuine), Map.class);
        Map<?, ?> claims = Json.MAPPER.convertValue(claims(genuine), Map.class);
        return sign(new LinkedHashMap<>(header), new LinkedHashMap<>(claims));
    }

    private static String sign(Map<?, ?> header, Map<?, ?> claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(FORGER.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        return Json.read(new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8));
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
