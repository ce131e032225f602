package io.parley.chat.stomp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Turns any failure while handling a client frame into an ERROR frame whose {@code message} header is the
 * reason: a {@link StompRejection}'s own words, or a generic phrase (never internal details or frame content).
 * Spring closes the socket after sending it. Refusals are the client's business and logged at debug only
 * (Spring's own error log of them is switched off in application.yml); anything else is a warning.
 */
class ReasonErrorHandler extends StompSubProtocolErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(ReasonErrorHandler.class);

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
        String reason = reasonOf(ex);
        if (isRefusal(ex)) {
            log.debug("refused a client frame: {}", reason);
        } else {
            log.warn("failed to handle a client frame, closing the socket", ex);
        }
        return super.handleClientMessageProcessingError(clientMessage, new StompRejection(reason));
    }

    private static boolean isRefusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StompRejection || t instanceof StompConversionException) {
                return true;
            }
        }
        return false;
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
