package io.parley.notification;

import io.parley.kit.events.EventsProperties;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drops the test run's PostgreSQL schema and deletes its RabbitMQ queues and exchanges when the test context
 * closes (after the listener and the outbox relay stopped), so that test runs leave nothing behind.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestResourcesCleanup {

    @Bean
    DisposableBean dropTestSchemaAndTopology(
            JdbcClient jdbc, AmqpAdmin admin, EventsProperties events, @Value("${spring.flyway.default-schema}") String schema) {
        return () -> {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
            admin.deleteQueue(events.queue());
            admin.deleteQueue(events.deadLetterQueue());
            admin.deleteExchange(events.exchange());
            admin.deleteExchange(events.deadLetterExchange());
        };
    }
}
