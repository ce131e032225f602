package io.parley.chat.stomp;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Turns any failure while handling a client frame into an ERROR frame whose {@code message} header is the
 * reason: a {@link StompRejection}'s own words, or a generic phrase (never internal details or frame content).
 * Spring closes the socket after sending it.
 */
class ReasonErrorHandler extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        return super.handleClientMessageProcessingError(clientMessage, new StompRejection(reasonOf(ex)));
    }

    static String reasonOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StompRejection rejection) {
                return rejection.getMessage();
            }
            if (t instanceof StompConversionException conversion) {
                String message = String.valueOf(conversion.getMessage());
                return message.contains("size limit") ? "frame too large" : "malformed STOMP frame";
            }
        }
        return "frame could not be processed";
    }
}
