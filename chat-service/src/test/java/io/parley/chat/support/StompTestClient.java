package io.parley.chat.support;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** Spring's WebSocketStompClient against the service, recording ERROR frames and received payloads. */
public final class StompTestClient {
    private static final WebSocketStompClient CLIENT = client();

    private StompTestClient() {}

    /** Opens {@code /ws} and sends CONNECT, with {@code Authorization: Bearer <token>} unless token is null. */
    public static Connection connect(int port, String token) {
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        Connection connection = new Connection();
        connection.future = CLIENT.connectAsync(
                "ws://localhost:" + port + "/ws", new WebSocketHttpHeaders(), connect, connection.handler);
        return connection;
    }

    private static WebSocketStompClient client() {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new CompositeMessageConverter(List.of(
                new ByteArrayMessageConverter(), new StringMessageConverter(), new JacksonJsonMessageConverter())));
        client.setInboundMessageSizeLimit(256 * 1024);
        return client;
    }

    /** One socket: its session once CONNECTED, the reasons of ERROR frames it received, and whether it closed. */
    public static final class Connection implements AutoCloseable {
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        private final CompletableFuture<Void> closed = new CompletableFuture<>();
        private CompletableFuture<StompSession> future;
        private final StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                errors.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                closed.complete(null);
            }
        };

        public StompSession session() {
            return future.orTimeout(5, TimeUnit.SECONDS).join();
        }

        /** The {@code message} header of the next ERROR frame, or null if none came in time. */
        public String awaitError() {
            try {
                return errors.poll(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** True if the server closed the socket within the timeout. */
        public boolean awaitClosed(Duration timeout) {
            try {
                closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (Exception e) {
                return future.isCompletedExceptionally() && closed.isDone();
            }
        }

        public <T> BlockingQueue<T> subscribe(String destination, Class<T> type) {
            BlockingQueue<T> received = new LinkedBlockingQueue<>();
            session().subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return type;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    received.add(type.cast(payload));
                }
            });
            return received;
        }

        public void send(String destination, Object payload) {
            session().send(destination, payload);
        }

        /** Sends these bytes as the body, whatever they are. */
        public void sendRaw(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            session().send(headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public static <T> T next(BlockingQueue<T> queue) {
            try {
                return queue.poll(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @Override
        public void close() {
            try {
                if (future.isDone() && !future.isCompletedExceptionally() && future.join().isConnected()) {
                    future.join().disconnect();
                }
            } catch (RuntimeException closedByTheServerMeanwhile) {
                // nothing left to close
            }
        }
    }
}
