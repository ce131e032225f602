package io.parley.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.rate-limit.*}: tokens per second and burst for an authenticated user and for an anonymous
 * client IP, the Redis key prefix, and how many reverse proxies in front of the gateway are trusted to append
 * to {@code X-Forwarded-For} (0: the TCP peer is the client).
 */
@ConfigurationProperties("parley.rate-limit")
record RateLimitProperties(
        double rps, int burst, double anonRps, int anonBurst, String redisPrefix, int trustedProxyHops) {

    RateLimitProperties {
        if (rps <= 0 || anonRps <= 0 || burst < 1 || anonBurst < 1) {
            throw new IllegalArgumentException("rate limits must be positive (rps > 0, burst >= 1)");
        }
        redisPrefix = redisPrefix == null || redisPrefix.isBlank() ? "parley" : redisPrefix;
    }
}
