package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatus;
import io.parley.queue.agent.Agent;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides assignments from a snapshot of the line and the agents, without side effects. Repeatedly: among the
 * heads of the department lanes that some eligible agent can take (ONLINE, active below capacity, the lane's
 * department among its departments; any department for a conversation of none), take the first in
 * {@link #LINE_ORDER} and give it to the eligible agent with the most spare capacity (ties: assigned least
 * recently, then agent id). Stops when no lane head can be taken.
 */
final class AssignmentPlanner {

    /** Line order: higher priority first, then the longest waiting, then conversation id (as PostgreSQL orders uuids). */
    static final Comparator<Entry> LINE_ORDER = Comparator.comparing((Entry e) -> e.priority().ordinal())
            .reversed()
            .thenComparing(Entry::enqueuedAt)
            .thenComparing(e -> e.conversationId().toString());

    private static final Comparator<Load> BEST_AGENT = Comparator.comparingInt(Load::spare)
            .reversed()
            .thenComparingLong(l -> l.planSeq)
            .thenComparing(l -> l.agent.lastAssignedAt(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(l -> l.agent.agentId());

    /** One conversation for one agent; {@code agent} is the agent as it was in the snapshot. */
    record Assignment(Entry entry, Agent agent) {}

    private AssignmentPlanner() {}

    static List<Assignment> plan(Collection<Entry> entries, Collection<Agent> agents) {
        Map<String, Deque<Entry>> lanes = new HashMap<>();
        entries.stream()
                .filter(e -> e.status() == EntryStatus.WAITING)
                .sorted(LINE_ORDER)
                .forEach(e -> lanes.computeIfAbsent(e.department(), d -> new ArrayDeque<>()).addLast(e));
        List<Load> loads = agents.stream().map(Load::new).toList();
        List<Assignment> plan = new ArrayList<>();
        long seq = 0;
        while (true) {
            Entry next = null;
            Load to = null;
            for (Deque<Entry> lane : lanes.values()) {
                Entry head = lane.peekFirst();
                if (head == null || (next != null && LINE_ORDER.compare(head, next) > 0)) {
                    continue;
                }
                Load best = bestFor(loads, head.department());
                if (best != null) {
                    next = head;
                    to = best;
                }
            }
            if (next == null) {
                return plan;
            }
            lanes.get(next.department()).removeFirst();
            to.active++;
            to.planSeq = ++seq;
            plan.add(new Assignment(next, to.agent));
        }
    }

    private static Load bestFor(List<Load> loads, String department) {
        return loads.stream().filter(l -> l.canTake(department)).min(BEST_AGENT).orElse(null);
    }

    /** An agent's load while planning: assignments planned so far count, and make it the most recent. */
    private static final class Load {
        final Agent agent;
        int active;
        long planSeq;

        Load(Agent agent) {
            this.agent = agent;
            this.active = agent.active();
        }

        int spare() {
            return agent.capacity() - active;
        }

        boolean canTake(String department) {
            return agent.status() == AgentStatus.ONLINE
                    && active < agent.capacity()
                    && (department == null || agent.departments().contains(department));
        }
    }
}
