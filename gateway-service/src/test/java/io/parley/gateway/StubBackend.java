package io.parley.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service instance on a free loopback port: answers every HTTP request with JSON naming
 * itself and echoing the method, path and Authorization header it received; echoes WebSocket text frames on
 * {@code /ws} as {@code <name>:<text>}; the "auth" backend also serves the test JWK set. A socket whose handshake
 * carries {@value #CLOSE_HEADER}{@code : <status>} is answered like a STOMP server refusing a frame: the first
 * frame gets {@code <name>:ERROR <text>} and, right behind it, a close with that status. What a socket opened
 * with {@value #SOCKET_HEADER}{@code : <id>} received is available from {@link #receivedBy} once it ended.
 */
public final class StubBackend {
    public static final String CLOSE_HEADER = "X-Stub-Close-After-Reply";
    public static final String SOCKET_HEADER = "X-Stub-Socket";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final DisposableServer server;
    private final Map<String, Sinks.One<List<String>>> received = new ConcurrentHashMap<>();

    private StubBackend(String name) {
        this.name = name;
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.ws("/ws", this::webSocket)
                        .get("/api/v1/auth/jwks", (request, response) -> response.header("Content-Type", "application/json")
                                .sendString(Mono.just(TestTokens.jwks())))
                        .route(request -> true, (request, response) -> request.receive()
                                .aggregate()
                                .asString()
                                .defaultIfEmpty("")
                                .flatMap(body -> response.header("Content-Type", "application/json")
                                        .sendString(Mono.just(describe(request)))
                                        .then())))
                .bindNow();
    }

    public static StubBackend start(String name) {
        return new StubBackend(name);
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * The frames ({@code text <text>}) and the close ({@code close <status>}, or {@code no close frame}) that the
     * socket opened with {@value #SOCKET_HEADER}{@code : socketId} received, in order, once it ended.
     */
    public Mono<List<String>> receivedBy(String socketId) {
        return received.computeIfAbsent(socketId, id -> Sinks.one()).asMono();
    }

    private Publisher<Void> webSocket(WebsocketInbound in, WebsocketOutbound out) {
        String closeStatus = in.headers().get(CLOSE_HEADER);
        String socketId = in.headers().get(SOCKET_HEADER);
        if (socketId != null) {
            List<String> seen = new CopyOnWriteArrayList<>();
            return out.sendString(in.receive().asString()
                            .doOnNext(text -> seen.add("text " + text))
                            .map(text -> name + ":" + text))
                    .then()
                    .onErrorResume(e -> Mono.empty())
                    .then(in.receiveCloseStatus().map(status -> "close " + status.code()))
                    .defaultIfEmpty("no close frame")
                    .doOnNext(seen::add)
                    .doFinally(signal -> received.computeIfAbsent(socketId, id -> Sinks.one())
                            .tryEmitValue(List.copyOf(seen)))
                    .then();
        }
        if (closeStatus == null) {
            return out.sendString(in.receive().asString().map(text -> name + ":" + text));
        }
        // the reply and the close frame leave back to back, as chat-service sends ERROR and closes
        return in.receive().asString()
                .concatMap(text -> out.sendString(Mono.just(name + ":ERROR " + text))
                        .then()
                        .then(out.sendClose(Integer.parseInt(closeStatus), "refused")))
                .then();
    }

    private String describe(HttpServerRequest request) {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("backend", name);
        seen.put("method", request.method().name());
        seen.put("path", request.uri());
        seen.put("authorization", request.requestHeaders().get("Authorization", ""));
        return JSON.writeValueAsString(seen);
    }
}
