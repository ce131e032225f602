package io.parley.queue.rules;

import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The departments and skills a rule set may name: every one that some agent queue-service knows (from
 * {@code agent.status-changed}) has, read from the {@code agents} table.
 */
@Repository
class AgentNames {
    private final JdbcClient jdbc;

    AgentNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    KnownNames known() {
        return KnownNames.of(
                new HashSet<>(jdbc.sql("select distinct unnest(departments) from agents").query(String.class).list()),
                new HashSet<>(jdbc.sql("select distinct unnest(skills) from agents").query(String.class).list()));
    }
}
