package io.parley.queue.view;

import io.parley.kit.security.Caller;
import io.parley.queue.agent.Agent;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see a conversation of the line: its customer, its assigned agent, supervisors and admins, and while it
 * waits, agents of its department (any agent for the no-department lane). An agent's departments are those of
 * its token and those queue-service stored from {@code agent.status-changed}.
 */
@Component
public class Visibility {
    private final AgentRoster agents;

    Visibility(AgentRoster agents) {
        this.agents = agents;
    }

    public boolean maySee(Caller caller, Entry entry) {
        if (caller.isSupervisor()
                || Objects.equals(caller.id(), entry.customerId())
                || (entry.agentId() != null && Objects.equals(caller.id(), entry.agentId()))) {
            return true;
        }
        return entry.status() == EntryStatus.WAITING && caller.isAgent()
                && (entry.department() == null || departments(caller).contains(entry.department()));
    }

    /** The caller's departments: from its token and from its stored agent profile. */
    public Set<String> departments(Caller caller) {
        Set<String> departments = new LinkedHashSet<>(caller.departments());
        profile(caller).ifPresent(a -> departments.addAll(a.departments()));
        return departments;
    }

    /** The caller's agent profile as queue-service knows it, if any. */
    public Optional<Agent> profile(Caller caller) {
        return caller.id() == null ? Optional.empty() : agents.find(caller.id());
    }

    /** Skills of the caller's stored profile (none if it has none). */
    public List<String> skills(Caller caller) {
        return profile(caller).map(Agent::skills).orElse(List.of());
    }
}
