package io.parley.analytics.metrics;

import io.parley.kit.events.IdempotencyGuard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Runs a handler once per event id among the most recent {@value #CAPACITY} events, in memory. analytics-service
 * has no database of its own yet; a redelivery (the usual duplicate) comes soon after the first delivery, so a
 * bounded memory of recent ids is enough to keep counters from counting it twice. An id is remembered only after
 * its handler succeeded, so a failed attempt is retried.
 */
@Component
class RecentEventIds implements IdempotencyGuard {
    static final int CAPACITY = 50_000;

    private final Map<UUID, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public synchronized boolean runOnce(UUID eventId, Runnable work) {
        if (seen.containsKey(eventId)) {
            return false;
        }
        work.run();
        seen.put(eventId, Boolean.TRUE);
        return true;
    }
}
