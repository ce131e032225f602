package io.parley.queue.line;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code escalations} table: which escalation rules fired for which conversation (once each). */
@Repository
public class EscalationLog {
    private final JdbcClient jdbc;

    EscalationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Names of the rules that fired, by conversation, for every conversation waiting now. */
    public Map<UUID, Set<String>> firedForWaiting() {
        Map<UUID, Set<String>> fired = new HashMap<>();
        jdbc.sql("""
                        select x.conversation_id, x.rule from escalations x
                        join queue_entries e on e.conversation_id = x.conversation_id and e.status = 'WAITING'
                        """)
                .query((rs, row) -> fired.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        return fired;
    }

    /** Records that a rule fired; false if it had fired for this conversation already. */
    public boolean record(UUID conversationId, String rule, Instant at) {
        return jdbc.sql("""
                        insert into escalations (conversation_id, rule, fired_at) values (?, ?, ?)
                        on conflict do nothing
                        """)
                        .params(conversationId, rule, Timestamp.from(at))
                        .update()
                == 1;
    }
}
