package io.parley.kit.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.events.*}: the exchange to use, and for a consuming service its queue and the event types
 * bound to it.
 */
@ConfigurationProperties("parley.events")
public record EventsProperties(String exchange, String queue, List<String> bindings, Integer maxAttempts) {

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
