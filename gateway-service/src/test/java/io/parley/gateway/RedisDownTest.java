package io.parley.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Redis unreachable: the process stays alive (liveness), is not ready, and requests still pass (fail open). */
@TestPropertySource(properties = {"spring.data.redis.port=1", "spring.data.redis.timeout=500ms"})
class RedisDownTest extends GatewayTestBase {

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
}
