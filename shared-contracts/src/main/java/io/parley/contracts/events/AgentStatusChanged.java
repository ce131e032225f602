package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * An agent chose a status or a capacity (max concurrent chats), or an admin changed the agent's departments or
 * skills; it always carries the agent's full routing state.
 */
public record AgentStatusChanged(
        String agentId,
        String displayName,
        AgentStatus status,
        int capacity,
        List<String> departments,
        Instant changedAt,
        List<String> skills) {

    public AgentStatusChanged(
            String agentId, String displayName, AgentStatus status, int capacity, List<String> departments, Instant changedAt) {
        this(agentId, displayName, status, capacity, departments, changedAt, List.of());
    }
}
