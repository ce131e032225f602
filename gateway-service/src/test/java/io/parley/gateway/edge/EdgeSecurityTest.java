package io.parley.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.GatewayTestBase;
import io.parley.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class EdgeSecurityTest extends GatewayTestBase {

    @Test
    void requestWithoutTokenIsRefusedWithAProblem() {
        client().get().uri("/api/v1/conversations")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("missing bearer token");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        String forged = TestTokens.forged(newUser());

        String body = unauthorized(forged);

        assertThat(body).contains("invalid access token").doesNotContain(forged);
    }

    @Test
    void expiredTokenIsRefusedWithoutEchoingIt() {
        String expired = TestTokens.expired(newUser());

        String body = unauthorized(expired);

        assertThat(body).contains("access token expired").doesNotContain(expired);
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertThat(unauthorized(TestTokens.withIssuer(newUser(), "someone-else"))).contains("invalid access token");
    }

    @Test
    void garbageTokenIsRefused() {
        assertThat(unauthorized("not-a-jwt")).contains("invalid access token").doesNotContain("not-a-jwt");
    }

    @Test
    void staleTokenDoesNotBreakLoginOrRefresh() {
        String expired = TestTokens.expired(newUser());
        for (String path : new String[] {"/api/v1/auth/login", "/api/v1/auth/refresh"}) {
            client().post().uri(path)
                    .header("Authorization", "Bearer " + expired)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.backend").isEqualTo("auth");
        }
    }

    @Test
    void guestEndpointNeedsATokenForAnyMethodButPost() {
        client().get().uri("/api/v1/auth/guest").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void unroutedPathsOutsideTheApiAreRefused() {
        client().get().uri("/internal/secrets").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnswered() {
        client().options().uri("/api/v1/conversations")
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        client().options().uri("/api/v1/conversations")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void actualCrossOriginRequestCarriesTheAllowOriginHeader() {
        client().get().uri("/api/v1/departments")
                .header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN);
    }

    @Test
    void healthProbesAndMetricsAreOpen() {
        client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    private String unauthorized(String token) {
        return new String(client().get().uri("/api/v1/agents/me")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBodyContent());
    }
}
