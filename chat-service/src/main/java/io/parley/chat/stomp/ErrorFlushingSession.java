package io.parley.chat.stomp;

import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * Spring's thread-safe socket wrapper, plus: frames still queued when the socket is closed are sent first.
 *
 * <p>Why: Spring sends a STOMP ERROR frame and closes the socket right away. If another thread was just
 * sending to the same socket (a CONNECTED frame, an event), the ERROR frame is only queued, and a plain close
 * drops it: the client would see the socket close without the reason. Here close() first pushes the queue out
 * (an EOL heart-beat frame, which STOMP allows at any time, triggers the flush if nobody else is sending),
 * waiting at most {@link #FLUSH_WAIT_MILLIS}; a socket stuck sending to a slow client is closed after that.
 */
class ErrorFlushingSession extends ConcurrentWebSocketSessionDecorator {
    static final long FLUSH_WAIT_MILLIS = 500;
    private static final TextMessage HEARTBEAT = new TextMessage("\n");

    ErrorFlushingSession(WebSocketSession delegate, int sendTimeLimit, int bufferSizeLimit) {
        super(delegate, sendTimeLimit, bufferSizeLimit);
    }

    @Override
    public void close(CloseStatus status) throws IOException {
        if (getBufferSize() > 0 && isOpen()) {
            flushQueued();
        }
        super.close(status);
    }

    /**
     * Lets a send in progress finish (its thread then sends what is queued), then flushes whatever is still
     * queued itself; gives up after {@link #FLUSH_WAIT_MILLIS}.
     */
    private void flushQueued() {
        long deadline = System.nanoTime() + FLUSH_WAIT_MILLIS * 1_000_000;
        try {
            while (getTimeSinceSendStarted() > 0 && getBufferSize() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (getBufferSize() > 0 && System.nanoTime() < deadline) {
                sendMessage(HEARTBEAT);
            }
            while (getBufferSize() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        } catch (IOException | RuntimeException sendFailed) {
            // closing anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
