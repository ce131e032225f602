package io.parley.queue.rules;

import io.parley.contracts.events.Priority;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a new conversation goes: the result of applying a rule set's {@code rules} to its facts, in order,
 * every matching rule (a later one overrides priority and department; added skills accumulate).
 *
 * @param priority null when neither the customer nor a rule chose one (the line treats it as MEDIUM)
 * @param matchedRules names of the rules that applied, in order
 */
public record Routing(Priority priority, String department, List<String> skills, List<String> matchedRules) {

    /** What the rules may look at when a conversation is queued. */
    public record Facts(
            String department, Priority priority, List<String> skills, boolean vip, String text, String platform, String email) {}

    public static Routing route(RuleSet rules, Facts facts) {
        Priority priority = facts.priority();
        String department = facts.department();
        Set<String> skills = new LinkedHashSet<>(facts.skills() == null ? List.of() : facts.skills());
        List<String> matched = new ArrayList<>();
        for (RuleSet.Rule rule : rules.rules()) {
            if (!matches(rule.when(), department, priority, skills, facts)) {
                continue;
            }
            matched.add(rule.name());
            RuleSet.Action then = rule.then();
            if (then.priority() != null) {
                priority = then.priority();
            }
            if (then.department() != null) {
                department = then.department();
            }
            if (then.addSkills() != null) {
                skills.addAll(then.addSkills());
            }
        }
        return new Routing(priority, department, List.copyOf(skills), List.copyOf(matched));
    }

    private static boolean matches(
            RuleSet.Condition when, String department, Priority priority, Set<String> skills, Facts facts) {
        if (when.departments() != null && (department == null || !when.departments().contains(department))) {
            return false;
        }
        if (when.vip() != null && when.vip() != facts.vip()) {
            return false;
        }
        if (when.priorityAtLeast() != null
                && (priority == null ? Priority.MEDIUM : priority).compareTo(when.priorityAtLeast()) < 0) {
            return false;
        }
        if (when.skillsAll() != null && !skills.containsAll(when.skillsAll())) {
            return false;
        }
        if (when.platforms() != null && (facts.platform() == null || !when.platforms().contains(lower(facts.platform())))) {
            return false;
        }
        if (when.emailDomains() != null && !when.emailDomains().contains(domainOf(facts.email()))) {
            return false;
        }
        if (when.textContainsAny() != null) {
            String text = facts.text() == null ? "" : lower(facts.text());
            return when.textContainsAny().stream().anyMatch(text::contains);
        }
        return true;
    }

    private static String domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : lower(email.substring(at + 1));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
