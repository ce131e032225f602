package io.parley.gateway.websocket;

import io.netty.channel.EventLoop;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.RequestUpgradeStrategy;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Performs the Reactor Netty upgrade on the event loop of the client's connection, whatever thread the filter
 * chain resumed on (the rate limiter answers on Lettuce's thread).
 *
 * <p>Why: Reactor Netty switches the connection from its HTTP operations to its WebSocket operations in a
 * listener of the 101 write. Called on the connection's loop, that listener runs as soon as the 101 is flushed,
 * before the loop can read again. Called from another thread, the listener may be registered only after the
 * loop already completed the write; it then runs as a later task, and a frame the client sends the moment it
 * sees the 101 (a STOMP CONNECT) can be read in between by the finished HTTP request and dropped
 * ({@code [terminated=true…]: dropping frame}).
 */
final class ChannelLoopUpgradeStrategy implements RequestUpgradeStrategy {
    private final RequestUpgradeStrategy reactorNetty;

    ChannelLoopUpgradeStrategy(RequestUpgradeStrategy reactorNetty) {
        this.reactorNetty = reactorNetty;
    }

    @Override
    public Mono<Void> upgrade(ServerWebExchange exchange, WebSocketHandler handler, @Nullable String subProtocol,
            Supplier<HandshakeInfo> handshakeInfoFactory) {
        Mono<Void> upgrade = Mono.defer(() -> reactorNetty.upgrade(exchange, handler, subProtocol, handshakeInfoFactory));
        EventLoop loop = eventLoopOf(exchange);
        if (loop == null) {
            return upgrade;
        }
        // Commit first (WebFlux's before-commit actions may complete on any thread): the delegate's own
        // setComplete() is then a no-op and its sendWebsocket() runs synchronously on the loop.
        return exchange.getResponse().setComplete()
                .then(Mono.defer(() -> loop.inEventLoop() ? upgrade : upgrade.subscribeOn(Schedulers.fromExecutor(loop))));
    }

    private static @Nullable EventLoop eventLoopOf(ServerWebExchange exchange) {
        Object nativeResponse = ServerHttpResponseDecorator.getNativeResponse(exchange.getResponse());
        if (!(nativeResponse instanceof HttpServerResponse response)) {
            return null;
        }
        AtomicReference<EventLoop> loop = new AtomicReference<>();
        response.withConnection(connection -> loop.set(connection.channel().eventLoop()));
        return loop.get();
    }
}
