package io.parley.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.GatewayTestBase;
import io.parley.gateway.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTest extends GatewayTestBase {

    @Test
    void agentRequestReachesUserServiceWithTheAuthorizationHeaderUnchanged() {
        String token = TestTokens.token(newUser());

        client().get().uri("/api/v1/agents/me")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("user")
                .jsonPath("$.path").isEqualTo("/api/v1/agents/me")
                .jsonPath("$.authorization").isEqualTo("Bearer " + token);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/agents, user",
        "PUT, /api/v1/agents/me/status, user",
        "GET, /api/v1/departments, user",
        "GET, /api/v1/users/42, user",
        "PUT, /api/v1/customers/c-1, user",
        "PUT, /api/v1/agents/a-1, user",
        "GET, /api/v1/queue, queue",
        "GET, /api/v1/queue/conversations/7, queue",
        "POST, /api/v1/queue/rules/3/activate, queue",
        "POST, /api/v1/queue/conversations/7/transfer, queue",
        "GET, /api/v1/files/9, file",
        "GET, /api/v1/notifications, notification",
        "GET, /api/v1/analytics/summary, analytics",
        "GET, /api/v1/search/messages?q=refund, analytics",
        "POST, /api/v1/auth/password, auth"
    })
    void everyAreaIsRoutedToItsService(String method, String path, String backend) {
        client().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .header("Content-Type", "application/json")
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo(backend)
                .jsonPath("$.method").isEqualTo(method)
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void presenceIsRoutedToAChatInstance() {
        String body = new String(client().get().uri("/api/v1/presence/agents")
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());

        assertThat(body).containsPattern("\"backend\"\\s*:\\s*\"chat-[ab]\"").contains("/api/v1/presence/agents");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/auth/guest", "/api/v1/auth/customer", "/api/v1/auth/login", "/api/v1/auth/refresh",
        "/api/v1/auth/logout"
    })
    void anonymousAuthEndpointsAreRoutedWithoutAToken(String path) {
        client().post().uri(path)
                .header("Content-Type", "application/json")
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("auth")
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void signedDownloadLinksReachFileServiceWithoutAToken() {
        String path = "/files/f-1/ORIGINAL?expires=1900000000&sig=abc_-1";

        client().get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("file")
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.authorization").isEqualTo("");
    }

    @Test
    void jwksIsPublic() {
        client().get().uri("/api/v1/auth/jwks")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kid").isEqualTo("test-key");
    }

    @Test
    void conversationsAreSpreadRoundRobinOverTheChatInstances() {
        String token = TestTokens.token(newUser());
        List<String> backends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            backends.add(new String(client().get().uri("/api/v1/conversations/" + i)
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .returnResult()
                    .getResponseBodyContent()));
        }

        assertThat(backends).filteredOn(body -> body.contains("\"chat-a\"")).hasSize(2);
        assertThat(backends).filteredOn(body -> body.contains("\"chat-b\"")).hasSize(2);
        assertThat(backends.get(0).contains("chat-a")).isNotEqualTo(backends.get(1).contains("chat-a"));
    }

    @Test
    void eachServiceOpenApiDocumentIsServedThroughTheGateway() {
        client().get().uri("/v3/api-docs/user")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("user")
                .jsonPath("$.path").isEqualTo("/v3/api-docs");
        client().get().uri("/v3/api-docs/auth")
                .exchange()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("auth");
    }

    @Test
    void swaggerUiListsEveryServiceDocument() {
        client().get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'auth')].url").isEqualTo("/v3/api-docs/auth")
                .jsonPath("$.urls[?(@.name == 'user')].url").isEqualTo("/v3/api-docs/user")
                .jsonPath("$.urls[?(@.name == 'chat')].url").isEqualTo("/v3/api-docs/chat")
                .jsonPath("$.urls.length()").isEqualTo(7);
    }
}
