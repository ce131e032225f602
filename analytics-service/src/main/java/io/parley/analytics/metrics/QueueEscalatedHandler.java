package io.parley.analytics.metrics;

import io.parley.contracts.events.QueueEscalated;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Feeds {@code queue.escalated} events into the routing metrics. */
@Component
class QueueEscalatedHandler implements EventHandler<QueueEscalated> {
    private final RoutingMetrics metrics;

    QueueEscalatedHandler(RoutingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String type() {
        return EventTypes.QUEUE_ESCALATED;
    }

    @Override
    public void handle(UUID eventId, QueueEscalated payload) {
        metrics.queueEscalated(payload);
    }
}
