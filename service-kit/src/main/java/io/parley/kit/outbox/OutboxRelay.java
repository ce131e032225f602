package io.parley.kit.outbox;

import io.parley.kit.events.EventPublisher;
import io.parley.kit.events.EventPublisher.EncodedEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in order. One relay at a time per schema (a transaction-scoped advisory lock), so
 * events leave in the order they were written even with several instances. Rows are marked published only
 * after the broker confirmed them; a failure leaves them for the next round (consumers are idempotent).
 * Runs when woken after a commit and every {@code pollMillis} in any case.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventPublisher publisher;
    private final long pollMillis;
    private final long lockKey;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, EventPublisher publisher, long pollMillis, String lockName) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.publisher = publisher;
        this.pollMillis = pollMillis;
        this.lockKey = ("parley-outbox:" + lockName).hashCode();
    }

    /** Asks for a round soon (coalesces many wake-ups into one). */
    public void wakeUp() {
        if (running && scheduled.compareAndSet(false, true)) {
            executor.execute(this::round);
        }
    }

    /** Publishes until the outbox is empty or an error stops the round; returns the number published. */
    public int publishPending() {
        int total = 0;
        int published;
        do {
            Integer n = tx.execute(status -> publishBatch());
            published = n == null ? 0 : n;
            total += published;
        } while (published == BATCH);
        return total;
    }

    private int publishBatch() {
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lockKey);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<Row> rows = jdbc.query(
                "select id, event_id, type, envelope::text from outbox where published_at is null order by id limit ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)),
                BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        publisher.publishEncoded(rows.stream()
                .map(r -> new EncodedEvent(r.eventId(), r.type(), r.json().getBytes(StandardCharsets.UTF_8)))
                .toList());
        jdbc.update(
                "update outbox set published_at = now() where id = any(?)",
                (Object) rows.stream().map(Row::id).toArray(Long[]::new));
        return rows.size();
    }

    private void round() {
        scheduled.set(false);
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed, will retry: {}", e.getMessage());
        }
    }

    private void cleanUp() {
        try {
            jdbc.update("delete from outbox where published_at < now() - interval '7 days'");
            jdbc.update("delete from processed_events where processed_at < now() - interval '7 days'");
        } catch (RuntimeException e) {
            log.warn("outbox clean-up failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        running = true;
        executor.scheduleWithFixedDelay(this::round, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::cleanUp, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Row(long id, UUID eventId, String type, String json) {}
}
