package io.parley.gateway.ratelimit;

import io.parley.gateway.edge.Problems;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs after the security chain, so an authenticated request is counted against its user ({@code sub}); the
 * anonymous auth endpoints and {@code /ws} upgrades are counted against the client IP. Other paths (actuator,
 * API docs) are not limited here.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {
    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Set<String> ANONYMOUS_AUTH = Set.of("/api/v1/auth/guest", "/api/v1/auth/customer",
            "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout");

    private final RedisTokenBuckets buckets;
    private final RateLimitProperties limits;
    private final XForwardedRemoteAddressResolver forwarded;
    private final AtomicLong lastWarning = new AtomicLong();

    RateLimitFilter(RedisTokenBuckets buckets, RateLimitProperties limits) {
        this.buckets = buckets;
        this.limits = limits;
        this.forwarded = limits.trustedProxyHops() > 0
                ? XForwardedRemoteAddressResolver.maxTrustedIndex(limits.trustedProxyHops())
                : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/ws") || path.startsWith("/ws/") || isAnonymousAuth(request.getMethod(), path)) {
            return limit(exchange, chain, "ip:" + clientIp(exchange), limits.anonRps(), limits.anonBurst());
        }
        if (!path.startsWith("/api/v1/") || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("ip:" + clientIp(exchange))
                .flatMap(bucket -> bucket.startsWith("user:")
                        ? limit(exchange, chain, bucket, limits.rps(), limits.burst())
                        : limit(exchange, chain, bucket, limits.anonRps(), limits.anonBurst()));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String bucket, double rps, int burst) {
        return buckets.take(bucket, rps, burst)
                .onErrorResume(e -> {
                    warnAtMostEvery10Seconds(e);
                    return Mono.just(new RedisTokenBuckets.Decision(true, -1, 0));
                })
                .flatMap(decision -> {
                    if (decision.allowed()) {
                        if (decision.remaining() >= 0) {
                            exchange.getResponse().getHeaders()
                                    .set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
                        }
                        return chain.filter(exchange);
                    }
                    long seconds = decision.retryAfterSeconds();
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", "0");
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                            "rate limit exceeded, retry after " + seconds + " second" + (seconds == 1 ? "" : "s"));
                });
    }

    private void warnAtMostEvery10Seconds(Throwable e) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= 10_000 && lastWarning.compareAndSet(last, now)) {
            log.warn("rate limiter unavailable, requests let through: {}", e.getMessage());
        }
    }

    private static boolean isAnonymousAuth(HttpMethod method, String path) {
        return (HttpMethod.POST.equals(method) && ANONYMOUS_AUTH.contains(path))
                || (HttpMethod.GET.equals(method) && path.equals("/api/v1/auth/jwks"));
    }

    private String clientIp(ServerWebExchange exchange) {
        InetSocketAddress address = forwarded != null
                ? forwarded.resolve(exchange)
                : exchange.getRequest().getRemoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }

    /** After Spring Security's chain (-100), so the principal is known; before routing. */
    @Override
    public int getOrder() {
        return -50;
    }
}
