package io.parley.queue.assignment;

import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.QueueEscalated;
import io.parley.kit.outbox.Outbox;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.assignment.Upkeep.Action;
import io.parley.queue.assignment.Upkeep.Escalate;
import io.parley.queue.assignment.Upkeep.Overflow;
import io.parley.queue.assignment.Upkeep.Requeue;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EscalationLog;
import io.parley.queue.line.LineMoves;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.rules.RuleSet;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies what {@link Upkeep} decides, inside the caller's transaction (which holds the queue lock), with the
 * events each change causes: {@code conversation.requeued} (the conversation back at the front of its lane, its
 * agent freed and excluded), {@code queue.escalated} (priority raised, lane moved), overflow moves.
 */
@Component
class LineKeeper {
    private final WaitingLine line;
    private final LineMoves moves;
    private final AgentRoster agents;
    private final EscalationLog escalations;
    private final Assigner assigner;
    private final Outbox outbox;

    LineKeeper(WaitingLine line, LineMoves moves, AgentRoster agents, EscalationLog escalations, Assigner assigner,
            Outbox outbox) {
        this.line = line;
        this.moves = moves;
        this.agents = agents;
        this.escalations = escalations;
        this.assigner = assigner;
        this.outbox = outbox;
    }

    /** Returns how many changes it made. */
    int keep(RuleSet rules, Instant now) {
        List<Action> actions = Upkeep.plan(
                line.assigned(), line.waiting(), agents.all(), escalations.firedForWaiting(), rules, now);
        for (Action action : actions) {
            switch (action) {
                case Requeue r -> requeue(r.entry(), r.reason(), now);
                case Escalate e -> escalate(e, now);
                case Overflow o -> {
                    if (!moves.moveLane(o.entry().conversationId(), o.entry().department(), o.to(), true, now)) {
                        throw new IllegalStateException("overflow of " + o.entry().conversationId() + " no longer applies");
                    }
                }
            }
        }
        return actions.size();
    }

    private void requeue(Entry entry, String reason, Instant now) {
        boolean unlessReplied = ConversationRequeued.NO_AGENT_REPLY.equals(reason);
        if (!assigner.backToFront(entry, entry.department(), unlessReplied, now)) {
            return;
        }
        outbox.add(new ConversationRequeued(
                entry.conversationId(), entry.customerId(), entry.agentId(), entry.department(), reason, now));
    }

    private void escalate(Escalate e, Instant now) {
        Entry entry = e.entry();
        if (!escalations.record(entry.conversationId(), e.rule().name(), now)) {
            return;
        }
        if (e.raiseTo() != null) {
            moves.raisePriority(entry.conversationId(), e.raiseTo());
        }
        if (e.moveTo() != null) {
            moves.moveLane(entry.conversationId(), entry.department(), e.moveTo(), false, now);
        }
        outbox.add(new QueueEscalated(entry.conversationId(), entry.customerId(), entry.department(), e.rule().name(),
                e.raiseTo() != null ? e.raiseTo() : entry.priority(), entry.vip(), e.waitedSeconds(), e.moveTo(),
                e.rule().then().alertSupervisors(), now));
    }
}
