package io.parley.queue.agent;

import io.parley.contracts.events.AgentStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agents} table; callers hold the queue lock. */
@Repository
public class AgentRoster {
    private final JdbcClient jdbc;

    AgentRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the status, capacity, name and departments an agent chose, keeping its active count. A change
     * older than the one stored is ignored (events may arrive out of order); returns whether it applied.
     */
    public boolean update(
            String agentId, String displayName, AgentStatus status, int capacity, List<String> departments, Instant at) {
        return jdbc.sql("""
                        insert into agents (agent_id, display_name, status, capacity, departments, status_changed_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (agent_id) do update set
                            display_name = excluded.display_name, status = excluded.status,
                            capacity = excluded.capacity, departments = excluded.departments,
                            status_changed_at = excluded.status_changed_at
                        where agents.status_changed_at <= excluded.status_changed_at
                        """)
                        .params(agentId, displayName, status.name(), capacity, departments.toArray(String[]::new),
                                Timestamp.from(at))
                        .update()
                == 1;
    }

    public List<Agent> all() {
        return jdbc.sql("select * from agents order by agent_id").query(AgentRoster::agent).list();
    }

    /**
     * Counts one more conversation for an agent that is online and below capacity, and makes it the most
     * recently assigned; false (nothing changed) otherwise.
     */
    public boolean takeOne(String agentId) {
        return jdbc.sql("""
                        update agents set active = active + 1, last_assigned_at = clock_timestamp()
                        where agent_id = ? and status = 'ONLINE' and active < capacity
                        """)
                        .param(agentId)
                        .update()
                == 1;
    }

    /** Counts one conversation less; false (nothing changed) if the agent carried none. */
    public boolean releaseOne(String agentId) {
        return jdbc.sql("update agents set active = active - 1 where agent_id = ? and active > 0")
                        .param(agentId)
                        .update()
                == 1;
    }

    private static Agent agent(ResultSet rs, int row) throws SQLException {
        Array departments = rs.getArray("departments");
        Timestamp last = rs.getTimestamp("last_assigned_at");
        return new Agent(
                rs.getString("agent_id"),
                rs.getString("display_name"),
                AgentStatus.valueOf(rs.getString("status")),
                rs.getInt("capacity"),
                Arrays.asList((String[]) departments.getArray()),
                rs.getInt("active"),
                last == null ? null : last.toInstant());
    }
}
