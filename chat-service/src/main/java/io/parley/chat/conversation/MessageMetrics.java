package io.parley.chat.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.chat.store.Timeline.Appended;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Wraps storing a message: {@code parley.chat.message.store} times it, {@code parley.chat.messages.stored}
 * counts messages actually stored (resends are not counted).
 */
@Component
class MessageMetrics {
    private final Counter stored;
    private final Timer storeLatency;

    MessageMetrics(MeterRegistry registry) {
        this.stored = Counter.builder("parley.chat.messages.stored")
                .description("Messages stored (resends excluded)")
                .register(registry);
        this.storeLatency = Timer.builder("parley.chat.message.store")
                .description("Time to store a message, from idempotency check to insert")
                .publishPercentileHistogram()
                .register(registry);
    }

    Appended timeStore(Supplier<Appended> store) {
        Appended appended = storeLatency.record(store);
        if (appended != null && appended.created()) {
            stored.increment();
        }
        return appended;
    }
}
