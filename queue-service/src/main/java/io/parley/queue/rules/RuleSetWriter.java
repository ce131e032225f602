package io.parley.queue.rules;

import io.parley.queue.rules.RuleSet.Condition;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.rules.RuleSet.EscalationCondition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RuleSet} as a definition in the shape {@link RuleSetParser} reads, with every default spelled
 * out (so a stored version keeps its meaning if the defaults change) and departments sorted by name; optional
 * conditions and actions that are not set are left out.
 */
final class RuleSetWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleSetWriter() {}

    static ObjectNode write(RuleSet rules) {
        ObjectNode root = NODES.objectNode();
        ObjectNode departments = root.putObject("departments");
        for (Map.Entry<String, DepartmentPolicy> entry : new TreeMap<>(rules.departments()).entrySet()) {
            DepartmentPolicy policy = entry.getValue();
            ObjectNode department = departments.putObject(entry.getKey());
            department.put("strategy", policy.strategy().name());
            department.put("mode", policy.mode().name());
            department.put("whenNoAgentOnline", policy.whenNoAgentOnline().name());
            if (policy.overflow() != null) {
                department.putObject("overflow")
                        .put("afterSeconds", policy.overflow().afterSeconds())
                        .put("to", policy.overflow().to());
            }
        }
        root.putObject("aging").put("secondsPerLevel", rules.aging().secondsPerLevel());
        root.put("vipPriority", rules.vipPriority().name());
        ArrayNode ruleList = root.putArray("rules");
        for (RuleSet.Rule rule : rules.rules()) {
            ObjectNode item = ruleList.addObject().put("name", rule.name());
            condition(item.putObject("when"), rule.when());
            ObjectNode then = item.putObject("then");
            putIfSet(then, "priority", rule.then().priority());
            putIfSet(then, "department", rule.then().department());
            putIfSet(then, "addSkills", rule.then().addSkills());
        }
        ArrayNode escalationList = root.putArray("escalations");
        for (RuleSet.Escalation escalation : rules.escalations()) {
            ObjectNode item = escalationList.addObject().put("name", escalation.name());
            EscalationCondition when = escalation.when();
            ObjectNode condition = item.putObject("when");
            putIfSet(condition, "waitingSecondsAtLeast", when.waitingSecondsAtLeast());
            putIfSet(condition, "vip", when.vip());
            putIfSet(condition, "priorityAtLeast", when.priorityAtLeast());
            putIfSet(condition, "departments", when.departments());
            ObjectNode then = item.putObject("then");
            putIfSet(then, "raisePriorityTo", escalation.then().raisePriorityTo());
            putIfSet(then, "overflowTo", escalation.then().overflowTo());
            then.put("alertSupervisors", escalation.then().alertSupervisors());
        }
        root.putObject("requeue")
                .put("noAgentReplySeconds", rules.requeue().noAgentReplySeconds())
                .put("agentOfflineGraceSeconds", rules.requeue().agentOfflineGraceSeconds());
        return root;
    }

    private static void condition(ObjectNode node, Condition when) {
        putIfSet(node, "departments", when.departments());
        putIfSet(node, "textContainsAny", when.textContainsAny());
        putIfSet(node, "vip", when.vip());
        putIfSet(node, "platforms", when.platforms());
        putIfSet(node, "emailDomains", when.emailDomains());
        putIfSet(node, "priorityAtLeast", when.priorityAtLeast());
        putIfSet(node, "skillsAll", when.skillsAll());
    }

    private static void putIfSet(ObjectNode node, String field, Object value) {
        switch (value) {
            case null -> {}
            case List<?> list -> {
                ArrayNode array = node.putArray(field);
                list.forEach(item -> array.add(item.toString()));
            }
            case Enum<?> constant -> node.put(field, constant.name());
            case Boolean flag -> node.put(field, flag);
            case Long number -> node.put(field, number);
            default -> node.put(field, value.toString());
        }
    }
}
