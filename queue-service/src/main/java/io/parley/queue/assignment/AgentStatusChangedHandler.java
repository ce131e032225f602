package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code agent.status-changed}: the agent's status, capacity and departments as it chose them. */
@Component
class AgentStatusChangedHandler implements EventHandler<AgentStatusChanged> {
    private final QueueService queue;

    AgentStatusChangedHandler(QueueService queue) {
        this.queue = queue;
    }

    @Override
    public String type() {
        return EventTypes.AGENT_STATUS_CHANGED;
    }

    @Override
    public void handle(UUID eventId, AgentStatusChanged changed) {
        Require.present(changed.agentId(), "agentId", eventId);
        Require.present(changed.status(), "status", eventId);
        if (changed.capacity() < 0) {
            throw new IllegalArgumentException("event " + eventId + ": capacity must not be negative");
        }
        queue.agentChanged(changed);
    }
}
