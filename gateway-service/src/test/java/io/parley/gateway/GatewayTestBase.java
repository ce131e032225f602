package io.parley.gateway;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port with real Redis (a random key prefix), in front of stub backends; the JWKS is
 * served by the stub auth backend. Every test uses its own user id and client IP (loopback addresses in
 * {@code X-Forwarded-For}, one trusted proxy hop) so that rate-limit buckets never collide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayTestBase {
    public static final String ALLOWED_ORIGIN = "http://app.parley.test";
    public static final String REDIS_PREFIX = "parley-test-" + UUID.randomUUID();

    protected static final StubBackend AUTH = StubBackend.start("auth");
    protected static final StubBackend USER = StubBackend.start("user");
    protected static final StubBackend CHAT_A = StubBackend.start("chat-a");
    protected static final StubBackend CHAT_B = StubBackend.start("chat-b");
    protected static final StubBackend QUEUE = StubBackend.start("queue");
    protected static final StubBackend FILE = StubBackend.start("file");
    protected static final StubBackend NOTIFICATION = StubBackend.start("notification");
    protected static final StubBackend ANALYTICS = StubBackend.start("analytics");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("parley.edge.jwks-uri", () -> AUTH.url() + "/api/v1/auth/jwks");
        registry.add("parley.edge.cors-origins", () -> ALLOWED_ORIGIN + ",http://other.parley.test");
        registry.add("parley.routing.chat-urls", () -> CHAT_A.url() + "," + CHAT_B.url());
        registry.add("parley.rate-limit.redis-prefix", () -> REDIS_PREFIX);
        registry.add("parley.rate-limit.rps", () -> "0.2");
        registry.add("parley.rate-limit.burst", () -> "8");
        registry.add("parley.rate-limit.anon-rps", () -> "0.2");
        registry.add("parley.rate-limit.anon-burst", () -> "4");
        registry.add("parley.rate-limit.trusted-proxy-hops", () -> "1");
        registry.add("PARLEY_AUTH_URL", AUTH::url);
        registry.add("PARLEY_USER_URL", USER::url);
        registry.add("PARLEY_QUEUE_URL", QUEUE::url);
        registry.add("PARLEY_FILE_URL", FILE::url);
        registry.add("PARLEY_NOTIFICATION_URL", NOTIFICATION::url);
        registry.add("PARLEY_ANALYTICS_URL", ANALYTICS::url);
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .defaultHeader("X-Forwarded-For", randomClientIp())
                .build();
    }

    protected static String newUser() {
        return UUID.randomUUID().toString();
    }

    /** A loopback address, so every test is its own client for the per-IP buckets. */
    protected static String randomClientIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(1, 255);
    }
}
