package io.parley.kit.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.events.*}: the exchange to use, and for a consuming service its queue and the event types
 * bound to it. {@code singleActiveConsumer}: when several instances consume the queue, only one at a time
 * receives its events (RabbitMQ's single active consumer), so events are handled in the order they were
 * published, e.g. a requeue before the assignment that follows it; another instance takes over if it dies.
 */
@ConfigurationProperties("parley.events")
public record EventsProperties(
        String exchange, String queue, List<String> bindings, Integer maxAttempts, boolean singleActiveConsumer) {

    public EventsProperties {
        exchange = exchange == null || exchange.isBlank() ? io.parley.contracts.events.EventTypes.EXCHANGE : exchange;
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
    }

    public String deadLetterExchange() {
        return exchange + ".dlx";
    }

    public String deadLetterQueue() {
        return queue + ".dlq";
    }
}
