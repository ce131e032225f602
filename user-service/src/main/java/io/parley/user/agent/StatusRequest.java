package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code PUT /api/v1/agents/me/status}: the chosen status and, optionally, a new capacity. */
record StatusRequest(
        @NotNull(message = "is required") @Pattern(regexp = "ONLINE|AWAY|OFFLINE", message = "must be ONLINE, AWAY or OFFLINE")
                String status,
        @Min(value = 1, message = "must be between 1 and 20") @Max(value = 20, message = "must be between 1 and 20")
                Integer capacity) {

    AgentStatus agentStatus() {
        return AgentStatus.valueOf(status);
    }
}
