package io.parley.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An escalation rule fired for a waiting conversation (once per rule and conversation). Alerts supervisors
 * when {@code alertSupervisors} is true.
 *
 * @param priority the conversation's priority after the escalation
 * @param overflowTo the department it moved to, or null
 */
public record QueueEscalated(
        UUID conversationId,
        String customerId,
        String department,
        String rule,
        Priority priority,
        boolean vip,
        long waitedSeconds,
        String overflowTo,
        boolean alertSupervisors,
        Instant at) {}
