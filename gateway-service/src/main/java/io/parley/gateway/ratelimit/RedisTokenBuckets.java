package io.parley.gateway.ratelimit;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Token buckets in Redis, one atomic script call per request. Keys: {@code <prefix>:rl:<bucket>}. */
@Component
class RedisTokenBuckets {
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> SCRIPT =
            (RedisScript) RedisScript.of(new ClassPathResource("scripts/token_bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;

    RedisTokenBuckets(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
        this.redis = redis;
        this.prefix = properties.redisPrefix() + ":rl:";
    }

    /** Takes one token from {@code bucket} (e.g. {@code user:<id>}); never empty. */
    Mono<Decision> take(String bucket, double rate, int burst) {
        return redis.execute(SCRIPT, List.of(prefix + bucket), List.of(Double.toString(rate), Integer.toString(burst)))
                .next()
                .map(r -> new Decision(r.get(0) == 1L, r.get(1), r.get(2)));
    }

    /** Whether the request may pass, tokens left, and how long to wait for the next token when it may not. */
    record Decision(boolean allowed, long remaining, long retryAfterMillis) {

        long retryAfterSeconds() {
            return Math.max(1, (retryAfterMillis + 999) / 1000);
        }
    }
}
