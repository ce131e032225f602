package io.parley.chat.stomp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * Keeps sockets honest about their token: a socket that has not authenticated with CONNECT within
 * {@code connectTimeout} is closed, and an authenticated one gets an ERROR frame ("access token expired") and
 * is closed when its token expires; the client reconnects with a fresh token.
 */
@Component
class SocketGuard implements WebSocketHandlerDecoratorFactory, DisposableBean {
    private final Map<String, WebSocketSession> unauthenticated = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "stomp-socket-guard");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration connectTimeout;
    private final MessageChannel toClients;

    SocketGuard(StompProperties properties, @Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients) {
        this.connectTimeout = properties.connectTimeout();
        this.toClients = toClients;
        this.timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                opened(session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                unauthenticated.remove(session.getId());
                ScheduledFuture<?> expiry = expiries.remove(session.getId());
                if (expiry != null) {
                    expiry.cancel(false);
                }
                super.afterConnectionClosed(session, status);
            }
        };
    }

    private void opened(WebSocketSession session) {
        unauthenticated.put(session.getId(), session);
        timer.schedule(() -> closeIfUnauthenticated(session.getId()), connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The socket sent a valid CONNECT; it may stay open until its token expires. */
    void authenticated(String sessionId, Instant expiresAt) {
        unauthenticated.remove(sessionId);
        if (expiresAt != null) {
            long delay = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
            ScheduledFuture<?> expiry =
                    timer.schedule(() -> sendError(sessionId, "access token expired"), delay, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> previous = expiries.put(sessionId, expiry);
            if (previous != null) {
                previous.cancel(false);
            }
        }
    }

    private void closeIfUnauthenticated(String sessionId) {
        WebSocketSession session = unauthenticated.remove(sessionId);
        if (session != null && session.isOpen()) {
            try {
                session.close(CloseStatus.POLICY_VIOLATION.withReason("no CONNECT within " + connectTimeout.toSeconds() + " s"));
            } catch (IOException alreadyGone) {
                // closed by the client meanwhile
            }
        }
    }

    /** Sends an ERROR frame to one socket through the normal outbound path; Spring closes it afterwards. */
    private void sendError(String sessionId, String reason) {
        expiries.remove(sessionId);
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(reason);
        error.setSessionId(sessionId);
        toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
