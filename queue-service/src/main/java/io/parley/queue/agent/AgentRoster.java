package io.parley.queue.agent;

import io.parley.contracts.events.AgentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code agents} table; callers that change it hold the queue lock. */
@Repository
public class AgentRoster {
    private final JdbcClient jdbc;

    AgentRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the status, capacity, name, departments and skills an agent has, keeping its active count. A
     * change older than the one stored is ignored (events may arrive out of order); returns whether it
     * applied. {@code offline_since} starts when the agent goes OFFLINE and is kept while it stays OFFLINE.
     */
    public boolean update(
            String agentId, String displayName, AgentStatus status, int capacity, List<String> departments,
            List<String> skills, Instant at) {
        return jdbc.sql("""
                        insert into agents (agent_id, display_name, status, capacity, departments, skills,
                                            status_changed_at, offline_since)
                        values (:id, :name, :status, :capacity, :departments, :skills, :at,
                                case when :status = 'OFFLINE' then cast(:at as timestamptz) end)
                        on conflict (agent_id) do update set
                            display_name = excluded.display_name, status = excluded.status,
                            capacity = excluded.capacity, departments = excluded.departments,
                            skills = excluded.skills, status_changed_at = excluded.status_changed_at,
                            offline_since = case
                                when excluded.status <> 'OFFLINE' then null
                                when agents.status = 'OFFLINE' then coalesce(agents.offline_since, excluded.offline_since)
                                else excluded.offline_since end
                        where agents.status_changed_at <= excluded.status_changed_at
                        """)
                        .param("id", agentId)
                        .param("name", displayName)
                        .param("status", status.name())
                        .param("capacity", capacity)
                        .param("departments", departments.toArray(String[]::new))
                        .param("skills", skills.toArray(String[]::new))
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public List<Agent> all() {
        return jdbc.sql("select * from agents order by agent_id").query(AgentRoster::agent).list();
    }

    public Optional<Agent> find(String agentId) {
        return jdbc.sql("select * from agents where agent_id = ?").param(agentId).query(AgentRoster::agent).optional();
    }

    /** Departments any known agent belongs to (routing rules and transfers may name only these). */
    public List<String> departments() {
        return jdbc.sql("select distinct unnest(departments) d from agents order by d").query(String.class).list();
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

    /**
     * Counts one conversation less and makes now its last release (the clock of {@link #takeOne}); false
     * (nothing changed) if the agent carried none.
     */
    public boolean releaseOne(String agentId) {
        return jdbc.sql("""
                        update agents set active = active - 1, last_released_at = clock_timestamp()
                        where agent_id = ? and active > 0
                        """)
                        .param(agentId)
                        .update()
                == 1;
    }

    private static Agent agent(ResultSet rs, int row) throws SQLException {
        return new Agent(
                rs.getString("agent_id"),
                rs.getString("display_name"),
                AgentStatus.valueOf(rs.getString("status")),
                rs.getInt("capacity"),
                strings(rs, "departments"),
                rs.getInt("active"),
                instant(rs, "last_assigned_at"),
                strings(rs, "skills"),
                instant(rs, "last_released_at"),
                instant(rs, "offline_since"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
