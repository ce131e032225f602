package io.parley.queue.rules;

import io.parley.contracts.events.Priority;
import java.util.List;
import java.util.Map;

/**
 * A routing rule set as admins write it (docs/architecture.md, "Routing rules"). Parsing fills every omitted
 * field with its default, so code reading a rule set never sees null except where a field is documented as
 * optional (conditions, actions, overflow).
 */
public record RuleSet(
        Map<String, DepartmentPolicy> departments,
        Aging aging,
        Priority vipPriority,
        List<Rule> rules,
        List<Escalation> escalations,
        Requeue requeue) {

    /** The built-in rule set (version 0) that applies until an admin activates one. */
    public static final RuleSet DEFAULT = new RuleSet(
            Map.of(), new Aging(600), Priority.URGENT, List.of(), List.of(), new Requeue(300, 60));

    public RuleSet {
        departments = Map.copyOf(departments);
        rules = List.copyOf(rules);
        escalations = List.copyOf(escalations);
    }

    /** The policy of a lane; the no-department lane (null) and unlisted departments get the defaults. */
    public DepartmentPolicy policyOf(String department) {
        return department == null ? DepartmentPolicy.DEFAULT : departments.getOrDefault(department, DepartmentPolicy.DEFAULT);
    }

    public enum Strategy { MOST_SPARE_CAPACITY, ROUND_ROBIN, LONGEST_IDLE }

    public enum Mode { AUTOMATIC, MANUAL }

    public enum WhenNoAgentOnline { WAIT, LEAVE_MESSAGE }

    /** @param overflow null: never overflow */
    public record DepartmentPolicy(Strategy strategy, Mode mode, WhenNoAgentOnline whenNoAgentOnline, Overflow overflow) {
        public static final DepartmentPolicy DEFAULT =
                new DepartmentPolicy(Strategy.MOST_SPARE_CAPACITY, Mode.AUTOMATIC, WhenNoAgentOnline.WAIT, null);
    }

    public record Overflow(long afterSeconds, String to) {}

    /** @param secondsPerLevel waiting this long raises the effective priority one level; 0 disables aging */
    public record Aging(long secondsPerLevel) {}

    /** 0 disables either requeue. */
    public record Requeue(long noAgentReplySeconds, long agentOfflineGraceSeconds) {}

    /** Applied once at queue time. {@code when} and {@code then} are never null (an empty condition matches all). */
    public record Rule(String name, Condition when, Action then) {}

    /** Every non-null field must hold. Lists are lower-case (parsing lower-cases them). */
    public record Condition(
            List<String> departments,
            List<String> textContainsAny,
            Boolean vip,
            List<String> platforms,
            List<String> emailDomains,
            Priority priorityAtLeast,
            List<String> skillsAll) {
        public static final Condition ANY = new Condition(null, null, null, null, null, null, null);
    }

    /** Null fields change nothing. */
    public record Action(Priority priority, String department, List<String> addSkills) {}

    /** Checked by the sweep for waiting conversations; fires at most once per conversation. */
    public record Escalation(String name, EscalationCondition when, EscalationAction then) {}

    /** Every non-null field must hold. */
    public record EscalationCondition(
            Long waitingSecondsAtLeast, Boolean vip, Priority priorityAtLeast, List<String> departments) {}

    /** Null fields change nothing; a queue.escalated event is always emitted. */
    public record EscalationAction(Priority raisePriorityTo, String overflowTo, boolean alertSupervisors) {}
}
