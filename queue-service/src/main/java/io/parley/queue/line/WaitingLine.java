package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code queue_entries} table. Every state change is conditional on the status it leaves, so a change that
 * does not apply touches nothing and says so; callers hold the queue lock.
 */
@Repository
public class WaitingLine {
    private static final String COLUMNS =
            "conversation_id, customer_id, department, priority, status, enqueued_at, agent_id, assigned_at";

    private final JdbcClient jdbc;

    WaitingLine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a WAITING entry; false if the conversation is already known (a repeat, or it already ended). */
    public boolean add(UUID conversationId, String customerId, String department, Priority priority, Instant at) {
        return jdbc.sql("""
                        insert into queue_entries (conversation_id, customer_id, department, priority, status, enqueued_at)
                        values (?, ?, ?, ?, 'WAITING', ?)
                        on conflict (conversation_id) do nothing
                        """)
                        .params(conversationId, customerId, department, priority.ordinal(), Timestamp.from(at))
                        .update()
                == 1;
    }

    public Optional<Entry> find(UUID conversationId) {
        return jdbc.sql("select " + COLUMNS + " from queue_entries where conversation_id = ?")
                .param(conversationId)
                .query(WaitingLine::entry)
                .optional();
    }

    /** Every WAITING entry, in no particular order. */
    public List<Entry> waiting() {
        return jdbc.sql("select " + COLUMNS + " from queue_entries where status = 'WAITING'")
                .query(WaitingLine::entry)
                .list();
    }

    /** Moves a WAITING entry to ASSIGNED and records the assignment; false if it was not waiting. */
    public boolean assign(UUID conversationId, String agentId, Instant at) {
        int changed = jdbc.sql("""
                        update queue_entries set status = 'ASSIGNED', agent_id = ?, assigned_at = ?
                        where conversation_id = ? and status = 'WAITING'
                        """)
                .params(agentId, Timestamp.from(at), conversationId)
                .update();
        if (changed == 1) {
            jdbc.sql("insert into assignments (conversation_id, agent_id, assigned_at) values (?, ?, ?)")
                    .params(conversationId, agentId, Timestamp.from(at))
                    .update();
        }
        return changed == 1;
    }

    /** Moves a WAITING or ASSIGNED entry to ENDED; false if it had ended already. */
    public boolean end(UUID conversationId, Instant at) {
        return jdbc.sql("""
                        update queue_entries set status = 'ENDED', ended_at = ?
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
                        insert into queue_entries (conversation_id, customer_id, priority, status, enqueued_at, ended_at)
                        values (?, ?, ?, 'ENDED', ?, ?)
                        on conflict (conversation_id) do nothing
                        """)
                .params(conversationId, customerId, Priority.MEDIUM.ordinal(), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** Positions of every waiting conversation in the given lanes (a null lane is the no-department lane). */
    public List<Waiting> positionsIn(Collection<String> lanes) {
        String[] keys = lanes.stream().map(d -> d == null ? "" : d).distinct().toArray(String[]::new);
        return jdbc.sql("""
                        select * from waiting_line where coalesce(department, '') = any(?)
                        order by department nulls first, position
                        """)
                .param(keys)
                .query(WaitingLine::placed)
                .list();
    }

    /** The whole line with positions, lane by lane. */
    public List<Waiting> allPositions() {
        return jdbc.sql("select * from waiting_line order by department nulls first, position")
                .query(WaitingLine::placed)
                .list();
    }

    /** An entry with its position in its lane (null unless it is waiting), read in one statement. */
    public Optional<Located> locate(UUID conversationId) {
        return jdbc.sql("""
                        select e.*, w.position from queue_entries e
                        left join waiting_line w on w.conversation_id = e.conversation_id
                        where e.conversation_id = ?
                        """)
                .param(conversationId)
                .query((rs, row) -> {
                    int position = rs.getInt("position");
                    Integer waitingAt = rs.wasNull() ? null : position;
                    return new Located(entry(rs, row), waitingAt);
                })
                .optional();
    }

    /** An entry and, while it waits, its 1-based position within its lane. */
    public record Located(Entry entry, Integer position) {}

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp assignedAt = rs.getTimestamp("assigned_at");
        return new Entry(
                rs.getObject("conversation_id", UUID.class),
                rs.getString("customer_id"),
                rs.getString("department"),
                Priority.values()[rs.getInt("priority")],
                EntryStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("enqueued_at").toInstant(),
                rs.getString("agent_id"),
                assignedAt == null ? null : assignedAt.toInstant());
    }

    private static Waiting placed(ResultSet rs, int row) throws SQLException {
        return new Waiting(
                rs.getObject("conversation_id", UUID.class),
                rs.getString("customer_id"),
                rs.getString("department"),
                Priority.values()[rs.getInt("priority")],
                rs.getTimestamp("enqueued_at").toInstant(),
                rs.getInt("position"));
    }
}
