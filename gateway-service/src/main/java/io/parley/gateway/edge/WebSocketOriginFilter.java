package io.parley.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request to {@code /ws} whose Origin header is not in the allow-list ({@code PARLEY_CORS_ORIGINS})
 * with 403: a browser always sends its page's origin, so another site cannot open a socket in its user's name.
 * A request without Origin (a non-browser client) passes; the token is checked in the STOMP CONNECT frame.
 */
@Component
class WebSocketOriginFilter implements WebFilter, Ordered {
    private final EdgeProperties edge;

    WebSocketOriginFilter(EdgeProperties edge) {
        this.edge = edge;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals("/ws") && !path.startsWith("/ws/")) {
            return chain.filter(exchange);
        }
        String origin = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ORIGIN);
        if (origin == null || edge.allowsOrigin(origin)) {
            return chain.filter(exchange);
        }
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "origin not allowed");
    }

    /** Before the security chain and the rate limiter: a refused origin costs nothing else. */
    @Override
    public int getOrder() {
        return -200;
    }
}
