package io.parley.queue.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Fresh, private names for a test run against the real local servers: a PostgreSQL schema {@code queue_t…} in
 * database {@code postgres} (Flyway creates it) and a RabbitMQ exchange and events queue named after it. All of
 * them are dropped or deleted when the JVM exits, so tests never touch the local run's {@code queue} schema,
 * {@code parley.events} or {@code queue-service.events}, nor another test run's.
 */
public final class TestInfra {
    public static final String URL =
            System.getenv().getOrDefault("PARLEY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("PARLEY_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("PARLEY_DB_PASSWORD", "");
    public static final String RABBIT_HOST = System.getenv().getOrDefault("PARLEY_RABBIT_HOST", "localhost");

    private TestInfra() {}

    /** A new schema name, dropped (with its exchange and queues) when the JVM exits. */
    public static String newSchema() {
        String schema = "queue_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(schema)));
        return schema;
    }

    public static String exchange(String schema) {
        return schema + ".events";
    }

    public static String queue(String schema) {
        return schema + ".queue-service.events";
    }

    /**
     * Settings that point queue-service at {@code schema}, an exchange and queue of its own, a free port; the
     * listener off and the sweep (practically) off, so that a test sees only what it caused.
     */
    public static Map<String, Object> properties(String schema) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", URL);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.datasource.hikari.schema", schema);
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("spring.rabbitmq.host", RABBIT_HOST);
        properties.put("parley.events.exchange", exchange(schema));
        properties.put("parley.events.queue", queue(schema));
        properties.put("parley.events.listen", "false");
        properties.put("parley.queue.sweep-millis", "3600000");
        properties.put("server.port", "0");
        properties.put("logging.structured.format.console", "");
        return properties;
    }

    public static Connection connect(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        connection.setSchema(schema);
        return connection;
    }

    private static void dropQuietly(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
        CachingConnectionFactory rabbit = new CachingConnectionFactory(RABBIT_HOST);
        try {
            RabbitAdmin admin = new RabbitAdmin(rabbit);
            admin.deleteQueue(queue(schema));
            admin.deleteQueue(queue(schema) + ".dlq");
            admin.deleteExchange(exchange(schema));
            admin.deleteExchange(exchange(schema) + ".dlx");
        } catch (RuntimeException e) {
            System.err.println("could not delete test exchanges and queues of " + schema + ": " + e.getMessage());
        } finally {
            rabbit.destroy();
        }
    }
}
