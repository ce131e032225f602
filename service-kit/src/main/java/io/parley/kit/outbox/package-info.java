/**
 * The transactional outbox for services with a PostgreSQL schema. {@link io.parley.kit.outbox.Outbox#add}
 * writes an event in the caller's transaction; {@link io.parley.kit.outbox.OutboxRelay} publishes unpublished
 * rows in order with publisher confirms, on the polling and wake-up rhythm of
 * {@link io.parley.kit.outbox.PollingRelay} (which a relay over another store can extend too).
 * {@link io.parley.kit.outbox.JdbcIdempotencyGuard} records processed event ids in the same transaction as the
 * handler's writes. Tables: {@code db/kit/V0_1__kit_outbox.sql} (add {@code classpath:db/kit} to
 * {@code spring.flyway.locations}).
 */
package io.parley.kit.outbox;
