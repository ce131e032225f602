package io.parley.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The token bucket script on the real local Redis, under a prefix of its own. */
class RedisTokenBucketsTest {
    private static final String PREFIX = "parley-test-" + UUID.randomUUID();
    private static LettuceConnectionFactory factory;
    private static ReactiveStringRedisTemplate redis;
    private static RedisTokenBuckets buckets;

    @BeforeAll
    static void connect() {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("localhost", 6379));
        factory.afterPropertiesSet();
        factory.start();
        redis = new ReactiveStringRedisTemplate(factory);
        buckets = new RedisTokenBuckets(redis, new RateLimitProperties(20, 40, 5, 20, PREFIX, 0));
    }

    @AfterAll
    static void cleanUp() {
        redis.scan(org.springframework.data.redis.core.ScanOptions.scanOptions().match(PREFIX + ":*").build())
                .flatMap(redis::delete)
                .blockLast(Duration.ofSeconds(5));
        factory.destroy();
    }

    @Test
    void bucketAllowsTheBurstThenRefusesWithTheWaitForTheNextToken() {
        String bucket = "user:" + UUID.randomUUID();

        for (int left = 2; left >= 0; left--) {
            RedisTokenBuckets.Decision decision = buckets.take(bucket, 0.5, 3).block();
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(left);
        }
        RedisTokenBuckets.Decision refused = buckets.take(bucket, 0.5, 3).block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterMillis()).isBetween(1_000L, 2_000L);
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() throws InterruptedException {
        String bucket = "ip:" + UUID.randomUUID();
        buckets.take(bucket, 10, 1).block();
        assertThat(buckets.take(bucket, 10, 1).block().allowed()).isFalse();

        Thread.sleep(150);

        assertThat(buckets.take(bucket, 10, 1).block().allowed()).isTrue();
    }

    @Test
    void bucketsAreIndependent() {
        String first = "user:" + UUID.randomUUID();
        buckets.take(first, 1, 1).block();

        assertThat(buckets.take(first, 1, 1).block().allowed()).isFalse();
        assertThat(buckets.take("user:" + UUID.randomUUID(), 1, 1).block().allowed()).isTrue();
    }

    @Test
    void bucketKeyStartsWithThePrefixAndExpires() {
        String bucket = "user:" + UUID.randomUUID();
        buckets.take(bucket, 20, 40).block();

        Duration ttl = redis.getExpire(PREFIX + ":rl:" + bucket).block();

        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
    }
}
