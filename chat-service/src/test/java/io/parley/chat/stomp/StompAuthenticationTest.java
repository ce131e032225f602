package io.parley.chat.stomp;

import static io.parley.testsupport.TestTokens.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.chat.support.StompIntegrationTest;
import io.parley.chat.support.StompTestClient.Connection;
import io.parley.contracts.stomp.Destinations;
import java.time.Duration;
import java.time.Instant;
import io.parley.contracts.stomp.SendMessage;
import io.parley.testsupport.TestTokens;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Who may hold a socket, and for how long. */
class StompAuthenticationTest extends StompIntegrationTest {

    @Test
    void connectWithoutATokenGetsAnErrorFrameAndTheSocketIsClosed() {
        Connection socket = connect(null);

        assertThat(socket.awaitError()).isEqualTo("missing bearer token");
        assertThat(socket.awaitClosed(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void connectWithAnExpiredTokenGetsAnErrorFrame() {
        Connection socket = connect(TestTokens.customerUntil(newUserId(), Instant.now().minus(Duration.ofMinutes(5))));

        assertThat(socket.awaitError()).isEqualTo("access token expired");
    }

    @Test
    void connectWithAForgedTokenGetsAnErrorFrame() {
        Connection socket = connect(TestTokens.forged(newUserId()));

        assertThat(socket.awaitError()).isEqualTo("invalid access token");
    }

    @Test
    void connectWithAGarbageTokenGetsAnErrorFrame() {
        Connection socket = connect("not-a-jwt");

        assertThat(socket.awaitError()).isEqualTo("invalid access token");
    }

    @Test
    void aSocketThatSendsNoConnectIsClosedAfterTheTimeout() throws Exception {
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketSession session = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            public void afterConnectionClosed(WebSocketSession s, CloseStatus status) {
                closed.complete(status);
            }
        }, "ws://localhost:" + port + "/ws").get(5, TimeUnit.SECONDS);

        CloseStatus status = closed.get(6, TimeUnit.SECONDS);

        assertThat(status.getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        await().atMost(Duration.ofSeconds(2)).until(() -> !session.isOpen());
    }

    @Test
    void theSocketGetsAnErrorAndIsClosedWhenItsTokenExpires() {
        Connection socket = connect(TestTokens.customerUntil(newUserId(), Instant.now().plusSeconds(3)));
        assertThat(socket.session().isConnected()).isTrue();

        assertThat(socket.awaitClosed(Duration.ofSeconds(8))).isTrue();
        assertThat(socket.awaitError()).isEqualTo("access token expired");
    }

    @Test
    void aSocketSendingFramesFasterThanTheLimitGetsAnError() {
        Connection socket = connect(TestTokens.customer(newUserId()));
        socket.session();

        try {
            for (int i = 0; i < 80; i++) {
                socket.session().subscribe(Destinations.USER_EVENTS, new StompSessionHandlerAdapter() {});
            }
        } catch (RuntimeException closedMeanwhile) {
            // the server refused a frame and closed the socket
        }

        assertThat(socket.awaitError()).isEqualTo("too many frames: at most 20 per second");
        assertThat(socket.awaitClosed(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aFrameLargerThanTheTransportLimitClosesOnlyThatSocket() {
        String customerId = newUserId();
        String customerToken = TestTokens.customer(customerId);
        UUID id = startConversation(customerToken);
        Connection sender = connect(customerToken);
        Connection bystander = connect(customerToken);
        sender.session();
        bystander.session();

        sender.send(Destinations.sendMessage(id), new SendMessage(UUID.randomUUID(), "x".repeat(70_000)));

        assertThat(sender.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(bystander.session().isConnected()).isTrue();
        assertThat(storedSeqs(customerToken, id)).containsExactly(1L);
    }

    @Test
    void theSessionTellsWhichInstanceTheSocketIsOn() {
        Connection socket = connect(TestTokens.customer(newUserId()));

        @SuppressWarnings("rawtypes")
        Map session = Connection.next(socket.subscribe(FrameRules.SESSION_INFO, Map.class));

        assertThat(session).containsEntry("instanceId", INSTANCE);
    }
}
