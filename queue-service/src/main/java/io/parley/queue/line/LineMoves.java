package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves of entries between WAITING and ASSIGNED and between lanes, each conditional on the state it leaves
 * (false: nothing changed). Callers hold the queue lock and keep the agents' active counts in step.
 */
@Repository
public class LineMoves {
    private final JdbcClient jdbc;

    LineMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A WAITING entry goes to {@code agentId}; it leaves the front and forgets what it was last told. */
    public boolean assign(UUID conversationId, String agentId, Instant at) {
        return jdbc.sql("""
                        update queue_entries set status = 'ASSIGNED', agent_id = ?, assigned_at = ?,
                            front_since = null, agent_replied_at = null,
                            published_position = null, published_estimate = null, published_offer = false
                        where conversation_id = ? and status = 'WAITING'
                        """)
                        .params(agentId, Timestamp.from(at), conversationId)
                        .update()
                == 1;
    }

    /** An entry ASSIGNED to {@code fromAgentId} moves to {@code toAgentId} (transfer, supervisor). */
    public boolean reassign(UUID conversationId, String fromAgentId, String toAgentId, Instant at) {
        return jdbc.sql("""
                        update queue_entries set agent_id = ?, assigned_at = ?, agent_replied_at = null
                        where conversation_id = ? and status = 'ASSIGNED' and agent_id = ?
                        """)
                        .params(toAgentId, Timestamp.from(at), conversationId, fromAgentId)
                        .update()
                == 1;
    }

    /**
     * An entry ASSIGNED to {@code fromAgentId} waits again at the front of lane {@code department} (requeue:
     * its own lane; transfer: the target), and {@code fromAgentId} joins its excluded agents. With
     * {@code unlessReplied}, nothing happens if the agent replied meanwhile (replies are noted without the lock).
     */
    public boolean backToFront(UUID conversationId, String fromAgentId, String department, boolean unlessReplied,
            Instant at) {
        return jdbc.sql("""
                        update queue_entries set status = 'WAITING', agent_id = null, assigned_at = null,
                            department = ?, front_since = ?, lane_since = ?, agent_replied_at = null,
                            excluded_agents = case when ? = any(excluded_agents) then excluded_agents
                                                   else array_append(excluded_agents, ?) end,
                            published_position = null, published_estimate = null, published_offer = false
                        where conversation_id = ? and status = 'ASSIGNED' and agent_id = ?
                          and (not ? or agent_replied_at is null)
                        """)
                        .params(department, Timestamp.from(at), Timestamp.from(at), fromAgentId, fromAgentId,
                                conversationId, fromAgentId, unlessReplied)
                        .update()
                == 1;
    }

    /**
     * A WAITING entry moves from lane {@code from} to lane {@code to} (overflow or escalation), keeping its
     * queue time; {@code overflow} records that it overflowed out of {@code from}.
     */
    public boolean moveLane(UUID conversationId, String from, String to, boolean overflow, Instant at) {
        return jdbc.sql("""
                        update queue_entries set department = ?, lane_since = ?,
                            overflowed_from = case when ? then array_append(overflowed_from, ?) else overflowed_from end
                        where conversation_id = ? and status = 'WAITING' and department is not distinct from ?
                        """)
                        .params(to, Timestamp.from(at), overflow, from, conversationId, from)
                        .update()
                == 1;
    }

    /** Raises the priority of a WAITING entry (never lowers it); false if it was not waiting. */
    public boolean raisePriority(UUID conversationId, Priority to) {
        return jdbc.sql("""
                        update queue_entries set priority = greatest(priority, ?)
                        where conversation_id = ? and status = 'WAITING'
                        """)
                        .params(to.ordinal(), conversationId)
                        .update()
                == 1;
    }
}
