package io.parley.queue.assignment;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.QueuePositionsChanged;
import io.parley.kit.outbox.Outbox;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.assignment.AssignmentPlanner.Assignment;
import io.parley.queue.line.Entry;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.line.Waiting;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Runs assignment inside the caller's transaction, which holds the {@link QueueLock}: plans on the current
 * line and agents, writes each assignment (entry ASSIGNED, agent active + 1) with its
 * {@code conversation.assigned}, and then adds one {@code queue.positions-changed} listing every waiting
 * conversation of each lane that changed.
 */
@Component
class Assigner {
    private final WaitingLine line;
    private final AgentRoster agents;
    private final Outbox outbox;

    Assigner(WaitingLine line, AgentRoster agents, Outbox outbox) {
        this.line = line;
        this.agents = agents;
        this.outbox = outbox;
    }

    /**
     * @param changedLanes departments whose line the caller already changed (null: the no-department lane)
     * @return the number of conversations assigned
     */
    int assignAndPublish(Set<String> changedLanes) {
        List<Assignment> plan = AssignmentPlanner.plan(line.waiting(), agents.all());
        Set<String> lanes = new HashSet<>(changedLanes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Assignment assignment : plan) {
            Entry entry = assignment.entry();
            String agentId = assignment.agent().agentId();
            if (!line.assign(entry.conversationId(), agentId, now) || !agents.takeOne(agentId)) {
                throw new IllegalStateException("assignment of " + entry.conversationId() + " to " + agentId
                        + " no longer applies: is the queue lock held?");
            }
            outbox.add(new ConversationAssigned(entry.conversationId(), entry.customerId(), agentId,
                    assignment.agent().displayName(), entry.department(), now));
            lanes.add(entry.department());
        }
        if (!lanes.isEmpty()) {
            List<Waiting> waiting = line.positionsIn(lanes);
            if (!waiting.isEmpty()) {
                outbox.add(new QueuePositionsChanged(
                        waiting.stream()
                                .map(w -> new QueuePositionsChanged.Position(w.conversationId(), w.customerId(), w.position()))
                                .toList(),
                        now));
            }
        }
        return plan.size();
    }
}
