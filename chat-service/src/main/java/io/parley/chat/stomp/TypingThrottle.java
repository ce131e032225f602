package io.parley.chat.stomp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * At most one typing frame per second per socket and conversation goes on; the others are dropped silently.
 * One exception keeps indicators right without breaking that rate: when a window closes, the last state held in
 * it is sent if it differs from the state last sent (so a quick "stopped typing" is not lost).
 */
@Component
class TypingThrottle implements DisposableBean {
    static final long WINDOW_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(TypingThrottle.class);

    private final Map<String, Map<UUID, Slot>> sockets = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "stomp-typing-throttle");
        thread.setDaemon(true);
        return thread;
    });

    /** What was last sent for one socket and conversation, and what is held until the window closes. */
    private static final class Slot {
        long sentAtNanos;
        Boolean sent;
        Boolean held;
        boolean flushScheduled;
    }

    /**
     * True if this frame goes on now (the caller sends it). Otherwise it is held; {@code later} is called with the
     * held state when the window closes, if it still differs from the state last sent and the socket is open.
     */
    boolean admit(String sessionId, UUID conversationId, boolean typing, Consumer<Boolean> later) {
        Slot slot = sockets.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(conversationId, id -> new Slot());
        synchronized (slot) {
            long now = System.nanoTime();
            long elapsedMillis = (now - slot.sentAtNanos) / 1_000_000;
            if (slot.sent == null || elapsedMillis >= WINDOW_MILLIS) {
                slot.sent = typing;
                slot.sentAtNanos = now;
                slot.held = null;
                return true;
            }
            slot.held = typing;
            if (!slot.flushScheduled) {
                slot.flushScheduled = true;
                timer.schedule(() -> flush(sessionId, slot, later), WINDOW_MILLIS - elapsedMillis, TimeUnit.MILLISECONDS);
            }
            return false;
        }
    }

    private void flush(String sessionId, Slot slot, Consumer<Boolean> later) {
        Boolean send;
        synchronized (slot) {
            slot.flushScheduled = false;
            send = slot.held;
            slot.held = null;
            if (send == null || send.equals(slot.sent) || !sockets.containsKey(sessionId)) {
                return;
            }
            slot.sent = send;
            slot.sentAtNanos = System.nanoTime();
        }
        try {
            later.accept(send);
        } catch (RuntimeException refused) {
            log.debug("dropped a held typing state: {}", refused.getMessage());
        }
    }

    @EventListener
    void closed(SessionDisconnectEvent event) {
        sockets.remove(event.getSessionId());
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
