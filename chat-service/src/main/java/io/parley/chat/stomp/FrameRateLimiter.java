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
 */
@Component
class FrameRateLimiter implements ChannelInterceptor {
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
        if (!bucket.tryTake(System.nanoTime())) {
            throw new StompRejection("too many frames: at most " + framesPerSecond + " per second");
        }
        return message;
    }

    /** Refills at {@code rate} tokens per second up to {@code capacity}; each frame takes one. */
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

        synchronized boolean tryTake(long nowNanos) {
            if (lastNanos >= 0) {
                tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * rate);
            }
            lastNanos = nowNanos;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
