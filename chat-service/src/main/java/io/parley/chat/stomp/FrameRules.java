package io.parley.chat.stomp;

import io.parley.chat.conversation.ConversationNotFoundException;
import io.parley.chat.conversation.ConversationService;
import io.parley.contracts.stomp.Destinations;
import io.parley.kit.security.Caller;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * What an authenticated socket may do, rule by rule, ending with deny-all:
 * <ul>
 *   <li>SUBSCRIBE {@code /user/queue/events}, {@code /user/queue/acks}, {@code /app/session}: anyone;
 *   <li>SUBSCRIBE {@code /topic/conversations/{id}}: who may see that conversation;
 *   <li>SEND {@code /app/conversations/{id}/messages|receipts|reactions|typing}: handled here by
 *       {@link SendHandler} (who may send what is the application services' rule), and consumed: nothing else sees
 *       the frame;
 *   <li>CONNECT, DISCONNECT, UNSUBSCRIBE and heart-beats pass; anything else is refused.
 * </ul>
 */
@Component
class FrameRules implements ChannelInterceptor {
    static final String SESSION_INFO = "/app/session";
    private static final Set<String> OPEN_SUBSCRIPTIONS =
            Set.of(Destinations.USER_EVENTS, Destinations.USER_ACKS, SESSION_INFO);
    private static final Pattern TOPIC = Pattern.compile(Pattern.quote(Destinations.CONVERSATION_TOPIC_PREFIX) + "([^/]+)");
    private static final Pattern SEND = Pattern.compile(
            Pattern.quote(Destinations.APP_PREFIX) + "/conversations/([^/]+)/(messages|receipts|reactions|typing)");

    private final ConversationService conversations;
    private final SendHandler sends;

    FrameRules(ConversationService conversations, SendHandler sends) {
        this.conversations = conversations;
        this.sends = sends;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        return switch (stomp.getCommand()) {
            case CONNECT, STOMP, DISCONNECT, UNSUBSCRIBE -> message;
            case SUBSCRIBE -> {
                checkSubscription(caller(stomp), stomp.getDestination());
                yield message;
            }
            case SEND -> {
                UUID conversationId = match(SEND, stomp.getDestination())
                        .orElseThrow(() -> new StompRejection("destination not allowed"));
                String kind = stomp.getDestination().substring(stomp.getDestination().lastIndexOf('/') + 1);
                sends.handle(user(stomp), stomp.getSessionId(), conversationId, kind, (byte[]) message.getPayload());
                yield null;
            }
            default -> throw new StompRejection(stomp.getCommand() + " not allowed");
        };
    }

    private void checkSubscription(Caller caller, String destination) {
        if (destination != null && OPEN_SUBSCRIPTIONS.contains(destination)) {
            return;
        }
        UUID conversationId = match(TOPIC, destination)
                .orElseThrow(() -> new StompRejection("subscription not allowed"));
        try {
            conversations.get(caller, conversationId);
        } catch (ConversationNotFoundException e) {
            throw new StompRejection(e.getMessage());
        }
    }

    /** The conversation id in a destination of this shape; "conversation not found" if it is no UUID. */
    private static Optional<UUID> match(Pattern shape, String destination) {
        Matcher matcher = shape.matcher(destination == null ? "" : destination);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)));
        } catch (IllegalArgumentException notAUuid) {
            throw new StompRejection("conversation not found");
        }
    }

    private static Caller caller(StompHeaderAccessor stomp) {
        return Caller.from(user(stomp).getToken());
    }

    private static JwtAuthenticationToken user(StompHeaderAccessor stomp) {
        Principal user = stomp.getUser();
        if (user instanceof JwtAuthenticationToken token) {
            return token;
        }
        throw new StompRejection("not connected: send CONNECT with a bearer token first");
    }
}
