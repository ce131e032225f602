package io.parley.queue.assignment;

import io.parley.contracts.events.Priority;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code assignment_decisions} table: every assignment with the candidates it considered. */
@Repository
public class DecisionLog {
    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(UUID conversationId, Decision d) {
        jdbc.sql("""
                        insert into assignment_decisions (conversation_id, at, kind, agent_id, previous_agent_id,
                            rules_version, matched_rules, strategy, department, priority, effective_priority, vip,
                            candidates)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        """)
                .params(conversationId, Timestamp.from(d.at()), d.kind(), d.agentId(), d.previousAgentId(),
                        d.rulesVersion(), d.matchedRules().toArray(String[]::new), d.strategy(), d.department(),
                        d.priority().ordinal(), d.effectivePriority(), d.vip(), json.writeValueAsString(d.candidates()))
                .update();
    }

    /** Every decision about a conversation, oldest first. */
    public List<Decision> of(UUID conversationId) {
        return jdbc.sql("select * from assignment_decisions where conversation_id = ? order by id")
                .param(conversationId)
                .query(this::decision)
                .list();
    }

    private Decision decision(ResultSet rs, int row) throws SQLException {
        Array matched = rs.getArray("matched_rules");
        return new Decision(
                rs.getTimestamp("at").toInstant(),
                rs.getString("kind"),
                rs.getString("agent_id"),
                rs.getString("previous_agent_id"),
                rs.getLong("rules_version"),
                Arrays.asList((String[]) matched.getArray()),
                rs.getString("strategy"),
                rs.getString("department"),
                Priority.values()[rs.getInt("priority")],
                rs.getInt("effective_priority"),
                rs.getBoolean("vip"),
                json.readValue(rs.getString("candidates"), CANDIDATES));
    }
}
