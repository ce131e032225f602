package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import java.util.List;
import java.util.UUID;

/** An agent profile as the API shows it; skills are sorted and distinct. */
public record Agent(
        UUID id,
        String email,
        String displayName,
        List<String> departments,
        List<String> skills,
        AgentStatus status,
        int capacity) {

    public Agent {
        departments = List.copyOf(departments);
        skills = skills.stream().sorted().distinct().toList();
    }

    /** This agent with another chosen status and capacity. */
    Agent withStatus(AgentStatus newStatus, int newCapacity) {
        return new Agent(id, email, displayName, departments, skills, newStatus, newCapacity);
    }

    /** This agent with the routing profile an admin set. */
    Agent withProfile(List<String> newDepartments, List<String> newSkills, int newCapacity) {
        return new Agent(id, email, displayName, newDepartments, newSkills, status, newCapacity);
    }
}
