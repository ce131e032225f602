package io.parley.queue.support;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.kit.events.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what queue-service stored (entries, agents, outbox), for assertions in SQL. */
public final class QueueState {
    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public QueueState(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Empties every table, so that a test starts from an empty line. */
    public void clear() {
        jdbc.execute("""
                truncate assignment_decisions, escalations, customers, queue_entries, agents, outbox, processed_events""");
    }

    public String status(UUID conversationId) {
        List<String> found = jdbc.queryForList(
                "select status from queue_entries where conversation_id = ?", String.class, conversationId);
        return found.isEmpty() ? null : found.getFirst();
    }

    public String agentOf(UUID conversationId) {
        return jdbc.queryForObject(
                "select agent_id from queue_entries where conversation_id = ?", String.class, conversationId);
    }

    public int active(String agentId) {
        return jdbc.queryForObject("select active from agents where agent_id = ?", Integer.class, agentId);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** The outbox's events of one type, in the order the relay publishes them. */
    public List<EventEnvelope<?>> outbox(String type) {
        return jdbc.queryForList("select envelope::text from outbox where type = ? order by id", String.class, type)
                .stream()
                .<EventEnvelope<?>>map(json -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /** The payloads of the outbox's events of one type, in order. */
    public <T> List<T> payloads(String type, Class<T> payload) {
        return outbox(type).stream().map(e -> payload.cast(e.payload())).toList();
    }

    /** Types of every event in the outbox, in order. */
    public List<String> types() {
        return jdbc.queryForList("select type from outbox order by id", String.class);
    }

    public String department(UUID conversationId) {
        return jdbc.queryForObject(
                "select department from queue_entries where conversation_id = ?", String.class, conversationId);
    }

    public List<ConversationAssigned> assignments() {
        return outbox(EventTypes.CONVERSATION_ASSIGNED).stream()
                .map(e -> (ConversationAssigned) e.payload())
                .toList();
    }

    public List<QueuePositionsChanged> positionEvents() {
        return outbox(EventTypes.QUEUE_POSITIONS_CHANGED).stream()
                .map(e -> (QueuePositionsChanged) e.payload())
                .toList();
    }

    /** What each conversation still waiting was last told (by every positions event so far), by conversation. */
    public Map<UUID, QueuePositionsChanged.Position> lastTold() {
        Map<UUID, QueuePositionsChanged.Position> told = new HashMap<>();
        for (QueuePositionsChanged event : positionEvents()) {
            event.positions().forEach(p -> told.put(p.conversationId(), p));
        }
        told.keySet().removeIf(id -> !"WAITING".equals(status(id)));
        return told;
    }

    /** The position each conversation still waiting was last told, by conversation. */
    public Map<UUID, Integer> lastPositions() {
        return lastTold().values().stream()
                .collect(Collectors.toMap(QueuePositionsChanged.Position::conversationId,
                        QueuePositionsChanged.Position::position));
    }
}
