package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.WaitingLine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that changes the line. Each method runs in one transaction (joining the idempotency guard's
 * when called from an event handler) that takes the queue lock first, applies its change, then runs
 * assignment, so a change and the assignments and events it causes commit together or not at all.
 */
@Service
public class QueueService {
    private final QueueLock lock;
    private final WaitingLine line;
    private final AgentRoster agents;
    private final Assigner assigner;

    QueueService(QueueLock lock, WaitingLine line, AgentRoster agents, Assigner assigner) {
        this.lock = lock;
        this.line = line;
        this.agents = agents;
        this.assigner = assigner;
    }

    /** A conversation joins the end of its department's lane (once), then assignment runs. */
    @Transactional
    public void enqueue(ConversationQueued queued) {
        lock.acquire();
        String department = lane(queued.department());
        Priority priority = queued.priority() == null ? Priority.MEDIUM : queued.priority();
        Instant at = queued.queuedAt() == null ? Instant.now() : queued.queuedAt();
        if (line.add(queued.conversationId(), queued.customerId(), department, priority, micros(at))) {
            Set<String> changed = new HashSet<>();
            changed.add(department);
            assigner.assignAndPublish(changed);
        }
    }

    /**
     * A waiting conversation leaves the line; an assigned one frees a place of the agent the entry records
     * (the event's agent may be null if the customer ended before chat heard of the assignment). Then
     * assignment runs at once.
     */
    @Transactional
    public void end(ConversationEnded ended) {
        lock.acquire();
        Instant at = micros(ended.endedAt() == null ? Instant.now() : ended.endedAt());
        Optional<Entry> found = line.find(ended.conversationId());
        if (found.isEmpty()) {
            line.addEnded(ended.conversationId(), ended.customerId(), at);
            return;
        }
        Entry entry = found.get();
        if (entry.status() == EntryStatus.ENDED || !line.end(entry.conversationId(), at)) {
            return;
        }
        Set<String> changed = new HashSet<>();
        if (entry.status() == EntryStatus.WAITING) {
            changed.add(entry.department());
        } else if (!agents.releaseOne(entry.agentId())) {
            throw new IllegalStateException("agent " + entry.agentId() + " carried no conversation to release");
        }
        assigner.assignAndPublish(changed);
    }

    /** Stores the agent's chosen status and capacity (keeping its current chats), then assignment runs. */
    @Transactional
    public void agentChanged(AgentStatusChanged changed) {
        lock.acquire();
        List<String> departments = changed.departments() == null ? List.of() : changed.departments();
        Instant at = micros(changed.changedAt() == null ? Instant.now() : changed.changedAt());
        if (agents.update(changed.agentId(), changed.displayName(), changed.status(), changed.capacity(),
                departments, at)) {
            assigner.assignAndPublish(Set.of());
        }
    }

    /** The safety net: runs assignment unless another transaction is changing the line right now. */
    @Transactional
    public int sweep() {
        return lock.tryAcquire() ? assigner.assignAndPublish(Set.of()) : 0;
    }

    /** Blank departments mean none: such a conversation is in the no-department lane, which any agent serves. */
    private static String lane(String department) {
        return department == null || department.isBlank() ? null : department;
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
