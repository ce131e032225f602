package io.parley.queue.assignment;

import io.parley.queue.agent.Agent;
import io.parley.queue.assignment.AgentChoice.Load;
import io.parley.queue.line.Entry;
import io.parley.queue.line.LineOrder;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.Mode;
import io.parley.queue.rules.RuleSet.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides automatic assignments from a snapshot of the line and the agents, without side effects. Goes through
 * the waiting conversations in line order ({@link LineOrder}, across lanes), skips MANUAL departments, and
 * gives each to the best eligible agent by its department's strategy ({@link AgentChoice}): ONLINE, below
 * capacity (counting what this plan gave it), in its department (any, for the no-department lane), with all its
 * skills, and not an agent it was requeued or transferred away from unless no other agent is eligible.
 */
final class AssignmentPlanner {

    /** One conversation for one agent; {@code agent} is the agent as it was in the snapshot. */
    record Assignment(Entry entry, Agent agent, Strategy strategy, int effectivePriority, List<Candidate> candidates) {}

    /** The best agent for a conversation (null: nobody eligible) and every agent as the decision saw it. */
    record Choice(Load best, List<Candidate> candidates) {}

    private AssignmentPlanner() {}

    static List<Assignment> plan(Collection<Entry> entries, Collection<Agent> agents, RuleSet rules, Instant now) {
        List<Load> loads = agents.stream().map(Load::new).toList();
        List<Assignment> plan = new ArrayList<>();
        long seq = 0;
        for (Entry entry : LineOrder.sorted(entries, rules, now)) {
            if (loads.stream().noneMatch(l -> l.spare() > 0)) {
                break;
            }
            RuleSet.DepartmentPolicy policy = rules.policyOf(entry.department());
            if (policy.mode() == Mode.MANUAL) {
                continue;
            }
            Load best = best(entry, loads, policy.strategy());
            if (best == null) {
                continue;
            }
            List<Candidate> candidates = candidates(entry, loads, policy.strategy(), now);
            plan.add(new Assignment(entry, best.agent, policy.strategy(),
                    LineOrder.effectivePriority(entry, rules, now), candidates));
            best.active++;
            best.planSeq = ++seq;
        }
        return plan;
    }

    /** Every agent as a decision for {@code entry} would see it now (for assignments by hand). */
    static List<Candidate> candidates(Entry entry, Collection<Agent> agents, Strategy strategy, Instant now) {
        return candidates(entry, agents.stream().map(Load::new).toList(), strategy, now);
    }

    private static Load best(Entry entry, List<Load> loads, Strategy strategy) {
        Load best = null;
        Load bestExcluded = null;
        for (Load load : loads) {
            if (Eligibility.reason(load.agent, load.active, entry.department(), entry.skills()) != null) {
                continue;
            }
            if (entry.excludedAgents().contains(load.agent.agentId())) {
                bestExcluded = better(bestExcluded, load, strategy);
            } else {
                best = better(best, load, strategy);
            }
        }
        return best != null ? best : bestExcluded;
    }

    private static Load better(Load current, Load other, Strategy strategy) {
        return current == null || AgentChoice.order(strategy).compare(other, current) < 0 ? other : current;
    }

    private static List<Candidate> candidates(Entry entry, List<Load> loads, Strategy strategy, Instant now) {
        boolean othersEligible = loads.stream().anyMatch(l -> !entry.excludedAgents().contains(l.agent.agentId())
                && Eligibility.reason(l.agent, l.active, entry.department(), entry.skills()) == null);
        List<Candidate> candidates = new ArrayList<>(loads.size());
        for (Load load : loads) {
            String reason = Eligibility.reason(load.agent, load.active, entry.department(), entry.skills());
            if (reason == null && othersEligible && entry.excludedAgents().contains(load.agent.agentId())) {
                reason = Eligibility.EXCLUDED;
            }
            candidates.add(new Candidate(load.agent.agentId(), reason == null, reason, load.spare(),
                    AgentChoice.score(strategy, load, now)));
        }
        return candidates;
    }
}
