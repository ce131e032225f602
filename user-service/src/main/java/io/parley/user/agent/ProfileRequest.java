package io.parley.user.agent;

import io.parley.user.web.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/agents/{id}}: what an admin changes in an agent's routing profile; an omitted field
 * keeps its current value.
 */
record ProfileRequest(List<String> departments, List<String> skills, Integer capacity) {

    /** The checked, normalised change; throws {@link BadInputException} naming every problem. */
    ProfileChange validated() {
        List<String> errors = new ArrayList<>();
        List<String> newDepartments =
                departments == null ? null : RoutingNames.normalise("departments", departments, true, errors);
        List<String> newSkills = skills == null ? null : RoutingNames.normalise("skills", skills, false, errors);
        if (capacity != null && (capacity < 1 || capacity > 20)) {
            errors.add("capacity must be between 1 and 20");
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(String.join("; ", errors));
        }
        return new ProfileChange(newDepartments, newSkills, capacity);
    }

    /** A checked change; a null field stays as it is. */
    record ProfileChange(List<String> departments, List<String> skills, Integer capacity) {

        Agent applyTo(Agent agent) {
            return agent.withProfile(
                    departments == null ? agent.departments() : departments,
                    skills == null ? agent.skills() : skills,
                    capacity == null ? agent.capacity() : capacity);
        }
    }
}
