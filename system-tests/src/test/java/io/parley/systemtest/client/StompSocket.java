package io.parley.systemtest.client;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.messaging.converter.SimpleMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * One real STOMP-over-WebSocket connection through the gateway. Frames are bytes on the wire, parsed here, so
 * that tests can also send malformed JSON. Everything received is recorded: the events and acks of the
 * standard subscriptions, the frames of extra subscriptions, and every ERROR frame or transport failure.
 */
public final class StompSocket implements AutoCloseable {
    private static final WebSocketStompClient CLIENT = newClient();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final StompRecorder recorder;
    private final StompSession session;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<JsonNode> acks = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<JsonNode> sessionInfo = new LinkedBlockingQueue<>();
    private String instanceId;

    private StompSocket(StompRecorder recorder, StompSession session) {
        this.recorder = recorder;
        this.session = session;
    }

    /**
     * Connects with the token, subscribes to {@code /user/queue/events} and {@code /user/queue/acks}, and asks
     * {@code /app/session} which chat-service instance holds the socket (its answer also shows the earlier
     * subscriptions were processed). Fails with the recorded errors if the server refuses.
     */
    public static StompSocket connect(URI endpoint, String token) {
        StompSocket socket = open(endpoint, token);
        if (socket.session == null) {
            throw new AssertionError("STOMP CONNECT was refused: " + socket.recorder.describe());
        }
        socket.subscribeJson("/user/queue/events", socket.events);
        socket.subscribeJson("/user/queue/acks", socket.acks);
        socket.subscribeJson("/app/session", socket.sessionInfo);
        try {
            JsonNode info = socket.sessionInfo.poll(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (info == null || info.get("instanceId") == null) {
                socket.close();
                throw new AssertionError("no {instanceId} answer on /app/session within " + CONNECT_TIMEOUT
                        + ", got " + info + "; " + socket.recorder.describe());
            }
            socket.instanceId = info.get("instanceId").asString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return socket;
    }

    /**
     * Sends CONNECT (with {@code Authorization: Bearer <token>} unless the token is null) and waits for
     * CONNECTED or a refusal; a refused socket has no session but keeps its ERROR frames for {@link #errors()}.
     */
    public static StompSocket open(URI endpoint, String token) {
        StompRecorder recorder = new StompRecorder();
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        try {
            StompSession session = CLIENT.connectAsync(endpoint, new WebSocketHttpHeaders(), connect, recorder)
                    .get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new StompSocket(recorder, session);
        } catch (ExecutionException | TimeoutException refused) {
            recorder.transportError(refused.getCause() == null ? refused : refused.getCause());
            return new StompSocket(recorder, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** chat-service's PARLEY_INSTANCE_ID for this socket. */
    /**
     * A socket on another chat instance than {@code instance}: the gateway round-robins sockets over the
     * instances, so this reconnects until one lands elsewhere.
     */
    public static StompSocket connectAwayFrom(URI endpoint, String token, String instance) {
        for (int attempt = 0; attempt < 8; attempt++) {
            StompSocket socket = connect(endpoint, token);
            if (!socket.instanceId().equals(instance)) {
                return socket;
            }
            socket.close();
        }
        throw new AssertionError("8 sockets in a row landed on chat instance " + instance);
    }

    public String instanceId() {
        return instanceId;
    }

    /** {@link io.parley.contracts.stomp.ConversationEvent} and QueuePositionUpdate frames, in arrival order. */
    public List<JsonNode> events() {
        return events;
    }

    /** MessageAck frames of this socket's sends, in arrival order. */
    public List<JsonNode> acks() {
        return acks;
    }

    /** ERROR frames received ({@code message} header and body), in arrival order. */
    public List<StompRecorder.ErrorFrame> errors() {
        return recorder.errors();
    }

    public boolean isConnected() {
        return session != null && session.isConnected();
    }

    /** Subscribes to another destination; its frames land in the returned list. */
    public List<JsonNode> subscribe(String destination) {
        List<JsonNode> frames = new CopyOnWriteArrayList<>();
        subscribeJson(destination, frames);
        return frames;
    }

    /** SEND of a {@code SendMessage} to {@code /app/conversations/{id}/messages}. */
    public void sendMessage(UUID conversationId, UUID clientMessageId, String text) {
        String body = Json.write(java.util.Map.of("clientMessageId", clientMessageId.toString(), "text", text));
        sendRaw("/app/conversations/" + conversationId + "/messages", body);
    }

    /** SEND of exactly these bytes as application/json. */
    public void sendRaw(String destination, String body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private void subscribeJson(String destination, java.util.Collection<JsonNode> sink) {
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public java.lang.reflect.Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                String text = new String((byte[]) payload, StandardCharsets.UTF_8);
                try {
                    sink.add(Json.read(text));
                } catch (RuntimeException notJson) {
                    recorder.unreadable(destination, text);
                }
            }
        });
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            session.disconnect();
        }
    }

    @Override
    public String toString() {
        return "StompSocket[" + instanceId + ", " + recorder.describe() + "]";
    }

    private static WebSocketStompClient newClient() {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(256 * 1024);
        container.setDefaultMaxBinaryMessageBufferSize(256 * 1024);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setMessageConverter(new SimpleMessageConverter());
        client.setInboundMessageSizeLimit(256 * 1024);
        // heart-beats both ways (10 s), as the CONNECT frame announces: idle sockets stay open all run long
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setDaemon(true);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        client.setTaskScheduler(heartbeats);
        return client;
    }
}
