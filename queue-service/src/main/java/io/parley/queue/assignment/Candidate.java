package io.parley.queue.assignment;

/**
 * One agent as an assignment decision saw it.
 *
 * @param reason why it was not eligible (OFFLINE, AWAY, NOT_IN_DEPARTMENT, MISSING_SKILL …, AT_CAPACITY,
 *     EXCLUDED), null when eligible
 * @param spare its free places then
 * @param score the strategy's ordering value (see {@link AgentChoice}); null for "never", which ranks first
 */
public record Candidate(String agentId, boolean eligible, String reason, int spare, Long score) {}
