package io.parley.kit.outbox;

import io.parley.kit.events.EventPublisher;
import io.parley.kit.events.EventPublisher.EncodedEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in order. One relay at a time per schema (a transaction-scoped advisory lock), so
 * events leave in the order they were written even with several instances. Rows are marked published only
 * after the broker confirmed them; a failure leaves them for the next round (consumers are idempotent).
 * Runs when woken after a commit and every {@code pollMillis} in any case ({@link PollingRelay}); hourly it
 * deletes published rows and processed event ids older than 7 days.
 */
public class OutboxRelay extends PollingRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventPublisher publisher;
    private final long lockKey;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, EventPublisher publisher, long pollMillis, String lockName) {
        super("outbox-relay", pollMillis);
        this.jdbc = jdbc;
        this.tx = tx;
        this.publisher = publisher;
        this.lockKey = ("parley-outbox:" + lockName).hashCode();
    }

    /** Publishes until the outbox is empty or an error stops the round; returns the number published. */
    @Override
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

    private void cleanUp() {
        try {
            jdbc.update("delete from outbox where published_at < now() - interval '7 days'");
            jdbc.update("delete from processed_events where processed_at < now() - interval '7 days'");
        } catch (RuntimeException e) {
            log.warn("outbox clean-up failed: {}", e.getMessage());
        }
    }

    @Override
    protected void scheduleMore(ScheduledExecutorService relayThread) {
        relayThread.scheduleWithFixedDelay(this::cleanUp, 1, 60, TimeUnit.MINUTES);
    }

    private record Row(long id, UUID eventId, String type, String json) {}
}
