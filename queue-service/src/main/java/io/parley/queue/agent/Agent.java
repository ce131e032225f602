package io.parley.queue.agent;

import io.parley.contracts.events.AgentStatus;
import java.time.Instant;
import java.util.List;

/**
 * An agent as the line sees it.
 *
 * @param active conversations it carries now (may exceed a lowered capacity)
 * @param lastAssignedAt null until it got its first conversation
 * @param lastReleasedAt when it last finished or lost a conversation, or null
 * @param offlineSince since when it has been OFFLINE, null while ONLINE or AWAY
 */
public record Agent(
        String agentId,
        String displayName,
        AgentStatus status,
        int capacity,
        List<String> departments,
        int active,
        Instant lastAssignedAt,
        List<String> skills,
        Instant lastReleasedAt,
        Instant offlineSince) {

    public Agent {
        departments = List.copyOf(departments);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** An agent without skills that never finished a chat and is not offline (tests). */
    public Agent(
            String agentId, String displayName, AgentStatus status, int capacity, List<String> departments, int active,
            Instant lastAssignedAt) {
        this(agentId, displayName, status, capacity, departments, active, lastAssignedAt, List.of(), null, null);
    }

    /** Free places: capacity minus active, never negative. */
    public int spare() {
        return Math.max(0, capacity - active);
    }

    /** When it last got or finished a chat (LONGEST_IDLE), or null if never. */
    public Instant lastActiveAt() {
        if (lastAssignedAt == null || lastReleasedAt == null) {
            return lastAssignedAt == null ? lastReleasedAt : lastAssignedAt;
        }
        return lastAssignedAt.isAfter(lastReleasedAt) ? lastAssignedAt : lastReleasedAt;
    }
}
