package io.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import reactor.netty.http.client.HttpClient;

/**
 * Redis unreachable: the process stays alive (liveness), is not ready, and requests still pass (fail open).
 * A service that is down is answered with a 503 problem; a socket to one is closed with 1011 (server error).
 */
@TestPropertySource(properties = {"spring.data.redis.port=1", "spring.data.redis.timeout=500ms"})
@Import(DegradedDependenciesTest.DownService.class)
class DegradedDependenciesTest extends GatewayTestBase {

    /** One more route, to a port nobody listens on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DownService {
        @Bean
        RouteLocator downServiceRoute(RouteLocatorBuilder routes) throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            String url = "http://127.0.0.1:" + closedPort;
            return routes.routes()
                    .route("down", r -> r.path("/api/v1/down/**").uri(url))
                    .route("ws-down", r -> r.order(-1).path("/ws/down").uri("ws://127.0.0.1:" + closedPort))
                    .build();
        }
    }

    @Test
    void livenessIsUpWhileRedisIsDown() {
        client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void readinessIsDownWhileRedisIsDown() {
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void requestsPassWhenTheRateLimiterIsUnavailable() {
        client().get().uri("/api/v1/departments")
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.backend").isEqualTo("user");
    }

    @Test
    void socketWhoseServiceIsUnreachableIsClosedWithServerError() {
        Integer status = HttpClient.create()
                .headers(headers -> headers.set(HttpHeaders.ORIGIN, ALLOWED_ORIGIN))
                .websocket()
                .uri("ws://localhost:" + port + "/ws/down")
                .handle((in, out) -> in.receiveCloseStatus().map(WebSocketCloseStatus::code))
                .next()
                .block(Duration.ofSeconds(10));

        assertThat(status).isEqualTo(1011);
    }

    @Test
    void unreachableServiceIsAnsweredWithServiceUnavailableProblem() {
        client().get().uri("/api/v1/down/1")
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("the service is not reachable");
    }
}
