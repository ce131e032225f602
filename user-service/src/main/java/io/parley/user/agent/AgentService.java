package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.AgentStatusChanged;
import io.parley.kit.outbox.Outbox;
import io.parley.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads agent profiles for a caller, and is the one place that changes an agent (status and capacity by the agent;
 * departments, skills and capacity by an admin).
 */
@Service
class AgentService {
    private final AgentRepository agents;
    private final Outbox outbox;
    private final Clock clock;

    AgentService(AgentRepository agents, Outbox outbox) {
        this.agents = agents;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public Agent me(Caller caller) {
        return agents.find(idOf(caller)).orElseThrow(AgentService::noProfile);
    }

    /** Staff see every agent; an agent sees only itself; anyone else gets 404. */
    @Transactional(readOnly = true)
    public Agent get(Caller caller, UUID id) {
        if (!caller.isSupervisor() && !id.toString().equals(caller.id())) {
            throw notFound(id);
        }
        return agents.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<Agent> all() {
        return agents.findAll();
    }

    @Transactional(readOnly = true)
    public List<String> departments() {
        return agents.departments();
    }

    /**
     * Sets the caller's status and, when given, capacity, and adds {@code agent.status-changed} to the outbox
     * in the same transaction (every call does, so a consumer can always resynchronise from the latest one).
     */
    @Transactional
    public Agent changeStatus(Caller caller, AgentStatus status, Integer capacity) {
        Agent current = agents.findForUpdate(idOf(caller)).orElseThrow(AgentService::noProfile);
        int newCapacity = capacity == null ? current.capacity() : capacity;
        Instant now = clock.instant();
        agents.updateStatus(current.id(), status, newCapacity, now);
        Agent changed = current.withStatus(status, newCapacity);
        outbox.add(changedEvent(changed, now));
        return changed;
    }

    /**
     * An admin sets the agent's departments, skills and capacity (omitted ones are kept) and
     * {@code agent.status-changed} with the full state goes to the outbox in the same transaction.
     */
    @Transactional
    public Agent changeProfile(UUID id, ProfileRequest.ProfileChange change) {
        Agent changed = change.applyTo(agents.findForUpdate(id).orElseThrow(() -> notFound(id)));
        Instant now = clock.instant();
        agents.updateProfile(changed, change.skills() != null, now);
        outbox.add(changedEvent(changed, now));
        return changed;
    }

    static AgentStatusChanged changedEvent(Agent agent, Instant at) {
        return new AgentStatusChanged(
                agent.id().toString(),
                agent.displayName(),
                agent.status(),
                agent.capacity(),
                agent.departments(),
                at,
                agent.skills());
    }

    private static UUID idOf(Caller caller) {
        try {
            return UUID.fromString(caller.id());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw noProfile();
        }
    }

    private static AgentNotFoundException noProfile() {
        return new AgentNotFoundException("you have no agent profile");
    }

    private static AgentNotFoundException notFound(UUID id) {
        return new AgentNotFoundException("no agent " + id);
    }
}
