package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpaqueTokensTest {

    @Test
    void aRefreshTokenIs256RandomBitsInBase64Url() {
        String token = OpaqueTokens.generate();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(OpaqueTokens.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyTheSha256OfATokenIsKept() throws Exception {
        String token = OpaqueTokens.generate();
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));

        assertThat(OpaqueTokens.hash(token)).isEqualTo(expected).hasSize(32);
        assertThat(OpaqueTokens.hash(token + "x")).isNotEqualTo(expected);
    }
}
