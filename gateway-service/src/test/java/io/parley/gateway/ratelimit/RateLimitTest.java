package io.parley.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.GatewayTestBase;
import io.parley.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Limits in this context: users 8 burst, anonymous clients 4 burst, both refilled at one token per 5 s. */
class RateLimitTest extends GatewayTestBase {

    @Test
    void userOverTheBurstGets429WithRetryAfterAndAProblem() {
        WebTestClient client = client();
        String token = TestTokens.token(newUser());
        int passed = 0;
        EntityExchangeResult<byte[]> refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/api/v1/agents/me")
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectBody()
                    .returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
                passed++;
            }
        }

        assertThat(refused).as("a request over the burst is refused").isNotNull();
        assertThat(passed).isBetween(8, 9);
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 5);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(refused.getResponseBodyContent())).contains("\"status\":429", "rate limit exceeded");
    }

    @Test
    void anotherUserIsNotAffectedBySomeoneElsesLimit() {
        WebTestClient client = client();
        String greedy = TestTokens.token(newUser());
        for (int i = 0; i < 12; i++) {
            client.get().uri("/api/v1/departments").header("Authorization", "Bearer " + greedy).exchange();
        }

        client.get().uri("/api/v1/departments")
                .header("Authorization", "Bearer " + TestTokens.token(newUser()))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void anonymousLoginIsLimitedPerClientIp() {
        WebTestClient sameIp = client();
        for (int i = 0; i < 4; i++) {
            sameIp.post().uri("/api/v1/auth/login").bodyValue("{}").exchange().expectStatus().isOk();
        }

        sameIp.post().uri("/api/v1/auth/login").bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/api/v1/auth/login").bodyValue("{}").exchange().expectStatus().isOk();
    }

    @Test
    void webSocketUpgradesAreLimitedPerClientIp() {
        WebTestClient sameIp = client();
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            int status = sameIp.get().uri("/ws").exchange().expectBody().returnResult().getStatus().value();
            refused += status == 429 ? 1 : 0;
        }

        assertThat(refused).isGreaterThanOrEqualTo(1);
    }

    @Test
    void bucketRefillsAfterRetryAfter() throws InterruptedException {
        WebTestClient sameIp = client();
        for (int i = 0; i < 5; i++) {
            sameIp.post().uri("/api/v1/auth/guest").bodyValue("{}").exchange();
        }
        String retryAfter = sameIp.post().uri("/api/v1/auth/guest").bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(429)
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(HttpHeaders.RETRY_AFTER);

        Thread.sleep(Long.parseLong(retryAfter) * 1_000 + 100);

        sameIp.post().uri("/api/v1/auth/guest").bodyValue("{}").exchange().expectStatus().isOk();
    }
}
