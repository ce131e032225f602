package io.parley.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service instance on a free loopback port: answers every HTTP request with JSON naming
 * itself and echoing the method, path and Authorization header it received; echoes WebSocket text frames on
 * {@code /ws} as {@code <name>:<text>}; the "auth" backend also serves the test JWK set.
 */
public final class StubBackend {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final DisposableServer server;

    private StubBackend(String name) {
        this.name = name;
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.ws("/ws", (in, out) -> out.sendString(
                                in.receive().asString().map(text -> name + ":" + text)))
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

    private String describe(HttpServerRequest request) {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("backend", name);
        seen.put("method", request.method().name());
        seen.put("path", request.uri());
        seen.put("authorization", request.requestHeaders().get("Authorization", ""));
        return JSON.writeValueAsString(seen);
    }
}
