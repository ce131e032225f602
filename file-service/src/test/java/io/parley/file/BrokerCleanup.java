package io.parley.file;

import io.parley.kit.events.EventsProperties;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Deletes the test run's exchanges when the test context closes, so
 * that test runs leave nothing behind on the shared local RabbitMQ.
 */
@TestConfiguration(proxyBeanMethods = false)
class BrokerCleanup {

    @Bean
    DisposableBean deleteTestTopology(AmqpAdmin admin, EventsProperties events) {
        return () -> {
            admin.deleteExchange(events.exchange());
            admin.deleteExchange(events.deadLetterExchange());
        };
    }
}
