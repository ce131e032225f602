package io.parley.analytics.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.QueueEscalated;
import org.springframework.stereotype.Service;

/**
 * Counters of routing decisions, exported as {@code parley_conversations_transferred_total},
 * {@code parley_conversations_requeued_total{reason}} (NO_AGENT_REPLY, AGENT_OFFLINE) and
 * {@code parley_queue_escalations_total{rule}} (the escalation rule's name). The two known requeue reasons are
 * registered up front so they are scraped as 0 before the first requeue.
 */
@Service
class RoutingMetrics {
    static final String UNKNOWN = "UNKNOWN";

    private final MeterRegistry registry;
    private final Counter transferred;

    RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.transferred = Counter.builder("parley.conversations.transferred")
                .description("Conversations transferred to another agent or department")
                .register(registry);
        requeued(ConversationRequeued.NO_AGENT_REPLY);
        requeued(ConversationRequeued.AGENT_OFFLINE);
    }

    void conversationTransferred(ConversationTransferred event) {
        transferred.increment();
    }

    void conversationRequeued(ConversationRequeued event) {
        requeued(orUnknown(event.reason())).increment();
    }

    void queueEscalated(QueueEscalated event) {
        Counter.builder("parley.queue.escalations")
                .description("Escalation rules that fired for waiting conversations")
                .tag("rule", orUnknown(event.rule()))
                .register(registry)
                .increment();
    }

    private Counter requeued(String reason) {
        return Counter.builder("parley.conversations.requeued")
                .description("Assigned conversations sent back to the queue")
                .tag("reason", reason)
                .register(registry);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
