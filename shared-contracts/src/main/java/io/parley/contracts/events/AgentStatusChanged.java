package io.parley.contracts.events;

import java.time.Instant;
import java.util.List;

/** An agent chose a status or a capacity (max concurrent chats). */
public record AgentStatusChanged(
        String agentId, String displayName, AgentStatus status, int capacity, List<String> departments, Instant changedAt) {}
