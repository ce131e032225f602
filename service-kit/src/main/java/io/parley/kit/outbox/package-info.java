/**
 * The transactional outbox for services with a PostgreSQL schema. {@link io.parley.kit.outbox.Outbox#add}
 * writes an event in the caller's transaction; {@link io.parley.kit.outbox.OutboxRelay} publishes unpublished
 * rows in order with publisher confirms. {@link io.parley.kit.outbox.JdbcIdempotencyGuard} records processed
 * event ids in the same transaction as the handler's writes. Tables: {@code db/kit/V0_1__kit_outbox.sql}
 * (add {@code classpath:db/kit} to {@code spring.flyway.locations}).
 */
package io.parley.kit.outbox;
