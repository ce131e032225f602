package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import java.util.List;
import java.util.UUID;

/** An agent profile as the API shows it. */
public record Agent(
        UUID id, String email, String displayName, List<String> departments, AgentStatus status, int capacity) {

    public Agent {
        departments = List.copyOf(departments);
    }
}
