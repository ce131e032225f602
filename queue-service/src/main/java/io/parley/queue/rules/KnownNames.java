package io.parley.queue.rules;

import java.util.Set;

/**
 * The departments and skills a definition may name: those of the agents queue-service knows. {@link #ANY}
 * accepts every name (for reading stored definitions, which were checked when stored and activated).
 */
record KnownNames(Set<String> departments, Set<String> skills, boolean any) {
    static final KnownNames ANY = new KnownNames(Set.of(), Set.of(), true);

    static KnownNames of(Set<String> departments, Set<String> skills) {
        return new KnownNames(Set.copyOf(departments), Set.copyOf(skills), false);
    }

    boolean department(String name) {
        return any || departments.contains(name);
    }

    boolean skill(String name) {
        return any || skills.contains(name);
    }
}
