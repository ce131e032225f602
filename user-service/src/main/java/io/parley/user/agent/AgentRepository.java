package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    private static final String COLUMNS = "id, email, display_name, departments, skills, status, capacity";
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
                .params(status.name(), capacity, Timestamp.from(at), id)
                .update();
    }

    /**
     * Stores the agent's departments, skills and capacity; {@code skillsSet}: an admin chose these skills, so the
     * demo seed leaves them alone from now on.
     */
    void updateProfile(Agent agent, boolean skillsSet, Instant at) {
        jdbc.sql("""
                        update agents set departments = ?, skills = ?, skills_assigned = skills_assigned or ?,
                               capacity = ?, updated_at = ?
                        where id = ?""")
                .params(
                        agent.departments().toArray(String[]::new),
                        agent.skills().toArray(String[]::new),
                        skillsSet,
                        agent.capacity(),
                        Timestamp.from(at),
                        agent.id())
                .update();
    }

    /**
     * Gives the agent these skills only if nobody has assigned any yet (an agent stored before skills existed);
     * returns whether it did.
     */
    boolean assignSkillsIfUnassigned(UUID id, List<String> skills, Instant at) {
        return jdbc.sql("""
                        update agents set skills = ?, skills_assigned = true, updated_at = ?
                        where id = ? and not skills_assigned and cardinality(skills) = 0""")
                        .params(skills.toArray(String[]::new), Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /** Inserts the agent (its skills count as assigned) unless its id or email exists; returns whether it did. */
    boolean insertIfMissing(Agent agent) {
        return jdbc.sql("""
                        insert into agents
                            (id, email, display_name, departments, skills, skills_assigned, status, capacity)
                        values (?, ?, ?, ?, ?, true, ?, ?) on conflict do nothing""")
                        .params(
                                agent.id(),
                                agent.email(),
                                agent.displayName(),
                                agent.departments().toArray(String[]::new),
                                agent.skills().toArray(String[]::new),
                                agent.status().name(),
                                agent.capacity())
                        .update()
                == 1;
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        return new Agent(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                strings(rs.getArray("departments")),
                strings(rs.getArray("skills")),
                AgentStatus.valueOf(rs.getString("status")),
                rs.getInt("capacity"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
