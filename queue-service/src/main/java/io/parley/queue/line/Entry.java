package io.parley.queue.line;

import io.parley.contracts.events.Priority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One conversation in the line.
 *
 * @param department its lane; null when the customer named none (any agent may take it)
 * @param priority its own priority (the customer's, a rule's, an agent's or an escalation's; MEDIUM if none)
 * @param enqueuedAt when it was first queued (kept through overflow, requeue and transfer)
 * @param agentId the agent it is assigned to (kept after the end); null while waiting
 * @param skills skills an agent needs to take it (lower-case)
 * @param vip whether its customer is a VIP (raises the base priority to the rules' {@code vipPriority})
 * @param frontSince while waiting at the front of its lane after a requeue or transfer: since when; else null
 * @param laneSince when it entered its current lane
 * @param excludedAgents agents it was requeued or transferred away from
 * @param overflowedFrom lanes it already overflowed out of
 * @param agentRepliedAt the assigned agent's last message since the assignment, or null
 * @param rulesVersion the rule set version in force when it was queued
 * @param matchedRules the rules that applied when it was queued
 */
public record Entry(
        UUID conversationId,
        String customerId,
        String department,
        Priority priority,
        EntryStatus status,
        Instant enqueuedAt,
        String agentId,
        Instant assignedAt,
        List<String> skills,
        boolean vip,
        Instant frontSince,
        Instant laneSince,
        List<String> excludedAgents,
        List<String> overflowedFrom,
        Instant agentRepliedAt,
        long rulesVersion,
        List<String> matchedRules) {

    public Entry {
        skills = skills == null ? List.of() : List.copyOf(skills);
        excludedAgents = excludedAgents == null ? List.of() : List.copyOf(excludedAgents);
        overflowedFrom = overflowedFrom == null ? List.of() : List.copyOf(overflowedFrom);
        matchedRules = matchedRules == null ? List.of() : List.copyOf(matchedRules);
        laneSince = laneSince == null ? enqueuedAt : laneSince;
    }

    /** A waiting conversation with no skills, not VIP, never requeued (tests and simple callers). */
    public static Entry waiting(UUID conversationId, String customerId, String department, Priority priority, Instant at) {
        return new Entry(conversationId, customerId, department, priority, EntryStatus.WAITING, at, null, null,
                List.of(), false, null, at, List.of(), List.of(), null, 0, List.of());
    }

    public Entry withSkills(List<String> skills) {
        return new Entry(conversationId, customerId, department, priority, status, enqueuedAt, agentId, assignedAt,
                skills, vip, frontSince, laneSince, excludedAgents, overflowedFrom, agentRepliedAt, rulesVersion,
                matchedRules);
    }

    public Entry withVip(boolean vip) {
        return new Entry(conversationId, customerId, department, priority, status, enqueuedAt, agentId, assignedAt,
                skills, vip, frontSince, laneSince, excludedAgents, overflowedFrom, agentRepliedAt, rulesVersion,
                matchedRules);
    }

    /** Back at the front of its lane since {@code at}, not to be given to {@code excluded} if avoidable. */
    public Entry atFront(Instant at, List<String> excluded) {
        return new Entry(conversationId, customerId, department, priority, EntryStatus.WAITING, enqueuedAt, null,
                null, skills, vip, at, at, excluded, overflowedFrom, null, rulesVersion, matchedRules);
    }

    public Entry withStatus(EntryStatus status, String agentId, Instant assignedAt) {
        return new Entry(conversationId, customerId, department, priority, status, enqueuedAt, agentId, assignedAt,
                skills, vip, status == EntryStatus.WAITING ? frontSince : null, laneSince, excludedAgents,
                overflowedFrom, agentRepliedAt, rulesVersion, matchedRules);
    }
}
