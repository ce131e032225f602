package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatusChanged;
import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.CustomerUpdated;
import io.parley.contracts.events.MessageSent;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.customer.CustomerBook;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.line.WaitingLine.NewEntry;
import io.parley.queue.rules.ActiveRules;
import io.parley.queue.rules.Routing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies consumed events and the sweep to the line. Each method runs in one transaction (joining the
 * idempotency guard's when called from an event handler) that takes the queue lock first, applies its change,
 * then runs assignment and publishes positions, so a change and the assignments and events it causes commit
 * together or not at all.
 */
@Service
public class QueueService {
    private final QueueLock lock;
    private final WaitingLine line;
    private final AgentRoster agents;
    private final CustomerBook customers;
    private final ActiveRules rules;
    private final Assigner assigner;
    private final LineKeeper keeper;

    QueueService(QueueLock lock, WaitingLine line, AgentRoster agents, CustomerBook customers, ActiveRules rules,
            Assigner assigner, LineKeeper keeper) {
        this.lock = lock;
        this.line = line;
        this.agents = agents;
        this.customers = customers;
        this.rules = rules;
        this.assigner = assigner;
        this.keeper = keeper;
    }

    /**
     * A conversation joins its lane: the active rules decide its lane, priority and skills from its facts and the
     * customer's VIP flag; then assignment runs. A repeat changes nothing. A {@code conversation.queued} for an
     * entry that ended before the event's queue time is a reopen: the conversation waits again as a fresh entry
     * (its decisions are kept; the agent it had is not excluded). An older one (queued before the end, arriving
     * late) changes nothing.
     */
    @Transactional
    public void enqueue(ConversationQueued queued) {
        lock.acquire();
        ActiveRules.Versioned active = rules.current();
        boolean vip = customers.isVip(queued.customerId());
        Routing routing = Routing.route(active.rules(), new Routing.Facts(lane(queued.department()), queued.priority(),
                names(queued.skills()), vip, queued.text(), queued.platform(), queued.customerEmail()));
        Instant at = micros(queued.queuedAt() == null ? Instant.now() : queued.queuedAt());
        Priority priority = routing.priority() == null ? Priority.MEDIUM : routing.priority();
        NewEntry entry = new NewEntry(queued.conversationId(), queued.customerId(), lane(routing.department()), priority,
                at, names(routing.skills()), vip, active.version(), routing.matchedRules());
        if (line.add(entry) || line.reopen(entry)) {
            assigner.assignAndPublish(now());
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
        if (entry.status() == EntryStatus.ASSIGNED && !agents.releaseOne(entry.agentId())) {
            throw new IllegalStateException("agent " + entry.agentId() + " carried no conversation to release");
        }
        assigner.assignAndPublish(now());
    }

    /** Stores the agent's status, capacity, departments and skills (keeping its chats), then assignment runs. */
    @Transactional
    public void agentChanged(AgentStatusChanged changed) {
        lock.acquire();
        Instant at = micros(changed.changedAt() == null ? Instant.now() : changed.changedAt());
        if (agents.update(changed.agentId(), changed.displayName(), changed.status(), changed.capacity(),
                names(changed.departments()), names(changed.skills()), at)) {
            assigner.assignAndPublish(now());
        }
    }

    /** Stores the customer's VIP flag and applies it to their waiting conversations, then assignment runs. */
    @Transactional
    public void customerUpdated(CustomerUpdated updated) {
        lock.acquire();
        Instant at = micros(updated.updatedAt() == null ? Instant.now() : updated.updatedAt());
        if (customers.update(updated.customerId(), updated.vip(), at)
                && line.setVipOfWaiting(updated.customerId(), updated.vip()) > 0) {
            assigner.assignAndPublish(now());
        }
    }

    /**
     * Notes a message of the conversation's assigned agent (auto-requeue waits for one). No lock: the update
     * and the sweep's requeue are both conditional on the entry's row, which serialises them.
     */
    @Transactional
    public void messageSent(MessageSent sent) {
        line.agentReplied(sent.conversationId(), sent.senderId(), micros(sent.sentAt() == null ? Instant.now() : sent.sentAt()));
    }

    /**
     * The sweep, unless another transaction is changing the line right now: requeues, escalations and
     * overflows that are due, then assignment (aging may have reordered the line) and positions. Returns how
     * many conversations it assigned.
     */
    @Transactional
    public int sweep() {
        if (!lock.tryAcquire()) {
            return 0;
        }
        Instant now = now();
        keeper.keep(rules.current().rules(), now);
        return assigner.assignAndPublish(now);
    }

    /** Blank departments mean none: such a conversation is in the no-department lane, which any agent serves. */
    static String lane(String department) {
        return department == null || department.isBlank() ? null : department.trim().toLowerCase(Locale.ROOT);
    }

    /** Departments and skills: trimmed, lower-case, no blanks, no repeats. */
    static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(n -> n.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    static Instant now() {
        return micros(Instant.now());
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
