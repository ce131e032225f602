package io.parley.queue.line;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each waiting customer was last told (position, estimate, leave-a-message offer), to publish only changes. */
@Repository
public class Published {
    private final JdbcClient jdbc;

    Published(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param position null: nothing published since it (last) started waiting */
    public record Told(UUID conversationId, Integer position, Integer estimatedWaitSeconds, boolean offerLeaveMessage) {}

    /** What every waiting conversation was last told, by conversation. */
    public Map<UUID, Told> ofWaiting() {
        return jdbc.sql("""
                        select conversation_id, published_position, published_estimate, published_offer
                        from queue_entries where status = 'WAITING'
                        """)
                .query((rs, row) -> new Told(
                        rs.getObject("conversation_id", UUID.class),
                        rs.getObject("published_position", Integer.class),
                        rs.getObject("published_estimate", Integer.class),
                        rs.getBoolean("published_offer")))
                .list()
                .stream()
                .collect(Collectors.toMap(Told::conversationId, t -> t));
    }

    /** Remembers what was just published. */
    public void remember(Collection<Told> told) {
        for (Told t : told) {
            jdbc.sql("""
                            update queue_entries set published_position = ?, published_estimate = ?, published_offer = ?
                            where conversation_id = ? and status = 'WAITING'
                            """)
                    .params(t.position(), t.estimatedWaitSeconds(), t.offerLeaveMessage(), t.conversationId())
                    .update();
        }
    }
}
