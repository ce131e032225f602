package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agents} table. */
@Repository
class AgentRepository {
    private static final String COLUMNS = "id, email, display_name, departments, status, capacity";
    private static final RowMapper<Agent> AGENT = AgentRepository::map;

    private final JdbcClient jdbc;

    AgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Agent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agents where id = ?").param(id).query(AGENT).optional();
    }

    /** Reads the agent and locks its row until the end of the transaction. */
    Optional<Agent> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agents where id = ? for update")
                .param(id)
                .query(AGENT)
                .optional();
    }

    List<Agent> findAll() {
        return jdbc.sql("select " + COLUMNS + " from agents order by display_name, id").query(AGENT).list();
    }

    List<String> departments() {
        return jdbc.sql("select d from (select distinct unnest(departments) as d from agents) x order by d collate \"C\"")
                .query(String.class)
                .list();
    }

    void updateStatus(UUID id, AgentStatus status, int capacity, Instant at) {
        jdbc.sql("update agents set status = ?, capacity = ?, updated_at = ? where id = ?")
                .params(status.name(), capacity, java.sql.Timestamp.from(at), id)
                .update();
    }

    /** Inserts the agent unless its id or email exists; returns whether a row was inserted. */
    boolean insertIfMissing(Agent agent) {
        return jdbc.sql("""
                        insert into agents (id, email, display_name, departments, status, capacity)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                agent.id(),
                                agent.email(),
                                agent.displayName(),
                                agent.departments().toArray(String[]::new),
                                agent.status().name(),
                                agent.capacity())
                        .update()
                == 1;
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        Array departments = rs.getArray("departments");
        return new Agent(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                Arrays.asList((String[]) departments.getArray()),
                AgentStatus.valueOf(rs.getString("status")),
                rs.getInt("capacity"));
    }
}
