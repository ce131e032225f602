package io.parley.chat.stomp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * At most {@code framesPerSecond} frames per socket, sustained, with bursts of {@code frameBurst} (a token
 * bucket per socket). A socket over the limit gets an ERROR frame and is closed; others are not affected.
 * A typing frame ({@code SEND /app/conversations/{id}/typing}) counts as a quarter frame: clients that send one
 * per keystroke stay well under the limit (only one per second goes on anyway, see {@link TypingThrottle}).
 */
@Component
class FrameRateLimiter implements ChannelInterceptor {
    static final double TYPING_FRAME_COST = 0.25;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int framesPerSecond;
    private final int burst;

    FrameRateLimiter(StompProperties properties) {
        this.framesPerSecond = properties.framesPerSecond();
        this.burst = properties.frameBurst();
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (sessionId == null) {
            return message;
        }
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.DISCONNECT) {
            buckets.remove(sessionId);
            return message;
        }
        TokenBucket bucket = buckets.computeIfAbsent(sessionId, id -> new TokenBucket(framesPerSecond, burst));
        if (!bucket.tryTake(System.nanoTime(), isTyping(message) ? TYPING_FRAME_COST : 1)) {
            throw new StompRejection("too many frames: at most " + framesPerSecond + " per second");
        }
        return message;
    }

    private static boolean isTyping(Message<?> message) {
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        return SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE
                && destination != null && destination.endsWith("/typing");
    }

    /** Refills at {@code rate} tokens per second up to {@code capacity}; each frame takes one (or {@code cost}). */
    static final class TokenBucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long lastNanos = -1;

        TokenBucket(double rate, double capacity) {
            this.rate = rate;
            this.capacity = capacity;
            this.tokens = capacity;
        }

        boolean tryTake(long nowNanos) {
            return tryTake(nowNanos, 1);
        }

        synchronized boolean tryTake(long nowNanos, double cost) {
            if (lastNanos >= 0) {
                tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * rate);
            }
            lastNanos = nowNanos;
            if (tokens < cost) {
                return false;
            }
            tokens -= cost;
            return true;
        }
    }
}
