package io.parley.queue.rules;

import io.parley.contracts.events.Priority;
import io.parley.queue.rules.RuleSet.Action;
import io.parley.queue.rules.RuleSet.Condition;
import io.parley.queue.rules.RuleSet.EscalationAction;
import io.parley.queue.rules.RuleSet.EscalationCondition;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code when} and {@code then} parts of rules and escalations, and checks the departments, skills
 * and platforms they name: departments and skills must belong to some agent, platforms are those chat-service
 * accepts.
 */
final class Conditions {
    static final Set<String> PLATFORMS = Set.of("web", "ios", "android");

    private final KnownNames known;
    private final List<RuleError> errors;

    Conditions(KnownNames known, List<RuleError> errors) {
        this.known = known;
        this.errors = errors;
    }

    /** Absent: matches every conversation. */
    Condition rule(ObjectReader when) {
        if (when == null) {
            return Condition.ANY;
        }
        when.allowOnly("departments", "textContainsAny", "vip", "platforms", "emailDomains", "priorityAtLeast",
                "skillsAll");
        return new Condition(
                when.names("departments", this::department),
                when.names("textContainsAny", (text, at) -> {}),
                when.bool("vip"),
                when.names("platforms", this::platform),
                when.names("emailDomains", this::emailDomain),
                when.choice("priorityAtLeast", Priority.class, "priority"),
                when.names("skillsAll", this::skill));
    }

    /** Absent: changes nothing (the rule still counts as matched). */
    Action action(ObjectReader then) {
        if (then == null) {
            return new Action(null, null, null);
        }
        then.allowOnly("priority", "department", "addSkills");
        return new Action(
                then.choice("priority", Priority.class, "priority"),
                department(then, "department"),
                then.names("addSkills", this::skill));
    }

    EscalationCondition escalation(ObjectReader when) {
        if (when == null) {
            return new EscalationCondition(null, null, null, null);
        }
        when.allowOnly("waitingSecondsAtLeast", "vip", "priorityAtLeast", "departments");
        return new EscalationCondition(
                when.seconds("waitingSecondsAtLeast"),
                when.bool("vip"),
                when.choice("priorityAtLeast", Priority.class, "priority"),
                when.names("departments", this::department));
    }

    EscalationAction escalationAction(ObjectReader then) {
        if (then == null) {
            return new EscalationAction(null, null, false);
        }
        then.allowOnly("raisePriorityTo", "overflowTo", "alertSupervisors");
        Boolean alert = then.bool("alertSupervisors");
        return new EscalationAction(
                then.choice("raisePriorityTo", Priority.class, "priority"),
                department(then, "overflowTo"),
                alert != null && alert);
    }

    /** A field naming one department, lower-cased and checked; null when absent or wrong. */
    String department(ObjectReader object, String field) {
        String name = object.string(field);
        if (name == null) {
            return null;
        }
        String department = ObjectReader.lower(name);
        department(department, object.pathOf(field));
        return department;
    }

    void department(String name, String at) {
        if (!known.department(name)) {
            errors.add(new RuleError(at, "unknown department '" + name + "': no agent belongs to it"));
        }
    }

    private void skill(String name, String at) {
        if (!known.skill(name)) {
            errors.add(new RuleError(at, "unknown skill '" + name + "': no agent has it"));
        }
    }

    private void platform(String name, String at) {
        if (!PLATFORMS.contains(name)) {
            errors.add(new RuleError(at, "unknown platform '" + name + "': one of web, ios, android"));
        }
    }

    private void emailDomain(String domain, String at) {
        if (domain.contains("@")) {
            errors.add(new RuleError(at, "must be a domain like bigcorp.com, without '@'"));
        }
    }
}
