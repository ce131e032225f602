package io.parley.queue.assignment;

import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.List;

/**
 * One assignment decision as {@code GET /queue/conversations/{id}/assignments} shows it.
 *
 * @param kind AUTOMATIC, TAKEN, SUPERVISOR or TRANSFER (as in {@code conversation.assigned})
 * @param rulesVersion the rule set version in force when it was decided
 * @param matchedRules the rules that applied when the conversation was queued
 * @param effectivePriority priority level with aging and VIP (0 = LOW .. 3 = URGENT, higher after aging)
 */
public record Decision(
        Instant at,
        String kind,
        String agentId,
        String previousAgentId,
        long rulesVersion,
        List<String> matchedRules,
        String strategy,
        String department,
        Priority priority,
        int effectivePriority,
        boolean vip,
        List<Candidate> candidates) {}
