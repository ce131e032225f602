package io.parley.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.gateway.GatewayTestBase;
import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class WebSocketProxyTest extends GatewayTestBase {

    @Test
    void framesArePassedThroughToChatAndBack() throws Exception {
        assertThat(echo(null, "CONNECT")).matches("chat-[ab]:CONNECT");
    }

    @Test
    void socketsFromAnAllowedOriginAreBalancedOverTheChatInstances() throws Exception {
        String first = echo(ALLOWED_ORIGIN, "hello");
        String second = echo(ALLOWED_ORIGIN, "hello");

        assertThat(java.util.List.of(first, second)).containsExactlyInAnyOrder("chat-a:hello", "chat-b:hello");
    }

    @Test
    void browserFromAnotherOriginIsRefusedWithForbidden() {
        client().get().uri("/ws")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.CONNECTION, "Upgrade")
                .header(HttpHeaders.UPGRADE, "websocket")
                .header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("origin not allowed");
    }

    @Test
    void webSocketHandshakeFromAnotherOriginFails() {
        assertThatThrownBy(() -> echo("https://evil.example", "hello"))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
    }

    /** Sends one text frame through the gateway and returns the reply (the JDK client sends no Origin itself). */
    private String echo(String origin, String text) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .header("X-Forwarded-For", randomClientIp());
        if (origin != null) {
            builder.header(HttpHeaders.ORIGIN, origin);
        }
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        reply.complete(data.toString());
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText(text, true).get(5, TimeUnit.SECONDS);
            return reply.get(10, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
