package io.parley.auth.support;

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
 * Fresh, private names for a test run against the real local servers: a PostgreSQL schema {@code auth_t…} in
 * database {@code postgres} (Flyway creates it; dropped when the JVM exits) and a RabbitMQ exchange (deleted
 * then too), so tests never touch the local run's {@code auth} schema or {@code parley.events}.
 */
public final class TestDatabase {
    public static final String URL =
            System.getenv().getOrDefault("PARLEY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("PARLEY_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("PARLEY_DB_PASSWORD", "");

    /** The schema shared by the Spring context of this test run. */
    public static final String RUN_SCHEMA = newSchema();

    private TestDatabase() {}

    /** A new schema name, dropped (with the events exchange named after it) when the JVM exits. */
    public static String newSchema() {
        String schema = "auth_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(schema)));
        return schema;
    }

    /** The settings that point auth-service at {@code schema}, an exchange of its own and a free port. */
    public static Map<String, Object> properties(String schema) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", URL);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.datasource.hikari.schema", schema);
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("parley.events.exchange", exchange(schema));
        return properties;
    }

    public static Connection connect(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        connection.setSchema(schema);
        return connection;
    }

    private static String exchange(String schema) {
        return schema + ".events";
    }

    private static void dropQuietly(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
        CachingConnectionFactory rabbit = new CachingConnectionFactory("localhost");
        try {
            RabbitAdmin admin = new RabbitAdmin(rabbit);
            admin.deleteExchange(exchange(schema));
            admin.deleteExchange(exchange(schema) + ".dlx");
        } catch (RuntimeException e) {
            System.err.println("could not delete test exchanges of " + schema + ": " + e.getMessage());
        } finally {
            rabbit.destroy();
        }
    }
}
