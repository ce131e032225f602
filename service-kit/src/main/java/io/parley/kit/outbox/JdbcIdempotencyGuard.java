package io.parley.kit.outbox;

import io.parley.kit.events.IdempotencyGuard;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the event id in {@code processed_events} in the same transaction as the handler's writes. */
public class JdbcIdempotencyGuard implements IdempotencyGuard {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcIdempotencyGuard(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public boolean runOnce(UUID eventId, Runnable work) {
        Boolean ran = tx.execute(status -> {
            int inserted = jdbc.update(
                    "insert into processed_events (event_id) values (?) on conflict do nothing", eventId);
            if (inserted == 0) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
