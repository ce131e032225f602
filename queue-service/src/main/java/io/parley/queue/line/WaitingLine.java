package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code queue_entries} table: adding, finding and ending entries. Every state change is conditional on the
 * status it leaves, so a change that does not apply touches nothing and says so; callers hold the queue lock.
 * Moves between WAITING and ASSIGNED are in {@link LineMoves}.
 */
@Repository
public class WaitingLine {
    private final JdbcClient jdbc;

    WaitingLine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What routing decided for a new conversation. */
    public record NewEntry(
            UUID conversationId, String customerId, String department, Priority priority, Instant at,
            List<String> skills, boolean vip, long rulesVersion, List<String> matchedRules) {}

    /** Adds a WAITING entry; false if the conversation is already known (a repeat, or it already ended). */
    public boolean add(NewEntry e) {
        return jdbc.sql("""
                        insert into queue_entries (conversation_id, customer_id, department, priority, status,
                            enqueued_at, lane_since, skills, vip, rules_version, matched_rules)
                        values (?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?)
                        on conflict (conversation_id) do nothing
                        """)
                        .params(e.conversationId(), e.customerId(), e.department(), e.priority().ordinal(),
                                Timestamp.from(e.at()), Timestamp.from(e.at()), e.skills().toArray(String[]::new),
                                e.vip(), e.rulesVersion(), e.matchedRules().toArray(String[]::new))
                        .update()
                == 1;
    }

    /**
     * Puts an ENDED entry back in line as a fresh WAITING one (a reopened conversation) with what routing decided
     * now; only if it ended before {@code e.at()}, so a late copy of its first {@code conversation.queued} changes
     * nothing. Its assignment decisions and fired escalations stay; no agent is excluded. False if not applied.
     */
    public boolean reopen(NewEntry e) {
        return jdbc.sql("""
                        update queue_entries set status = 'WAITING', customer_id = ?, department = ?, priority = ?,
                            enqueued_at = ?, lane_since = ?, skills = ?, vip = ?, rules_version = ?, matched_rules = ?,
                            agent_id = null, assigned_at = null, ended_at = null, front_since = null,
                            overflowed_from = '{}', excluded_agents = '{}', agent_replied_at = null,
                            published_position = null, published_estimate = null, published_offer = false
                        where conversation_id = ? and status = 'ENDED' and ended_at < ?
                        """)
                        .params(e.customerId(), e.department(), e.priority().ordinal(), Timestamp.from(e.at()),
                                Timestamp.from(e.at()), e.skills().toArray(String[]::new), e.vip(), e.rulesVersion(),
                                e.matchedRules().toArray(String[]::new), e.conversationId(), Timestamp.from(e.at()))
                        .update()
                == 1;
    }

    public Optional<Entry> find(UUID conversationId) {
        return jdbc.sql("select * from queue_entries where conversation_id = ?")
                .param(conversationId)
                .query(WaitingLine::entry)
                .optional();
    }

    /** Every WAITING entry, in no particular order. */
    public List<Entry> waiting() {
        return jdbc.sql("select * from queue_entries where status = 'WAITING'").query(WaitingLine::entry).list();
    }

    /** Every ASSIGNED entry, in no particular order. */
    public List<Entry> assigned() {
        return jdbc.sql("select * from queue_entries where status = 'ASSIGNED'").query(WaitingLine::entry).list();
    }

    /** Moves a WAITING or ASSIGNED entry to ENDED; false if it had ended already. */
    public boolean end(UUID conversationId, Instant at) {
        return jdbc.sql("""
                        update queue_entries set status = 'ENDED', ended_at = ?, front_since = null
                        where conversation_id = ? and status <> 'ENDED'
                        """)
                        .params(Timestamp.from(at), conversationId)
                        .update()
                == 1;
    }

    /**
     * Records a conversation that ended before it was ever queued here (events can arrive out of order), so
     * that a late {@code conversation.queued} does not put it in the line.
     */
    public void addEnded(UUID conversationId, String customerId, Instant at) {
        jdbc.sql("""
                        insert into queue_entries (conversation_id, customer_id, priority, status, enqueued_at,
                            lane_since, ended_at)
                        values (?, ?, ?, 'ENDED', ?, ?, ?)
                        on conflict (conversation_id) do nothing
                        """)
                .params(conversationId, customerId, Priority.MEDIUM.ordinal(), Timestamp.from(at), Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    /** Sets the VIP flag of the customer's waiting conversations; returns how many changed. */
    public int setVipOfWaiting(String customerId, boolean vip) {
        return jdbc.sql("update queue_entries set vip = ? where customer_id = ? and status = 'WAITING' and vip <> ?")
                .params(vip, customerId, vip)
                .update();
    }

    /** Sets the priority of an entry that has not ended; false otherwise. */
    public boolean setPriority(UUID conversationId, Priority priority) {
        return jdbc.sql("update queue_entries set priority = ? where conversation_id = ? and status <> 'ENDED'")
                        .params(priority.ordinal(), conversationId)
                        .update()
                == 1;
    }

    /**
     * Notes a message of the agent the conversation is assigned to (a message of anyone else, or of a
     * conversation not assigned, changes nothing); returns whether it applied.
     */
    public boolean agentReplied(UUID conversationId, String senderId, Instant at) {
        return jdbc.sql("""
                        update queue_entries set agent_replied_at = greatest(agent_replied_at, ?)
                        where conversation_id = ? and status = 'ASSIGNED' and agent_id = ?
                        """)
                        .params(Timestamp.from(at), conversationId, senderId)
                        .update()
                == 1;
    }

    static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getObject("conversation_id", UUID.class),
                rs.getString("customer_id"),
                rs.getString("department"),
                Priority.values()[rs.getInt("priority")],
                EntryStatus.valueOf(rs.getString("status")),
                instant(rs, "enqueued_at"),
                rs.getString("agent_id"),
                instant(rs, "assigned_at"),
                strings(rs, "skills"),
                rs.getBoolean("vip"),
                instant(rs, "front_since"),
                instant(rs, "lane_since"),
                strings(rs, "excluded_agents"),
                strings(rs, "overflowed_from"),
                instant(rs, "agent_replied_at"),
                rs.getLong("rules_version"),
                strings(rs, "matched_rules"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
