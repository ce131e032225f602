package io.parley.chat.stomp;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * Authenticates the socket with the CONNECT frame's {@code Authorization: Bearer <access token>} header (the
 * handshake carries no token). The user it sets stays with the socket; every later frame needs it. The socket
 * is then bound to the token: {@link SocketGuard} closes it when the token expires.
 */
@Component
class ConnectAuthenticator implements ChannelInterceptor {
    private static final String BEARER = "bearer ";

    private final JwtDecoder tokens;
    private final JwtAuthenticationConverter roles;
    private final SocketGuard guard;

    ConnectAuthenticator(JwtDecoder tokens, JwtAuthenticationConverter roles, SocketGuard guard) {
        this.tokens = tokens;
        this.roles = roles;
        this.guard = guard;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null || stomp.getCommand() == StompCommand.DISCONNECT) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.CONNECT || stomp.getCommand() == StompCommand.STOMP) {
            Jwt jwt = decode(bearerToken(stomp));
            stomp.setUser(roles.convert(jwt));
            guard.authenticated(stomp.getSessionId(), jwt.getExpiresAt());
        } else if (stomp.getUser() == null) {
            throw new StompRejection("not connected: send CONNECT with a bearer token first");
        }
        return message;
    }

    private static String bearerToken(StompHeaderAccessor stomp) {
        String header = stomp.getFirstNativeHeader("Authorization");
        if (header == null) {
            header = stomp.getFirstNativeHeader("authorization");
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            throw new StompRejection("missing bearer token");
        }
        return header.substring(BEARER.length()).trim();
    }

    private Jwt decode(String token) {
        try {
            return tokens.decode(token);
        } catch (JwtException e) {
            String reason = String.valueOf(e.getMessage()).toLowerCase();
            throw new StompRejection(reason.contains("expired") ? "access token expired" : "invalid access token");
        }
    }
}
