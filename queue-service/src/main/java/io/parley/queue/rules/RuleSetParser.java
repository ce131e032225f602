package io.parley.queue.rules;

import io.parley.contracts.events.Priority;
import io.parley.queue.rules.RuleSet.Aging;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.rules.RuleSet.Escalation;
import io.parley.queue.rules.RuleSet.Overflow;
import io.parley.queue.rules.RuleSet.Requeue;
import io.parley.queue.rules.RuleSet.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a definition (docs/architecture.md, "Routing rules") into a {@link RuleSet} with every omitted field
 * set to its default, and reports everything wrong with it at once: unknown fields, wrong types, unknown enum
 * values (case-sensitive), numbers out of range, departments and skills no agent has, overflow to itself or in
 * a cycle, missing, long or repeated names, too many rules or escalations. Names (departments, skills,
 * platforms, email domains, text fragments) are lower-cased; a JSON null counts as omitted.
 */
final class RuleSetParser {
    static final int MAX_NAME = 80;
    static final int MAX_RULES = 100;

    /** @param ruleSet null unless {@code errors} is empty */
    record Parsed(RuleSet ruleSet, List<RuleError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final List<RuleError> errors = new ArrayList<>();
    private final Conditions conditions;

    private RuleSetParser(KnownNames known) {
        this.conditions = new Conditions(known, errors);
    }

    static Parsed parse(JsonNode definition, KnownNames known) {
        return new RuleSetParser(known).read(definition);
    }

    /** A definition stored earlier (checked when it was stored and activated), read without the agents' names. */
    static RuleSet stored(JsonNode definition) {
        Parsed parsed = parse(definition, KnownNames.ANY);
        if (!parsed.valid()) {
            throw new IllegalStateException("a stored rule set does not parse: " + parsed.errors());
        }
        return parsed.ruleSet();
    }

    private Parsed read(JsonNode definition) {
        if (definition == null || !definition.isObject()) {
            return new Parsed(null, List.of(new RuleError("", "a rule set must be a JSON object")));
        }
        ObjectReader root = ObjectReader.of(definition, "", errors);
        root.allowOnly("departments", "aging", "vipPriority", "rules", "escalations", "requeue");
        Map<String, DepartmentPolicy> departments = departments(root);
        Aging aging = new Aging(aging(root.object("aging")));
        Priority vipPriority = or(root.choice("vipPriority", Priority.class, "priority"), RuleSet.DEFAULT.vipPriority());
        List<Rule> rules = rules(root);
        List<Escalation> escalations = escalations(root);
        Requeue requeue = requeue(root.object("requeue"));
        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new RuleSet(departments, aging, vipPriority, rules, escalations, requeue), List.of());
    }

    private Map<String, DepartmentPolicy> departments(ObjectReader root) {
        Map<String, DepartmentPolicy> result = new LinkedHashMap<>();
        Map<String, String> paths = new HashMap<>();
        ObjectReader departments = root.object("departments");
        if (departments == null) {
            return result;
        }
        for (Map.Entry<String, JsonNode> field : departments.fields()) {
            String name = ObjectReader.lower(field.getKey());
            String at = departments.pathOf(field.getKey());
            conditions.department(name, at);
            if (paths.putIfAbsent(name, at) != null) {
                departments.error(at, "department '" + name + "' is listed twice (names are not case-sensitive)");
            }
            ObjectReader policy = field.getValue().isNull() ? null : ObjectReader.of(field.getValue(), at, errors);
            if (policy != null) {
                result.put(name, policy(policy, name));
            }
        }
        overflowCycles(result, paths);
        return result;
    }

    private DepartmentPolicy policy(ObjectReader policy, String department) {
        policy.allowOnly("strategy", "mode", "whenNoAgentOnline", "overflow");
        DepartmentPolicy defaults = DepartmentPolicy.DEFAULT;
        return new DepartmentPolicy(
                or(policy.choice("strategy", RuleSet.Strategy.class, "strategy"), defaults.strategy()),
                or(policy.choice("mode", RuleSet.Mode.class, "mode"), defaults.mode()),
                or(policy.choice("whenNoAgentOnline", RuleSet.WhenNoAgentOnline.class, "whenNoAgentOnline value"),
                        defaults.whenNoAgentOnline()),
                overflow(policy.object("overflow"), department));
    }

