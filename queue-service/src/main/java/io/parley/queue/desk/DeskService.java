package io.parley.queue.desk;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.Priority;
import io.parley.kit.outbox.Outbox;
import io.parley.kit.security.Caller;
import io.parley.queue.agent.Agent;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.assignment.Assigner;
import io.parley.queue.assignment.Eligibility;
import io.parley.queue.assignment.QueueLock;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.rules.ActiveRules;
import io.parley.queue.rules.RuleSet.Mode;
import io.parley.queue.view.ConversationView;
import io.parley.queue.view.QueueView;
import io.parley.queue.view.Visibility;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Routing by hand. Each method takes the queue lock, checks that the caller may see the conversation (404) and
 * act on it (403), that the change applies (409 with the reason), changes the line with its events, runs
 * assignment (a freed agent may get the next conversation) and answers the conversation's view. Anything
 * refused changes nothing (the transaction rolls back).
 */
@Service
class DeskService {
    private final QueueLock lock;
    private final WaitingLine line;
    private final AgentRoster agents;
    private final Assigner assigner;
    private final QueueView view;
    private final Visibility visibility;
    private final ActiveRules rules;
    private final Outbox outbox;

    DeskService(QueueLock lock, WaitingLine line, AgentRoster agents, Assigner assigner, QueueView view,
            Visibility visibility, ActiveRules rules, Outbox outbox) {
        this.lock = lock;
        this.line = line;
        this.agents = agents;
        this.assigner = assigner;
        this.view = view;
        this.visibility = visibility;
        this.rules = rules;
        this.outbox = outbox;
    }

    /** An agent takes a waiting conversation of a MANUAL department. */
    @Transactional
    public ConversationView take(Caller caller, String id) {
        lock.acquire();
        Entry entry = view.visible(caller, id);
        requireStatus(entry, EntryStatus.WAITING, "waiting");
        if (rules.current().rules().policyOf(entry.department()).mode() != Mode.MANUAL) {
            throw conflict("its department assigns automatically: it cannot be taken by hand");
        }
        Agent me = visibility.profile(caller)
                .orElseThrow(() -> conflict("you are not ONLINE (queue-service has no status for you yet)"));
        requireAble(me, entry, "you");
        return give(entry, me, ConversationAssigned.TAKEN);
    }

    /** A supervisor gives a waiting conversation to an agent, or moves an assigned one. */
    @Transactional
    public ConversationView assign(Caller caller, String id, String agentId) {
        lock.acquire();
        Entry entry = view.visible(caller, id);
        Agent agent = agents.find(agentId).orElseThrow(() -> notFound("agent not found"));
        if (entry.status() == EntryStatus.ENDED) {
            throw conflict("the conversation has ended");
        }
        requireNotWith(entry, agentId);
        requireAble(agent, entry, nameOf(agent));
        return give(entry, agent, ConversationAssigned.SUPERVISOR);
    }

    /** Its agent or a supervisor transfers an assigned conversation to an agent or to a department's lane. */
    @Transactional
    public ConversationView transfer(Caller caller, String id, String toAgentId, String toDepartment, String note) {
        lock.acquire();
        Entry entry = view.visible(caller, id);
        requireStatus(entry, EntryStatus.ASSIGNED, "assigned");
        if (!caller.isSupervisor() && !Objects.equals(caller.id(), entry.agentId())) {
            throw new AccessDeniedException("only its assigned agent or a supervisor may transfer it");
        }
        Instant now = now();
        if (toAgentId != null) {
            Agent target = agents.find(toAgentId).orElseThrow(() -> notFound("agent not found"));
            requireNotWith(entry, toAgentId);
            requireAble(target, entry, nameOf(target));
            outbox.add(transferred(entry, target.agentId(), target.displayName(), null, note, caller, now));
            assigner.give(entry, target, ConversationAssigned.TRANSFER, now);
        } else {
            if (!agents.departments().contains(toDepartment)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown department " + toDepartment);
            }
            outbox.add(transferred(entry, null, null, toDepartment, note, caller, now));
            assigner.backToFront(entry, toDepartment, false, now);
        }
        assigner.assignAndPublish(now);
        return current(entry);
    }

    /** Sets a conversation's own priority; the line reorders at once. */
    @Transactional
    public ConversationView priority(Caller caller, String id, Priority priority) {
        lock.acquire();
        Entry entry = view.visible(caller, id);
        if (entry.status() == EntryStatus.ENDED) {
            throw conflict("the conversation has ended");
        }
        if (!caller.isSupervisor() && !caller.isAgent()) {
            throw new AccessDeniedException("only agents and supervisors may change a priority");
        }
        line.setPriority(entry.conversationId(), priority);
        assigner.assignAndPublish(now());
        return current(entry);
    }

    private ConversationView give(Entry entry, Agent agent, String kind) {
        Instant now = now();
        assigner.give(entry, agent, kind, now);
        assigner.assignAndPublish(now);
        return current(entry);
    }

    private ConversationView current(Entry entry) {
        return view.viewOf(line.find(entry.conversationId()).orElseThrow());
    }

    private static void requireStatus(Entry entry, EntryStatus wanted, String word) {
        if (entry.status() != wanted) {
            throw conflict("the conversation is not " + word + " (it is " + entry.status() + ")");
        }
    }

    private static void requireNotWith(Entry entry, String agentId) {
        if (entry.status() == EntryStatus.ASSIGNED && agentId.equals(entry.agentId())) {
            throw conflict("the conversation is already assigned to that agent");
        }
    }

    private static void requireAble(Agent agent, Entry entry, String who) {
        String reason = Eligibility.reason(agent, agent.active(), entry.department(), entry.skills());
        if (reason != null) {
            throw conflict(Eligibility.explain(reason, who, entry.department()));
        }
    }

    private static ConversationTransferred transferred(
            Entry entry, String toAgentId, String toAgentName, String toDepartment, String note, Caller by, Instant at) {
        return new ConversationTransferred(entry.conversationId(), entry.customerId(), entry.agentId(), toAgentId,
                toAgentName, toDepartment, note, by.id(), by.name(), at);
    }

    private static String nameOf(Agent agent) {
        return agent.displayName() == null ? "agent " + agent.agentId() : agent.displayName();
    }

    private static ResponseStatusException conflict(String detail) {
        return new ResponseStatusException(HttpStatus.CONFLICT, detail);
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
