package io.parley.chat.stomp;

import io.parley.chat.conversation.ConversationNotFoundException;
import io.parley.chat.conversation.InvalidInputException;
import io.parley.chat.conversation.MessageService;
import io.parley.chat.conversation.NotAllowedException;
import io.parley.chat.store.ConversationEndedException;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.kit.security.Caller;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles {@code SEND /app/conversations/{id}/messages}: parse, store through {@link MessageService}, then ack
 * to the sending socket only ({@code /user/queue/acks} of this session). It runs on the socket's own thread, so
 * a socket's messages are stored in the order it sent them and every refusal becomes an ERROR frame.
 */
@Component
class SendHandler {
    static final String USER_ACKS = "/queue/acks";

    private final MessageService messages;
    private final SendMessageParser parser;
    private final SimpMessagingTemplate sockets;

    SendHandler(MessageService messages, JsonMapper json, @Lazy SimpMessagingTemplate sockets) {
        this.messages = messages;
        this.parser = new SendMessageParser(json);
        this.sockets = sockets;
    }

    void handle(Caller caller, String sessionId, UUID conversationId, byte[] body) {
        SendMessage message = parser.parse(body);
        MessageAck ack;
        try {
            ack = messages.send(caller, conversationId, message).ack();
        } catch (ConversationNotFoundException | NotAllowedException | InvalidInputException
                | ConversationEndedException refused) {
            throw new StompRejection(refused.getMessage());
        }
        sockets.convertAndSendToUser(caller.id(), USER_ACKS, ack, toSession(sessionId).getMessageHeaders());
    }

    private static SimpMessageHeaderAccessor toSession(String sessionId) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        return headers;
    }
}
