package io.parley.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.auth.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The auth API over HTTP against the real PostgreSQL, validated the way every other service validates. */
class AuthApiIntegrationTest extends IntegrationTest {
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    JdbcClient jdbc;

    private ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JSON);
    }

    private Map<String, Object> login(String email, String password) {
        ResponseEntity<Map<String, Object>> response = post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> refresh(Object refreshToken) {
        return post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    /** A decoder built exactly like service-kit's: the JWKS over HTTP plus the issuer check. */
    private NimbusJwtDecoder jwksDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(baseUrl() + "/api/v1/auth/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer("parley")));
        return decoder;
    }

    @Test
    void aGuestTokenVerifiesAgainstTheJwks() {
        ResponseEntity<Map<String, Object>> response = post("/api/v1/auth/guest", Map.of("name", "Zoe", "email", "zoe@x.test"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900).containsEntry("roles", List.of("GUEST"));
        Jwt jwt = jwksDecoder().decode((String) body.get("accessToken"));
        assertThat(jwt.getSubject()).isEqualTo(body.get("userId"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("GUEST");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Zoe");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat((String) body.get("refreshToken")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void everyGuestIsANewAccount() {
        Object first = post("/api/v1/auth/guest", Map.of()).getBody().get("userId");
        Object second = post("/api/v1/auth/guest", Map.of()).getBody().get("userId");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theJwksListsTheSigningKeyAtBothAddresses() {
        Map<String, Object> jwks = http().get().uri("/api/v1/auth/jwks").retrieve().body(JSON);
        Map<String, Object> wellKnown = http().get().uri("/.well-known/jwks.json").retrieve().body(JSON);

        assertThat(wellKnown).isEqualTo(jwks);
        @SuppressWarnings("unchecked")
        Map<String, Object> key = ((List<Map<String, Object>>) jwks.get("keys")).getFirst();
        assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig")
                .containsKeys("kid", "n", "e").doesNotContainKeys("d", "p", "q");
    }

    @Test
    void aSeededAgentLogsInWithRolesAndDepartments() {
        Map<String, Object> tokens = login("alice@parley.local", "parley-demo");

        Jwt jwt = jwksDecoder().decode((String) tokens.get("accessToken"));
        assertThat(jwt.getSubject()).isEqualTo("00000000-0000-0000-0000-00000000b001");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        assertThat(jwt.getClaimAsStringList("departments")).containsExactly("sales");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Alice Martin");
    }

    @Test
    void emailsAreMatchedRegardlessOfCase() {
        assertThat(login("Admin@Parley.Local", "parley-admin")).containsEntry("roles", List.of("ADMIN", "SUPERVISOR"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSame401() {
        ResponseEntity<Map<String, Object>> wrongPassword =
                post("/api/v1/auth/login", Map.of("email", "bob@parley.local", "password", "parley-wrong"));
        ResponseEntity<Map<String, Object>> unknownEmail =
                post("/api/v1/auth/login", Map.of("email", "nobody@parley.local", "password", "parley-demo"));

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(wrongPassword.getBody()).containsEntry("detail", "email or password is wrong");
        assertThat(unknownEmail.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownEmail.getBody().get("detail")).isEqualTo(wrongPassword.getBody().get("detail"));
    }

    @Test
    void aRefreshRotatesTheTokenAndTheOldOneStopsWorking() {
        Map<String, Object> first = login("carol@parley.local", "parley-demo");

        ResponseEntity<Map<String, Object>> second = refresh(first.get("refreshToken"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("refreshToken")).isNotEqualTo(first.get("refreshToken"));
        assertThat(second.getBody()).containsEntry("userId", first.get("userId"));
        assertThat(jwksDecoder().decode((String) second.getBody().get("accessToken")).getClaimAsStringList("departments"))
                .containsExactly("support");

        ResponseEntity<Map<String, Object>> third = refresh(second.getBody().get("refreshToken"));
        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Map<String, Object> first = login("dave@parley.local", "parley-demo");
        Map<String, Object> second = refresh(first.get("refreshToken")).getBody();

        ResponseEntity<Map<String, Object>> replay = refresh(first.get("refreshToken"));
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replay.getBody()).containsEntry("detail", "refresh token was already used; the session is revoked");

        ResponseEntity<Map<String, Object>> legitimate = refresh(second.get("refreshToken"));
        assertThat(legitimate.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(legitimate.getBody()).containsEntry("detail", "refresh token is revoked");
    }

    @Test
    void reuseRevokesOnlyItsOwnFamily() {
        Map<String, Object> phone = login("bob@parley.local", "parley-demo");
        Map<String, Object> laptop = login("bob@parley.local", "parley-demo");
        refresh(phone.get("refreshToken"));

        refresh(phone.get("refreshToken"));

        assertThat(refresh(laptop.get("refreshToken")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        ResponseEntity<Map<String, Object>> response = refresh("bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("detail", "refresh token is unknown");
    }

    @Test
    void afterLogoutTheRefreshTokenIsRevoked() {
        Map<String, Object> tokens = post("/api/v1/auth/guest", Map.of("name", "Leaving")).getBody();

        ResponseEntity<Map<String, Object>> logout = post("/api/v1/auth/logout", Map.of("refreshToken", tokens.get("refreshToken")));

        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(refresh(tokens.get("refreshToken")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meReturnsTheClaimsOfTheCallersToken() {
        Map<String, Object> tokens = login("admin@parley.local", "parley-admin");

        Map<String, Object> me = http().get().uri("/api/v1/auth/me")
                .header("Authorization", "Bearer " + tokens.get("accessToken"))
                .retrieve().body(JSON);

        assertThat(me).containsEntry("sub", "00000000-0000-0000-0000-00000000a001")
                .containsEntry("name", "Ada Admin")
                .containsEntry("departments", List.of("sales", "support"));
    }

    @Test
    void meWithAForgedTokenIs401() {
        String forged = (String) post("/api/v1/auth/guest", Map.of()).getBody().get("accessToken");
        String tampered = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");

        ResponseEntity<Map<String, Object>> me = http().get().uri("/api/v1/auth/me")
                .header("Authorization", "Bearer " + tampered).retrieve().toEntity(JSON);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me.getBody()).containsEntry("detail", "invalid access token");
    }

    @Test
    void anInvalidGuestRequestIs400AndCreatesNothing() {
        long accountsBefore = jdbc.sql("select count(*) from accounts").query(Long.class).single();

        ResponseEntity<Map<String, Object>> response = post("/api/v1/auth/guest", Map.of("name", "n".repeat(101)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).startsWith("name: ");
        assertThat(jdbc.sql("select count(*) from accounts").query(Long.class).single()).isEqualTo(accountsBefore);
    }

    @Test
    void probesAndApiDocsNeedNoToken() {
        assertThat(http().get().uri("/actuator/health/readiness").retrieve().toEntity(JSON).getBody())
                .containsEntry("status", "UP");
        assertThat(http().get().uri("/actuator/health/liveness").retrieve().toEntity(JSON).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http().get().uri("/v3/api-docs").retrieve().toEntity(String.class).getBody())
                .contains("/api/v1/auth/login");
    }
}
