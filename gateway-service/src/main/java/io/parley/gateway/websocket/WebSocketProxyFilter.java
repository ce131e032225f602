package io.parley.gateway.websocket;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.PRESERVE_HOST_HEADER_ATTRIBUTE;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.containsEncodedParts;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.isAlreadyRouted;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.setAlreadyRouted;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import org.springframework.web.reactive.socket.server.RequestUpgradeStrategy;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Proxies WebSocket upgrades of routes to {@code ws://}/{@code wss://} (after the load balancer chose an
 * instance) in place of Spring Cloud Gateway's WebsocketRoutingFilter: it runs just before that filter and marks
 * the exchange routed, so SCG's filter passes it on (its beans stay: the configured WebSocket client and Reactor
 * Netty upgrade strategy, used here). The upgrade runs on the client connection's event loop
 * ({@link ChannelLoopUpgradeStrategy}) and frames are relayed by {@link WebSocketRelay}. Request headers go through the gateway's header filters (X-Forwarded-*,
 * hop-by-hop); Host (unless preserved) and the client's Sec-WebSocket-* handshake headers are not forwarded.
 */
@Component
class WebSocketProxyFilter implements GlobalFilter, Ordered {
    private final WebSocketService handshakes;
    private final WebSocketClient backends;
    private final ObjectProvider<List<HttpHeadersFilter>> headersFilters;

    WebSocketProxyFilter(RequestUpgradeStrategy reactorNetty, WebSocketClient backends,
            ObjectProvider<List<HttpHeadersFilter>> headersFilters) {
        this.handshakes = new HandshakeWebSocketService(new ChannelLoopUpgradeStrategy(reactorNetty));
        this.backends = backends;
        this.headersFilters = headersFilters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = webSocketUrl(exchange);
        if (url == null || isAlreadyRouted(exchange)) {
            return chain.filter(exchange);
        }
        setAlreadyRouted(exchange);
        HttpHeaders request = exchange.getRequest().getHeaders();
        return handshakes.handleRequest(
                exchange, new WebSocketRelay(backends, url, backendHeaders(exchange), subProtocols(request)));
    }

    /** Before Spring Cloud Gateway's WebsocketRoutingFilter and NettyRoutingFilter, after the load balancer. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 2;
    }

    /** The backend URL when this is a WebSocket route (ws/wss, or http/https with {@code Upgrade: websocket}). */
    private static URI webSocketUrl(ServerWebExchange exchange) {
        URI url = exchange.getRequiredAttribute(GATEWAY_REQUEST_URL_ATTR);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("ws") || scheme.equals("wss")) {
            return url;
        }
        boolean upgrade = "websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade());
        if (upgrade && (scheme.equals("http") || scheme.equals("https"))) {
            return UriComponentsBuilder.fromUri(url)
                    .scheme(scheme.equals("http") ? "ws" : "wss")
                    .build(containsEncodedParts(url))
                    .toUri();
        }
        return null;
    }

    private HttpHeaders backendHeaders(ServerWebExchange exchange) {
        HttpHeaders filtered = HttpHeadersFilter.filterRequest(headersFilters.getIfAvailable(List::of), exchange);
        HttpHeaders headers = new HttpHeaders();
        for (Map.Entry<String, List<String>> header : filtered.headerSet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("host") && !name.startsWith("sec-websocket")) {
                headers.addAll(header.getKey(), header.getValue());
            }
        }
        String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
        if (exchange.getAttributeOrDefault(PRESERVE_HOST_HEADER_ATTRIBUTE, false) && host != null) {
            headers.set(HttpHeaders.HOST, host);
        }
        return headers;
    }

    private static List<String> subProtocols(HttpHeaders request) {
        List<String> protocols = new ArrayList<>();
        for (String value : request.getOrEmpty("Sec-WebSocket-Protocol")) {
            protocols.addAll(List.of(StringUtils.tokenizeToStringArray(value, ",")));
        }
        return protocols;
    }
}
