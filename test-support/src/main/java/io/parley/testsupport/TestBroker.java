package io.parley.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * RabbitMQ names of one test run: an events exchange {@code parley.events.t<random>} and, for a service that
 * consumes events, its queue {@code <service>.events.t<random>} (so never the local run's {@code parley.events}
 * or another run's). The service's kit declares them, with the dead-letter exchange {@code <exchange>.dlx} and
 * queue {@code <queue>.dlq}; all four are deleted at the end, either when the test context closes
 * ({@link Cleanup}) or, for names several contexts use one after another, when the JVM exits
 * ({@link #deleteAtExit()}).
 */
public final class TestBroker {
    public static final String HOST = System.getenv().getOrDefault("PARLEY_RABBIT_HOST", "localhost");

    /** The brokers made in this JVM, by exchange: {@link Cleanup} deletes nothing else. */
    private static final Map<String, TestBroker> MADE = new ConcurrentHashMap<>();

    private final String exchange;
    private final String queue;

    private TestBroker(String exchange, String queue) {
        this.exchange = exchange;
        this.queue = queue;
        MADE.put(exchange, this);
    }

    /** For a service that consumes events: a new exchange and a new queue named after {@code service}. */
    public static TestBroker forConsumer(String service) {
        String run = TestNames.unique();
        return new TestBroker("parley.events.t" + run, service + ".events.t" + run);
    }

    /** For a service that only publishes: a new exchange, and no queue (the kit declares none). */
    public static TestBroker forPublisher() {
        return new TestBroker("parley.events.t" + TestNames.unique(), null);
    }

    public String exchange() {
        return exchange;
    }

    /** The events queue, or null for a publishing service. */
    public String queue() {
        return queue;
    }

    /** Deletes everything at JVM exit; returns this. */
    public TestBroker deleteAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::delete, "delete-" + exchange));
        return this;
    }

    /**
     * {@code spring.rabbitmq.host} ({@link #HOST}), {@code parley.events.exchange} and, if any,
     * {@code parley.events.queue}; a new map the caller may change.
     */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.rabbitmq.host", HOST);
        properties.put("parley.events.exchange", exchange);
        if (queue != null) {
            properties.put("parley.events.queue", queue);
        }
        return properties;
    }

    /** Deletes the queue and its dead-letter queue (if any), then the exchange and its dead-letter exchange. */
    public void delete(AmqpAdmin admin) {
        if (queue != null) {
            admin.deleteQueue(queue);
            admin.deleteQueue(queue + ".dlq");
        }
        admin.deleteExchange(exchange);
        admin.deleteExchange(exchange + ".dlx");
    }

    /** {@link #delete(AmqpAdmin)} over a connection of its own to {@link #HOST}; a failure goes to stderr. */
    public void delete() {
        CachingConnectionFactory connections = new CachingConnectionFactory(HOST);
        try {
            delete(new RabbitAdmin(connections));
        } catch (RuntimeException e) {
            System.err.println("could not delete test exchanges and queues of " + exchange + ": " + e.getMessage());
        } finally {
            connections.destroy();
        }
    }

    /**
     * Deletes the context's exchange and queue ({@code parley.events.exchange}) when the test context closes,
     * after its listeners stopped; only names made by this class, never others.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Cleanup {
        @Bean
        DisposableBean testBrokerCleanup(AmqpAdmin admin, Environment environment) {
            String exchange = environment.getProperty("parley.events.exchange");
            return () -> {
                TestBroker broker = exchange == null ? null : MADE.get(exchange);
                if (broker != null) {
                    broker.delete(admin);
                }
            };
        }
    }
}
