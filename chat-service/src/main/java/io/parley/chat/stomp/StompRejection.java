package io.parley.chat.stomp;

/** A frame refused for a reason the client is told in the ERROR frame's {@code message} header. */
class StompRejection extends RuntimeException {

    StompRejection(String reason) {
        super(reason, null, false, false);
    }
}
