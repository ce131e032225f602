package io.parley.gateway.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.GatewayTestBase;
import io.parley.gateway.StubBackend;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Sockets through the gateway behave like sockets straight to chat-service, every time: a client that speaks
 * the moment the upgrade completes (as every STOMP client does with CONNECT) is heard, and a frame the backend
 * sends right before closing (a STOMP ERROR) arrives before the close, which keeps the backend's status, and
 * the same holds the other way round.
 * Each socket comes from its own client IP, so the per-IP limit on upgrades never interferes.
 */
class WebSocketRelayTest extends GatewayTestBase {
    private static final int SOCKETS = 100;
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    /** Like a browser on the allowed origin (Netty would otherwise send an origin made from the gateway's URL). */
    private static final HttpClient CLIENT = HttpClient.create()
            .headers(headers -> headers.set(HttpHeaders.ORIGIN, ALLOWED_ORIGIN));

    @Test
    void aFrameSentTheMomentTheSocketOpensIsAlwaysAnswered() {
        List<String> unanswered = Flux.range(1, SOCKETS)
                .flatMap(i -> firstReply("CONNECT " + i)
                        .filter(reply -> !reply.matches("chat-[ab]:CONNECT " + i))
                        .map(reply -> "socket " + i + ": " + reply), 4)
                .collectList()
                .block();

        assertThat(unanswered).as("sockets of %d whose first frame got no answer", SOCKETS).isEmpty();
    }

    @Test
    void aFrameTheBackendSendsRightBeforeClosingArrivesBeforeTheCloseWithTheBackendsStatus() {
        List<String> wrong = Flux.range(1, SOCKETS)
                .flatMap(i -> refusedSocket("CONNECT " + i)
                        .filter(seen -> !(seen.size() == 2
                                && seen.get(0).matches("text chat-[ab]:ERROR CONNECT " + i)
                                && seen.get(1).equals("close 1002")))
                        .map(seen -> "socket " + i + " saw " + seen), 4)
                .collectList()
                .block();

        assertThat(wrong).as("sockets of %d that did not see the ERROR frame and then close 1002", SOCKETS).isEmpty();
    }

    @Test
    void aFrameTheClientSendsRightBeforeClosingReachesTheBackendBeforeTheCloseWithTheClientsStatus() {
        List<String> wrong = Flux.range(1, SOCKETS)
                .flatMap(i -> {
                    String socket = UUID.randomUUID().toString();
                    return sendAndClose(socket, "SEND " + i)
                            .then(Mono.firstWithValue(CHAT_A.receivedBy(socket), CHAT_B.receivedBy(socket))
                                    .timeout(ANSWER_TIMEOUT, Mono.just(List.of("no end within " + ANSWER_TIMEOUT))))
                            .filter(seen -> !seen.equals(List.of("text hello", "text SEND " + i, "close 4001")))
                            .map(seen -> "socket " + i + ": the backend saw " + seen);
                }, 4)
                .collectList()
                .block();

        assertThat(wrong).as("sockets of %d whose backend did not get the frame and then close 4001", SOCKETS).isEmpty();
    }

    /** Opens a socket, sends {@code text} as soon as the upgrade completes, and returns the first frame back. */
    private Mono<String> firstReply(String text) {
        return CLIENT.headers(headers -> headers.set("X-Forwarded-For", randomClientIp()))
                .websocket()
                .uri("ws://localhost:" + port + "/ws")
                .handle((in, out) -> out.sendString(Mono.just(text))
                        .then()
                        .thenMany(in.receive().asString().take(1)))
                .next()
                .timeout(ANSWER_TIMEOUT, Mono.just("no answer within " + ANSWER_TIMEOUT))
                .onErrorResume(e -> Mono.just("failed: " + e));
    }

    /**
     * Opens a socket and, once the backend answered "hello", sends {@code text} and closes with 4001 right behind
     * it. (Without waiting, both could arrive before the gateway has reached the backend at all.)
     */
    private Mono<Void> sendAndClose(String socket, String text) {
        return CLIENT.headers(headers -> headers.set("X-Forwarded-For", randomClientIp())
                        .set(StubBackend.SOCKET_HEADER, socket))
                .websocket()
                .uri("ws://localhost:" + port + "/ws")
                .handle((in, out) -> out.sendString(Mono.just("hello"))
                        .then()
                        .thenMany(in.receive().asString().index())
                        // not take(1): a cancelled inbound would close the socket without a status
                        .concatMap(reply -> reply.getT1() > 0 ? Mono.empty()
                                : out.sendString(Mono.just(text)).then().then(out.sendClose(4001, "done"))))
                .then()
                .timeout(ANSWER_TIMEOUT)
                .onErrorResume(e -> Mono.empty());
    }

    /** What a client sees, in order, on a socket whose backend answers the first frame and closes with 1002. */
    private Mono<List<String>> refusedSocket(String text) {
        return CLIENT.headers(headers -> headers.set("X-Forwarded-For", randomClientIp())
                        .set(StubBackend.CLOSE_HEADER, "1002"))
                .websocket()
                .uri("ws://localhost:" + port + "/ws")
                .handle((in, out) -> out.sendString(Mono.just(text))
                        .then()
                        .thenMany(in.receive().asString().map(frame -> "text " + frame)
                                .concatWith(in.receiveCloseStatus().map(status -> "close " + status.code())))
                        .collectList())
                .next()
                .timeout(ANSWER_TIMEOUT, Mono.just(List.of("socket not closed within " + ANSWER_TIMEOUT)))
                .onErrorResume(e -> Mono.just(List.of("failed: " + e)));
    }
}
