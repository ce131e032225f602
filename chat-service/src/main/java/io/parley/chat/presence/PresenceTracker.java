package io.parley.chat.presence;

import io.parley.chat.platform.InstanceId;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Keeps this instance's sockets in the {@link PresenceRegistry}: registered when the CONNECT was accepted
 * (CONNECTED sent), refreshed by any later inbound frame (heart-beats included) at most every third of the TTL,
 * removed on close. Redis trouble never breaks a socket: presence is then only less accurate.
 */
class PresenceTracker implements ChannelInterceptor {
    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);

    private final PresenceRegistry registry;
    private final InstanceId instance;
    private final Clock clock;
    private final Map<String, Long> lastRefresh = new ConcurrentHashMap<>();

    PresenceTracker(PresenceRegistry registry, InstanceId instance, Clock clock) {
        this.registry = registry;
        this.instance = instance;
        this.clock = clock;
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        String socketId = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        Principal user = event.getUser();
        if (socketId == null || user == null) {
            return;
        }
        lastRefresh.put(socketId, clock.millis());
        safely(() -> registry.register(user.getName(), roles(user), socketId, instance.value()));
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        lastRefresh.remove(event.getSessionId());
        Principal user = event.getUser();
        if (user != null) {
            safely(() -> registry.remove(user.getName(), event.getSessionId()));
        }
    }

    /** Any frame after CONNECT (a heart-beat too) shows the socket is alive. */
    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
        String socketId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        Principal user = SimpMessageHeaderAccessor.getUser(message.getHeaders());
        if (socketId == null || user == null || type == SimpMessageType.CONNECT || type == SimpMessageType.DISCONNECT) {
            return message;
        }
        long now = clock.millis();
        Long last = lastRefresh.get(socketId);
        if (last != null && now - last >= registry.ttl().toMillis() / 3
                && lastRefresh.replace(socketId, last, now)) {
            safely(() -> registry.refresh(user.getName(), socketId, instance.value()));
        }
        return message;
    }

    private static Set<String> roles(Principal user) {
        if (user instanceof JwtAuthenticationToken token) {
            var roles = token.getToken().getClaimAsStringList("roles");
            return roles == null ? Set.of() : Set.copyOf(roles);
        }
        return Set.of();
    }

    private static void safely(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            log.warn("presence not recorded: {}", e.getMessage());
        }
    }
}
