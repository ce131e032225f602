package io.parley.analytics.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.MessageSent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Counters and timers of the conversation flow, exported as {@code parley_conversations_queued_total},
 * {@code parley_conversations_assigned_total}, {@code parley_conversations_ended_total},
 * {@code parley_messages_total{senderRole}}, {@code parley_conversation_wait_seconds} and the gauge
 * {@code parley_conversations_waiting}. The queue times of waiting conversations live in memory only: after a
 * restart, conversations queued before it are counted when assigned but not timed.
 */
@Service
public class ConversationMetrics {
    static final int MAX_WAITING_TRACKED = 100_000;

    private final MeterRegistry registry;
    private final Counter queued;
    private final Counter assigned;
    private final Counter ended;
    private final Timer waitTime;
    private final Map<UUID, Instant> queuedAt = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Instant> eldest) {
            return size() > MAX_WAITING_TRACKED;
        }
    };

    ConversationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queued = Counter.builder("parley.conversations.queued")
                .description("Conversations that started waiting for an agent")
                .register(registry);
        this.assigned = Counter.builder("parley.conversations.assigned")
                .description("Conversations given to an agent")
                .register(registry);
        this.ended = Counter.builder("parley.conversations.ended")
                .description("Conversations ended by the customer or the agent")
                .register(registry);
        this.waitTime = Timer.builder("parley.conversation.wait")
                .description("Time from queued to assigned")
                .serviceLevelObjectives(
                        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                        Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30))
                .register(registry);
        registry.gauge("parley.conversations.waiting", queuedAt, ConversationMetrics::waitingCount);
    }

    public void conversationQueued(ConversationQueued event) {
        synchronized (queuedAt) {
            queuedAt.put(event.conversationId(), event.queuedAt());
        }
        queued.increment();
    }

    public void conversationAssigned(ConversationAssigned event) {
        Instant since;
        synchronized (queuedAt) {
            since = queuedAt.remove(event.conversationId());
        }
        assigned.increment();
        if (since != null && event.assignedAt() != null && !event.assignedAt().isBefore(since)) {
            waitTime.record(Duration.between(since, event.assignedAt()));
        }
    }

    void conversationEnded(ConversationEnded event) {
        synchronized (queuedAt) {
            queuedAt.remove(event.conversationId());
        }
        ended.increment();
    }

    public void messageSent(MessageSent event) {
        String role = event.senderRole() == null || event.senderRole().isBlank() ? "UNKNOWN" : event.senderRole();
        registry.counter("parley.messages", "senderRole", role).increment();
    }

    private static double waitingCount(Map<UUID, Instant> waiting) {
        synchronized (waiting) {
            return waiting.size();
        }
    }
}
