package io.parley.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A PostgreSQL schema of one test run, {@code <prefix>_t<random>} in database {@code postgres} (so never the
 * local run's schema in {@code parley}): the service's Flyway creates it, and it is dropped at the end, either
 * when the test context closes ({@link Cleanup}) or, for a schema several contexts use one after another, when
 * the JVM exits ({@link #dropAtExit()}).
 */
public final class TestSchema {
    public static final String URL =
            System.getenv().getOrDefault("PARLEY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("PARLEY_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("PARLEY_DB_PASSWORD", "");

    /** The schemas made in this JVM: {@link Cleanup} drops nothing else. */
    private static final Set<String> MADE = ConcurrentHashMap.newKeySet();

    private final String name;

    private TestSchema(String name) {
        this.name = name;
        MADE.add(name);
    }

    /** A new schema name {@code <prefix>_t} plus 12 random hex characters; nothing is created yet. */
    public static TestSchema create(String prefix) {
        return new TestSchema(prefix + "_t" + TestNames.unique());
    }

    public String name() {
        return name;
    }

    /** Drops the schema when the JVM exits; returns this. */
    public TestSchema dropAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop, "drop-" + name));
        return this;
    }

    /**
     * The settings that point a service at this schema: the datasource ({@link #URL}, {@link #USER},
     * {@link #PASSWORD}), the pool's schema and Flyway's schemas and default schema; a new map the caller may
     * change.
     */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", URL);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.datasource.hikari.schema", name);
        // Test contexts are cached and several run at once: small pools keep a run well inside max_connections.
        properties.put("spring.datasource.hikari.maximum-pool-size", 4);
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        properties.put("spring.flyway.schemas", name);
        properties.put("spring.flyway.default-schema", name);
        return properties;
    }

    /** A new connection whose current schema is this one; the caller closes it. */
    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        connection.setSchema(name);
        return connection;
    }

    /** Drops the schema with everything in it, if it exists; a failure is reported on stderr, not thrown. */
    public void drop() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            drop(connection, name);
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + name + ": " + e.getMessage());
        }
    }

    private static void drop(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /**
     * Drops the context's schema ({@code spring.flyway.default-schema}) when the test context closes, after
     * its listeners and relays stopped and before its connection pool closes; only a schema made by
     * {@link #create}, never another one.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Cleanup {
        @Bean
        DisposableBean testSchemaCleanup(DataSource dataSource, Environment environment) {
            String schema = environment.getProperty("spring.flyway.default-schema");
            return () -> {
                if (schema == null || !MADE.contains(schema)) {
                    return;
                }
                try (Connection connection = dataSource.getConnection()) {
                    drop(connection, schema);
                } catch (SQLException e) {
                    System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
                }
            };
        }
    }
}
