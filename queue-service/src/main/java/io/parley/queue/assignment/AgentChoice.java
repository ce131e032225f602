package io.parley.queue.assignment;

import io.parley.queue.agent.Agent;
import io.parley.queue.rules.RuleSet.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * How a department's strategy ranks the eligible agents (best first), and the score it shows for each. An
 * agent given a conversation earlier in the same plan counts as the most recently assigned and active. Pure.
 * <ul>
 *   <li>MOST_SPARE_CAPACITY: most free places; ties: least recently assigned, then agent id. Score: free places.
 *   <li>ROUND_ROBIN: least recently assigned (never assigned first), then agent id. Score: seconds since its
 *       last assignment (null: never).
 *   <li>LONGEST_IDLE: longest since its last assignment or finished chat (never active first), then agent id.
 *       Score: idle seconds (null: never active).
 * </ul>
 */
final class AgentChoice {
    private AgentChoice() {}

    /** An agent's load while planning. */
    static final class Load {
        final Agent agent;
        int active;
        long planSeq;

        Load(Agent agent) {
            this.agent = agent;
            this.active = agent.active();
        }

        int spare() {
            return Math.max(0, agent.capacity() - active);
        }
    }

    private static final Comparator<Load> LEAST_RECENTLY_ASSIGNED = Comparator.comparingLong((Load l) -> l.planSeq)
            .thenComparing(l -> l.agent.lastAssignedAt(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(l -> l.agent.agentId());

    private static final Comparator<Load> LONGEST_IDLE = Comparator.comparingLong((Load l) -> l.planSeq)
            .thenComparing(l -> l.agent.lastActiveAt(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(l -> l.agent.agentId());

    private static final Comparator<Load> MOST_SPARE =
            Comparator.comparingInt(Load::spare).reversed().thenComparing(LEAST_RECENTLY_ASSIGNED);

    static Comparator<Load> order(Strategy strategy) {
        return switch (strategy) {
            case MOST_SPARE_CAPACITY -> MOST_SPARE;
            case ROUND_ROBIN -> LEAST_RECENTLY_ASSIGNED;
            case LONGEST_IDLE -> LONGEST_IDLE;
        };
    }

    static Long score(Strategy strategy, Load load, Instant now) {
        return switch (strategy) {
            case MOST_SPARE_CAPACITY -> (long) load.spare();
            case ROUND_ROBIN -> secondsSince(load, load.agent.lastAssignedAt(), now);
            case LONGEST_IDLE -> secondsSince(load, load.agent.lastActiveAt(), now);
        };
    }

    private static Long secondsSince(Load load, Instant at, Instant now) {
        if (load.planSeq > 0) {
            return 0L;
        }
        return at == null ? null : Math.max(0, Duration.between(at, now).toSeconds());
    }
}
