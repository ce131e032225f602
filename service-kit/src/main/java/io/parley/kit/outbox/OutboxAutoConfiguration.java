package io.parley.kit.outbox;

import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventPublisher;
import io.parley.kit.events.EventsAutoConfiguration;
import io.parley.kit.events.IdempotencyGuard;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox, relay and idempotency guard for a service that has a DataSource and RabbitMQ. */
@AutoConfiguration(
        after = EventsAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
        })
@ConditionalOnClass({JdbcTemplate.class, EventPublisher.class})
@ConditionalOnBean({DataSource.class, EventPublisher.class})
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            EventPublisher publisher,
            @Value("${parley.outbox.poll-millis:500}") long pollMillis,
            @Value("${spring.application.name:service}") String name) {
        return new OutboxRelay(jdbc, tx, publisher, pollMillis, name);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay) {
        return new Outbox(jdbc, codec, relay);
    }

    @Bean
    IdempotencyGuard jdbcIdempotencyGuard(JdbcTemplate jdbc, TransactionTemplate tx) {
        return new JdbcIdempotencyGuard(jdbc, tx);
    }
}
