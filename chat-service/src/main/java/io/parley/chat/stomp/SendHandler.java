package io.parley.chat.stomp;

import io.parley.chat.conversation.ConversationNotFoundException;
import io.parley.chat.conversation.InvalidInputException;
import io.parley.chat.conversation.MessageNotFoundException;
import io.parley.chat.conversation.MessageService;
import io.parley.chat.conversation.NotAllowedException;
import io.parley.chat.conversation.ReactionService;
import io.parley.chat.conversation.ReceiptService;
import io.parley.chat.conversation.TypingService;
import io.parley.chat.files.AttachmentNotFoundException;
import io.parley.chat.files.FilesUnavailableException;
import io.parley.chat.store.ConversationEndedException;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.kit.security.Caller;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles {@code SEND /app/conversations/{id}/<kind>}: parse, call the application service, and for messages
 * ack to the sending socket only ({@code /user/queue/acks} of this session). Receipts and reactions get no ack
 * frame (the stored RECEIPT / REACTION event arrives on the events queues); typing goes through
 * {@link TypingThrottle}. It runs on the socket's own thread, so a socket's sends are handled in the order it sent
 * them and every refusal becomes an ERROR frame.
 */
@Component
class SendHandler {
    static final String USER_ACKS = "/queue/acks";

    private final MessageService messages;
    private final ReceiptService receipts;
    private final ReactionService reactions;
    private final TypingService typing;
    private final TypingThrottle throttle;
    private final SendMessageParser parser;
    private final FrameBodies bodies;
    private final SimpMessagingTemplate sockets;

    SendHandler(MessageService messages, ReceiptService receipts, ReactionService reactions, TypingService typing,
            TypingThrottle throttle, JsonMapper json, @Lazy SimpMessagingTemplate sockets) {
        this.messages = messages;
        this.receipts = receipts;
        this.reactions = reactions;
        this.typing = typing;
        this.throttle = throttle;
        this.parser = new SendMessageParser(json);
        this.bodies = new FrameBodies(json);
        this.sockets = sockets;
    }

    /** {@code kind} is the destination's last segment: messages, receipts, reactions or typing. */
    void handle(JwtAuthenticationToken user, String sessionId, UUID conversationId, String kind, byte[] body) {
        Caller caller = Caller.from(user.getToken());
        try {
            switch (kind) {
                case "messages" -> {
                    SendMessage message = parser.parse(body);
                    MessageAck ack = messages.send(caller, conversationId, message, user.getToken().getTokenValue()).ack();
                    sockets.convertAndSendToUser(caller.id(), USER_ACKS, ack, toSession(sessionId).getMessageHeaders());
                }
                case "receipts" -> receipts.receipt(caller, conversationId, bodies.receipt(body));
                case "reactions" -> reactions.react(caller, conversationId, bodies.reaction(body));
                case "typing" -> {
                    boolean isTyping = bodies.typing(body).typing();
                    if (throttle.admit(sessionId, conversationId, isTyping,
                            held -> typing.typing(caller, conversationId, held))) {
                        typing.typing(caller, conversationId, isTyping);
                    }
                }
                default -> throw new StompRejection("destination not allowed");
            }
        } catch (ConversationNotFoundException | NotAllowedException | InvalidInputException
                | ConversationEndedException | MessageNotFoundException | AttachmentNotFoundException
                | FilesUnavailableException refused) {
            throw new StompRejection(refused.getMessage());
        }
    }

    private static SimpMessageHeaderAccessor toSession(String sessionId) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        return headers;
    }
}
