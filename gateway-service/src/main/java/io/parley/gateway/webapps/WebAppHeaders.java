package io.parley.gateway.webapps;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers of the web apps' files. Hashed assets are cached for a year; everything else (index.html, the
 * loader, the service worker, the manifest) is revalidated on every load so that a deploy shows at once.
 * The widget may be framed by any site (that is what the loader does); the dashboard may not be framed.
 * A web manifest gets its own media type (browsers refuse it as octet-stream under nosniff).
 */
@Component
class WebAppHeaders implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean widget = path.startsWith("/widget");
        boolean dashboard = path.startsWith("/dashboard");
        if (widget || dashboard) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("X-Content-Type-Options", "nosniff");
                if (path.endsWith(".webmanifest")) {
                    headers.set(HttpHeaders.CONTENT_TYPE, "application/manifest+json");
                }
                headers.set(HttpHeaders.CACHE_CONTROL, path.contains("/assets/")
                        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue()
                        : CacheControl.noCache().getHeaderValue());
                if (dashboard) {
                    headers.set("X-Frame-Options", "DENY");
                    headers.set("Content-Security-Policy", "frame-ancestors 'none'");
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
