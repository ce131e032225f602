package io.parley.user;

import java.util.UUID;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Names that keep a test run apart from the local run and from other test runs: a fresh PostgreSQL schema in
 * database {@code postgres} (created by Flyway) and a fresh events exchange; both are removed when the test
 * context closes.
 */
public final class TestInfra {
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    public static final String SCHEMA = "users_t" + RUN;
    public static final String EXCHANGE = "parley.test." + RUN;

    private TestInfra() {}

    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:5432/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("parley.events.exchange", () -> EXCHANGE);
    }

    /** Drops the schema and deletes the exchanges when the context closes. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Cleanup {
        @Bean
        DisposableBean testInfraCleanup(JdbcTemplate jdbc, ObjectProvider<AmqpAdmin> amqp) {
            return () -> {
                jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
                amqp.ifAvailable(admin -> {
                    admin.deleteExchange(EXCHANGE);
                    admin.deleteExchange(EXCHANGE + ".dlx");
                });
            };
        }
    }
}
