package io.parley.queue.support;

import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.util.Map;

/**
 * A PostgreSQL schema and RabbitMQ exchange and queue of their own for queue-service under test, dropped and
 * deleted when the JVM exits (several contexts may use them one after another).
 */
public record QueueTestRun(TestSchema schema, TestBroker broker) {

    public static QueueTestRun create() {
        return new QueueTestRun(
                TestSchema.create("queue").dropAtExit(), TestBroker.forConsumer("queue-service").deleteAtExit());
    }

    /**
     * Settings that point queue-service at this run's schema, exchange and queue and a free port; the listener
     * off and the sweep (practically) off, so that a test sees only what it caused.
     */
    public Map<String, Object> properties() {
        Map<String, Object> properties = TestProperties.merge(schema.properties(), broker.properties());
        properties.put("parley.events.listen", "false");
        properties.put("parley.queue.sweep-millis", "3600000");
        properties.put("server.port", "0");
        properties.put("logging.structured.format.console", "");
        return properties;
    }
}
