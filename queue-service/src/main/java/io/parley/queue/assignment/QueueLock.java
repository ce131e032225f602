package io.parley.queue.assignment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one PostgreSQL advisory lock that serialises every change of the line, across all queue-service
 * instances on the same schema (the key is derived from the schema name). Transaction-scoped: it is released
 * by the commit or rollback of the transaction that took it, so it cannot leak.
 */
@Component
public class QueueLock {
    private static final String KEY = "hashtext('parley-queue:' || current_schema())";

    private final JdbcClient jdbc;

    QueueLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until this transaction holds the lock. */
    public void acquire() {
        requireTransaction();
        jdbc.sql("select 1 from pg_advisory_xact_lock(" + KEY + ")").query(Integer.class).single();
    }

    /** Takes the lock if nobody holds it; returns whether this transaction holds it now. */
    public boolean tryAcquire() {
        requireTransaction();
        return Boolean.TRUE.equals(
                jdbc.sql("select pg_try_advisory_xact_lock(" + KEY + ")").query(Boolean.class).single());
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the queue lock is transaction-scoped: call it inside a transaction");
        }
    }
}
