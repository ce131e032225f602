package io.parley.queue.agent;

import io.parley.contracts.events.AgentStatus;
import java.time.Instant;
import java.util.List;

/** An agent as the line sees it; {@code lastAssignedAt} is null until it got its first conversation. */
public record Agent(
        String agentId,
        String displayName,
        AgentStatus status,
        int capacity,
        List<String> departments,
        int active,
        Instant lastAssignedAt) {

    public Agent {
        departments = List.copyOf(departments);
    }
}
