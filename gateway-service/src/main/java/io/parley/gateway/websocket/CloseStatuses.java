package io.parley.gateway.websocket;

import org.springframework.web.reactive.socket.CloseStatus;

/** Which close status one side of a relayed socket passes on to the other. */
final class CloseStatuses {

    private CloseStatuses() {
    }

    /**
     * The same status when it may be sent in a close frame (RFC 6455: 1000-1003, 1007-1011, 3000-4999); 1000 for
     * a close frame that carried no status (1005); 1001 (going away) for the restart and overload codes
     * 1012-1014 that not every client accepts; 1002 (protocol error) for anything else.
     */
    static CloseStatus forwardable(CloseStatus status) {
        int code = status.getCode();
        if ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999)) {
            return status;
        }
        if (code == CloseStatus.NO_STATUS_CODE.getCode()) {
            return CloseStatus.NORMAL;
        }
        if (code >= 1012 && code <= 1014) {
            return CloseStatus.GOING_AWAY;
        }
        return CloseStatus.PROTOCOL_ERROR;
    }
}
