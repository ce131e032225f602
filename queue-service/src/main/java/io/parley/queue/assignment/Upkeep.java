package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.line.Entry;
import io.parley.queue.line.LineOrder;
import io.parley.queue.rules.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the sweep changes in the line at one moment, decided from a snapshot without side effects: assigned
 * conversations to requeue (agent OFFLINE beyond the grace period; no agent reply in time, when another agent
 * could take it now, since otherwise it would only come back to the same agent), escalation rules
 * that fire for waiting conversations (each once per conversation, in rule order, each seeing what the
 * previous one changed), and overflows of conversations that waited long enough in a lane (once per lane).
 */
final class Upkeep {
    private Upkeep() {}

    sealed interface Action permits Requeue, Escalate, Overflow {}

    /** @param reason {@link ConversationRequeued#NO_AGENT_REPLY} or {@link ConversationRequeued#AGENT_OFFLINE} */
    record Requeue(Entry entry, String reason) implements Action {}

    /** @param raiseTo the new priority, null to keep it; @param moveTo the new lane, null to stay */
    record Escalate(Entry entry, RuleSet.Escalation rule, Priority raiseTo, String moveTo, long waitedSeconds)
            implements Action {}

    record Overflow(Entry entry, String to) implements Action {}

    static List<Action> plan(
            Collection<Entry> assigned, Collection<Entry> waiting, Collection<Agent> agents,
            Map<UUID, Set<String>> fired, RuleSet rules, Instant now) {
        List<Action> actions = new ArrayList<>();
        Map<String, Agent> byId = agents.stream().collect(Collectors.toMap(Agent::agentId, Function.identity()));
        for (Entry entry : assigned) {
            String reason = requeueReason(entry, byId.get(entry.agentId()), rules.requeue(), now);
            if (ConversationRequeued.NO_AGENT_REPLY.equals(reason) && !someoneElseCouldTake(entry, agents)) {
                reason = null; // back in line it would only return to the same agent: wait for someone else
            }
            if (reason != null) {
                actions.add(new Requeue(entry, reason));
            }
        }
        for (Entry entry : waiting) {
            Entry current = entry;
            for (RuleSet.Escalation rule : rules.escalations()) {
                if (fired.getOrDefault(entry.conversationId(), Set.of()).contains(rule.name())
                        || !matches(rule.when(), current, now)) {
                    continue;
                }
                Priority raise = rule.then().raisePriorityTo();
                Priority raiseTo = raise != null && raise.compareTo(current.priority()) > 0 ? raise : null;
                String to = rule.then().overflowTo();
                String moveTo = to != null && !to.equals(current.department()) ? to : null;
                actions.add(new Escalate(current, rule, raiseTo, moveTo, LineOrder.waitedSeconds(current, now)));
                current = changed(current, raiseTo, moveTo, now);
            }
            String overflowTo = overflowTo(current, rules, now);
            if (overflowTo != null) {
                actions.add(new Overflow(current, overflowTo));
            }
        }
        return actions;
    }

    static String requeueReason(Entry entry, Agent agent, RuleSet.Requeue requeue, Instant now) {
        long grace = requeue.agentOfflineGraceSeconds();
        if (grace > 0 && agent != null && agent.status() == AgentStatus.OFFLINE && agent.offlineSince() != null
                && seconds(agent.offlineSince(), now) >= grace) {
            return ConversationRequeued.AGENT_OFFLINE;
        }
        long noReply = requeue.noAgentReplySeconds();
        if (noReply > 0 && entry.agentRepliedAt() == null && entry.assignedAt() != null
                && seconds(entry.assignedAt(), now) >= noReply) {
            return ConversationRequeued.NO_AGENT_REPLY;
        }
        return null;
    }

    /**
     * Whether an agent other than the conversation's own could take it now. A conversation whose agent went
     * offline goes back in line regardless; one without a reply only when it would reach someone else.
     */
    static boolean someoneElseCouldTake(Entry entry, Collection<Agent> agents) {
        return agents.stream().anyMatch(agent -> !agent.agentId().equals(entry.agentId())
                && Eligibility.reason(agent, agent.active(), entry.department(), entry.skills()) == null);
    }

    static boolean matches(RuleSet.EscalationCondition when, Entry entry, Instant now) {
        return (when.waitingSecondsAtLeast() == null || LineOrder.waitedSeconds(entry, now) >= when.waitingSecondsAtLeast())
                && (when.vip() == null || when.vip() == entry.vip())
                && (when.priorityAtLeast() == null || entry.priority().compareTo(when.priorityAtLeast()) >= 0)
                && (when.departments() == null
                        || (entry.department() != null && when.departments().contains(entry.department())));
    }

    static String overflowTo(Entry entry, RuleSet rules, Instant now) {
        RuleSet.Overflow overflow = rules.policyOf(entry.department()).overflow();
        if (overflow == null || overflow.to() == null || Objects.equals(overflow.to(), entry.department())
                || entry.overflowedFrom().contains(entry.department())) {
            return null;
        }
        return seconds(entry.laneSince(), now) >= overflow.afterSeconds() ? overflow.to() : null;
    }

    private static Entry changed(Entry e, Priority raiseTo, String moveTo, Instant now) {
        return new Entry(e.conversationId(), e.customerId(), moveTo != null ? moveTo : e.department(),
                raiseTo != null ? raiseTo : e.priority(), e.status(), e.enqueuedAt(), e.agentId(), e.assignedAt(),
                e.skills(), e.vip(), e.frontSince(), moveTo != null ? now : e.laneSince(), e.excludedAgents(),
                e.overflowedFrom(), e.agentRepliedAt(), e.rulesVersion(), e.matchedRules());
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }
}
