package io.parley.queue.assignment;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.kit.outbox.Outbox;
import io.parley.queue.agent.Agent;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.assignment.AssignmentPlanner.Assignment;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.LineMoves;
import io.parley.queue.line.LineOrder;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.position.PositionPublisher;
import io.parley.queue.rules.ActiveRules;
import io.parley.queue.rules.RuleSet;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes assignments inside the caller's transaction, which holds the {@link QueueLock}: each one moves the
 * entry, counts it against the agent, records the decision with its candidates and adds
 * {@code conversation.assigned} to the outbox. {@link #assignAndPublish} runs the planner on the current line
 * and agents and then publishes the positions that changed.
 */
@Component
public class Assigner {
    private final WaitingLine line;
    private final LineMoves moves;
    private final AgentRoster agents;
    private final DecisionLog decisions;
    private final PositionPublisher positions;
    private final ActiveRules rules;
    private final Outbox outbox;

    Assigner(WaitingLine line, LineMoves moves, AgentRoster agents, DecisionLog decisions, PositionPublisher positions,
            ActiveRules rules, Outbox outbox) {
        this.line = line;
        this.moves = moves;
        this.agents = agents;
        this.decisions = decisions;
        this.positions = positions;
        this.rules = rules;
        this.outbox = outbox;
    }

    /** Assigns what the rules assign automatically, then publishes positions; returns how many it assigned. */
    public int assignAndPublish(Instant now) {
        ActiveRules.Versioned active = rules.current();
        List<Assignment> plan = AssignmentPlanner.plan(line.waiting(), agents.all(), active.rules(), now);
        for (Assignment a : plan) {
            write(a.entry(), a.agent(), ConversationAssigned.AUTOMATIC, active.version(), a.strategy().name(),
                    a.effectivePriority(), a.candidates(), now);
        }
        positions.publish(line.waiting(), agents.all(), active.rules(), now);
        return plan.size();
    }

    /**
     * Gives a WAITING conversation, or moves an ASSIGNED one, to {@code agent} by hand ({@code kind} TAKEN,
     * SUPERVISOR or TRANSFER). The caller checked that the agent could take it.
     */
    public void give(Entry entry, Agent agent, String kind, Instant now) {
        ActiveRules.Versioned active = rules.current();
        RuleSet.Strategy strategy = active.rules().policyOf(entry.department()).strategy();
        List<Candidate> candidates = AssignmentPlanner.candidates(entry, agents.all(), strategy, now);
        write(entry, agent, kind, active.version(), strategy.name(),
                LineOrder.effectivePriority(entry, active.rules(), now), candidates, now);
    }

    /**
     * An ASSIGNED conversation waits again at the front of lane {@code department}, its agent freed and
     * excluded from it while another agent could take it. The caller adds the event that says why. With
     * {@code unlessReplied}, returns false (nothing changed) if its agent replied since the caller looked.
     */
    public boolean backToFront(Entry entry, String department, boolean unlessReplied, Instant now) {
        if (!moves.backToFront(entry.conversationId(), entry.agentId(), department, unlessReplied, now)) {
            if (unlessReplied) {
                return false;
            }
            throw stale(entry, entry.agentId());
        }
        if (!agents.releaseOne(entry.agentId())) {
            throw stale(entry, entry.agentId());
        }
        return true;
    }

    private void write(Entry entry, Agent agent, String kind, long version, String strategy, int effective,
            List<Candidate> candidates, Instant now) {
        String to = agent.agentId();
        String previous = entry.status() == EntryStatus.ASSIGNED ? entry.agentId() : null;
        boolean moved = previous == null
                ? moves.assign(entry.conversationId(), to, now)
                : moves.reassign(entry.conversationId(), previous, to, now) && agents.releaseOne(previous);
        if (!moved || !agents.takeOne(to)) {
            throw stale(entry, to);
        }
        decisions.record(entry.conversationId(), new Decision(now, kind, to, previous, version, entry.matchedRules(),
                strategy, entry.department(), entry.priority(), effective, entry.vip(), candidates));
        outbox.add(new ConversationAssigned(entry.conversationId(), entry.customerId(), to, agent.displayName(),
                entry.department(), now, previous, kind));
    }

    private static IllegalStateException stale(Entry entry, String agentId) {
        return new IllegalStateException("change of " + entry.conversationId() + " for " + agentId
                + " no longer applies: is the queue lock held?");
    }
}
