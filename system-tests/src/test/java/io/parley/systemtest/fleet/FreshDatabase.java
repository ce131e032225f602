package io.parley.systemtest.fleet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A PostgreSQL database created for one run (through the {@code postgres} database) and dropped after it. */
final class FreshDatabase {
    private final Infrastructure servers;
    private final String name;

    private FreshDatabase(Infrastructure servers, String name) {
        this.servers = servers;
        this.name = name;
    }

    static FreshDatabase create(Infrastructure servers, String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unsafe database name " + name);
        }
        execute(servers, "CREATE DATABASE " + name);
        return new FreshDatabase(servers, name);
    }

    String jdbcUrl() {
        return servers.jdbcUrl(name);
    }

    /** Drops the database, closing connections that are still open (PostgreSQL 13+). */
    void drop() {
        execute(servers, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(Infrastructure servers, String sql) {
        Properties login = new Properties();
        login.setProperty("user", servers.pgUser());
        login.setProperty("password", servers.pgPassword());
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl("postgres"), login);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String where = servers.jdbcUrl("postgres");
            throw new IllegalStateException(
                    "PostgreSQL at " + where + " refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }
}