    private Overflow overflow(ObjectReader overflow, String department) {
        if (overflow == null) {
            return null;
        }
        overflow.allowOnly("afterSeconds", "to");
        long afterSeconds = or(overflow.seconds("afterSeconds"), 300L);
        String to = conditions.department(overflow, "to");
        if (overflow.value("to") == null) {
            overflow.error(overflow.pathOf("to"), "is required: the department to overflow to");
        } else if (department.equals(to)) {
            overflow.error(overflow.pathOf("to"), "department '" + department + "' cannot overflow to itself");
        }
        return to == null ? null : new Overflow(afterSeconds, to);
    }

    /** Reports each cycle once (a -> b -> a), at the overflow of its first department in the definition. */
    private void overflowCycles(Map<String, DepartmentPolicy> departments, Map<String, String> paths) {
        Set<String> reported = new HashSet<>();
        for (String start : departments.keySet()) {
            List<String> chain = new ArrayList<>(List.of(start));
            String next = targetOf(departments, start);
            while (next != null && !chain.contains(next)) {
                chain.add(next);
                next = targetOf(departments, next);
            }
            if (start.equals(next) && chain.size() > 1 && chain.stream().noneMatch(reported::contains)) {
                reported.addAll(chain);
                errors.add(new RuleError(paths.get(start) + ".overflow.to",
                        "overflow cycle: " + String.join(" -> ", chain) + " -> " + start));
            }
        }
    }

    private static String targetOf(Map<String, DepartmentPolicy> departments, String department) {
        DepartmentPolicy policy = departments.get(department);
        return policy == null || policy.overflow() == null ? null : policy.overflow().to();
    }

    private long aging(ObjectReader aging) {
        if (aging == null) {
            return RuleSet.DEFAULT.aging().secondsPerLevel();
        }
        aging.allowOnly("secondsPerLevel");
        Long seconds = aging.seconds("secondsPerLevel");
        if (seconds != null && seconds > 0 && seconds < 10) {
            aging.error(aging.pathOf("secondsPerLevel"), "must be 0 (no aging) or at least 10 seconds");
        }
        return or(seconds, RuleSet.DEFAULT.aging().secondsPerLevel());
    }

    private Requeue requeue(ObjectReader requeue) {
        Requeue defaults = RuleSet.DEFAULT.requeue();
        if (requeue == null) {
            return defaults;
        }
        requeue.allowOnly("noAgentReplySeconds", "agentOfflineGraceSeconds");
        return new Requeue(
                or(requeue.seconds("noAgentReplySeconds"), defaults.noAgentReplySeconds()),
                or(requeue.seconds("agentOfflineGraceSeconds"), defaults.agentOfflineGraceSeconds()));
    }

    private List<Rule> rules(ObjectReader root) {
        List<Rule> result = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<JsonNode> items = root.items("rules", MAX_RULES, "rules");
        for (int i = 0; items != null && i < items.size(); i++) {
            ObjectReader rule = ObjectReader.of(items.get(i), root.pathOf("rules") + "[" + i + "]", errors);
            if (rule != null) {
                rule.allowOnly("name", "when", "then");
                result.add(new Rule(name(rule, names, "rule"), conditions.rule(rule.object("when")),
                        conditions.action(rule.object("then"))));
            }
        }
        return result;
    }

    private List<Escalation> escalations(ObjectReader root) {
        List<Escalation> result = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<JsonNode> items = root.items("escalations", MAX_RULES, "escalations");
        for (int i = 0; items != null && i < items.size(); i++) {
            ObjectReader escalation = ObjectReader.of(items.get(i), root.pathOf("escalations") + "[" + i + "]", errors);
            if (escalation != null) {
                escalation.allowOnly("name", "when", "then");
                result.add(new Escalation(name(escalation, names, "escalation"),
                        conditions.escalation(escalation.object("when")),
                        conditions.escalationAction(escalation.object("then"))));
            }
        }
        return result;
    }

    /** A rule's or escalation's name: required, at most 80 characters, unique among its kind. */
    private String name(ObjectReader item, Map<String, String> seen, String kind) {
        String at = item.pathOf("name");
        boolean present = item.value("name") != null;
        String name = item.string("name");
        if (!present || (name != null && name.isBlank())) {
            item.error(at, "every " + kind + " needs a name");
        } else if (name != null && name.length() > MAX_NAME) {
            item.error(at, "is longer than " + MAX_NAME + " characters");
        } else if (name != null && seen.putIfAbsent(name, item.path()) != null) {
            item.error(at, "the name '" + name + "' is already used by " + seen.get(name));
        }
        return name;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
