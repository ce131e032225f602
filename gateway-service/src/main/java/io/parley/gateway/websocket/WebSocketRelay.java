package io.parley.gateway.websocket;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import reactor.core.publisher.Mono;

/**
 * One proxied socket: opens the backend socket and relays frames both ways. Each direction closes its far side
 * only after every frame it carried has been written, with the close status its near side sent: a backend that
 * sends a STOMP ERROR and closes at once is seen by the client exactly so (ERROR, then the backend's status).
 * Spring Cloud Gateway's own relay closes the far side as soon as a close status is known, which can overtake
 * frames still on their way.
 */
final class WebSocketRelay implements WebSocketHandler {
    private static final Logger log = LoggerFactory.getLogger(WebSocketRelay.class);
    /** The backend connection ended without a close frame, or could not be opened. */
    static final CloseStatus BACKEND_LOST = CloseStatus.SERVER_ERROR.withReason("backend connection lost");
    /** The client connection ended without a close frame. */
    static final CloseStatus CLIENT_LOST = CloseStatus.GOING_AWAY;

    private final WebSocketClient backends;
    private final URI backendUrl;
    private final HttpHeaders backendHeaders;
    private final List<String> subProtocols;

    WebSocketRelay(WebSocketClient backends, URI backendUrl, HttpHeaders backendHeaders, List<String> subProtocols) {
        this.backends = backends;
        this.backendUrl = backendUrl;
        this.backendHeaders = backendHeaders;
        this.subProtocols = List.copyOf(subProtocols);
    }

    /** The client's requested sub-protocols, offered to the backend as they are (the client gets the first). */
    @Override
    public List<String> getSubProtocols() {
        return subProtocols;
    }

    @Override
    public Mono<Void> handle(WebSocketSession client) {
        return backends.execute(backendUrl, backendHeaders, new WebSocketHandler() {
                    @Override
                    public List<String> getSubProtocols() {
                        return subProtocols;
                    }

                    @Override
                    public Mono<Void> handle(WebSocketSession backend) {
                        return Mono.when(
                                relay(backend, client, BACKEND_LOST, "backend→client"),
                                relay(client, backend, CLIENT_LOST, "client→backend"));
                    }
                })
                .onErrorResume(e -> {
                    log.debug("WebSocket relay to {} failed: {}", backendUrl, e.toString());
                    return closeLike(client, Mono.empty(), BACKEND_LOST);
                });
    }

    /** Frames from {@code from} to {@code to}; once they are all written, {@code to} is closed like {@code from}. */
    private static Mono<Void> relay(WebSocketSession from, WebSocketSession to, CloseStatus ifNoCloseFrame, String way) {
        // a received message's buffer is released after delivery; the write to the other channel releases it
        return to.send(KeepReceiving.keepReceiving(from.receive()).doOnNext(WebSocketMessage::retain))
                .onErrorResume(e -> {
                    log.debug("WebSocket relay {} ({} / {}) ended: {}", way, from.getId(), to.getId(), e.toString());
                    return Mono.empty();
                })
                .then(Mono.defer(() -> closeLike(to, from.closeStatus(), ifNoCloseFrame)));
    }

    private static Mono<Void> closeLike(WebSocketSession session, Mono<CloseStatus> status, CloseStatus ifNoCloseFrame) {
        if (!session.isOpen()) {
            return Mono.empty();
        }
        return status.map(CloseStatuses::forwardable)
                .defaultIfEmpty(ifNoCloseFrame)
                .flatMap(session::close)
                .onErrorResume(e -> Mono.empty());
    }
}
