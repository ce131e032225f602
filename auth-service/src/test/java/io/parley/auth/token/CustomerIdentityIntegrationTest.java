package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.auth.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Verified customer sign-in over HTTP against the real PostgreSQL, with the site's secret set. */
class CustomerIdentityIntegrationTest extends IntegrationTest {
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
    }

    private static String sign(String externalId, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(externalId.getBytes(StandardCharsets.UTF_8)));
    }

    private ResponseEntity<Map<String, Object>> signIn(String externalId, String signature) {
        return post("/api/v1/auth/customer",
                Map.of("externalId", externalId, "name", "Ada", "email", "ada@shop.test", "signature", signature));
    }

    @Test
    void aGoodSignatureGivesACustomerTokenWithTheSameIdOnEverySignIn() throws Exception {
        String externalId = "shop-user-" + UUID.randomUUID();
        String signature = sign(externalId, IDENTITY_SECRET);

        ResponseEntity<Map<String, Object>> first = signIn(externalId, signature);
        ResponseEntity<Map<String, Object>> second = signIn(externalId, signature.toUpperCase());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("roles")).isEqualTo(List.of("CUSTOMER"));
        assertThat(second.getBody().get("userId")).isEqualTo(first.getBody().get("userId"));
        assertThat(first.getBody().get("refreshToken")).isNotEqualTo(second.getBody().get("refreshToken"));
        Jwt token = NimbusJwtDecoder.withJwkSetUri(baseUrl() + "/api/v1/auth/jwks").build()
                .decode((String) first.getBody().get("accessToken"));
        assertThat(token.getSubject()).isEqualTo(first.getBody().get("userId"))
                .isEqualTo(UUID.nameUUIDFromBytes(("parley-customer:" + externalId).getBytes(StandardCharsets.UTF_8))
                        .toString());
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(token.getClaimAsString("name")).isEqualTo("Ada");
    }

    @Test
    void theRefreshTokenOfACustomerWorksLikeAGuests() throws Exception {
        String externalId = "shop-user-" + UUID.randomUUID();
        Map<String, Object> tokens = signIn(externalId, sign(externalId, IDENTITY_SECRET)).getBody();

        ResponseEntity<Map<String, Object>> refreshed =
                post("/api/v1/auth/refresh", Map.of("refreshToken", tokens.get("refreshToken")));

        assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refreshed.getBody().get("userId")).isEqualTo(tokens.get("userId"));
        assertThat(refreshed.getBody().get("roles")).isEqualTo(List.of("CUSTOMER"));
    }

    @Test
    void aWrongSignatureIs401AndCreatesNothing() throws Exception {
        String externalId = "shop-user-" + UUID.randomUUID();

        for (String signature : List.of(sign(externalId, "another-secret"), sign(externalId + "x", IDENTITY_SECRET),
                "not-hex", "00")) {
            ResponseEntity<Map<String, Object>> refused = signIn(externalId, signature);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(refused.getBody().get("detail")).isEqualTo("customer signature does not match");
        }
    }

    @Test
    void anInvalidRequestIs400() {
        ResponseEntity<Map<String, Object>> tooLong = post("/api/v1/auth/customer",
                Map.of("externalId", "x".repeat(201), "signature", "00"));
        ResponseEntity<Map<String, Object>> empty = post("/api/v1/auth/customer", Map.of("externalId", "", "signature", "00"));

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooLong.getBody().get("detail")).contains("externalId");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
