package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.events.Priority;
import io.parley.queue.rules.RuleSet.Action;
import io.parley.queue.rules.RuleSet.Condition;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.rules.RuleSet.Escalation;
import io.parley.queue.rules.RuleSet.EscalationAction;
import io.parley.queue.rules.RuleSet.EscalationCondition;
import io.parley.queue.rules.RuleSet.Mode;
import io.parley.queue.rules.RuleSet.Overflow;
import io.parley.queue.rules.RuleSet.Rule;
import io.parley.queue.rules.RuleSet.Strategy;
import io.parley.queue.rules.RuleSet.WhenNoAgentOnline;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading definitions into rule sets with their defaults, and writing them back in the same shape. */
class RuleSetParserTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final KnownNames KNOWN = KnownNames.of(
            Set.of("sales", "support"), Set.of("english", "billing", "german", "technical"));

    /** The example of docs/architecture.md, "Routing rules". */
    static final String EXAMPLE = """
            {
              "departments": {
                "sales": { "strategy": "MOST_SPARE_CAPACITY", "mode": "AUTOMATIC", "whenNoAgentOnline": "WAIT",
                           "overflow": { "afterSeconds": 300, "to": "support" } }
              },
              "aging": { "secondsPerLevel": 600 },
              "vipPriority": "URGENT",
              "rules": [
                { "name": "refunds are billing",
                  "when": { "departments": ["support"], "textContainsAny": ["refund", "invoice"], "vip": true,
                            "platforms": ["ios"], "emailDomains": ["bigcorp.com"], "priorityAtLeast": "MEDIUM",
                            "skillsAll": ["english"] },
                  "then": { "priority": "HIGH", "department": "sales", "addSkills": ["billing"] } }
              ],
              "escalations": [
                { "name": "long wait", "when": { "waitingSecondsAtLeast": 120, "vip": true, "priorityAtLeast": "HIGH",
                                                 "departments": ["sales"] },
                  "then": { "raisePriorityTo": "URGENT", "overflowTo": "support", "alertSupervisors": true } }
              ],
              "requeue": { "noAgentReplySeconds": 300, "agentOfflineGraceSeconds": 60 }
            }""";

    static RuleSet parse(String json) {
        RuleSetParser.Parsed parsed = RuleSetParser.parse(JSON.readTree(json), KNOWN);
        assertThat(parsed.errors()).isEmpty();
        return parsed.ruleSet();
    }

    @Test
    void anEmptyDefinitionIsTheBuiltInDefault() {
        assertThat(parse("{}")).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void theDocumentedExampleReadsIntoTheModel() {
        RuleSet rules = parse(EXAMPLE);

        assertThat(rules.departments()).containsOnlyKeys("sales");
        assertThat(rules.policyOf("sales")).isEqualTo(new DepartmentPolicy(Strategy.MOST_SPARE_CAPACITY,
                Mode.AUTOMATIC, WhenNoAgentOnline.WAIT, new Overflow(300, "support")));
        assertThat(rules.aging().secondsPerLevel()).isEqualTo(600);
        assertThat(rules.vipPriority()).isEqualTo(Priority.URGENT);
        assertThat(rules.rules()).containsExactly(new Rule("refunds are billing",
                new Condition(List.of("support"), List.of("refund", "invoice"), true, List.of("ios"),
                        List.of("bigcorp.com"), Priority.MEDIUM, List.of("english")),
                new Action(Priority.HIGH, "sales", List.of("billing"))));
        assertThat(rules.escalations()).containsExactly(new Escalation("long wait",
                new EscalationCondition(120L, true, Priority.HIGH, List.of("sales")),
                new EscalationAction(Priority.URGENT, "support", true)));
        assertThat(rules.requeue()).isEqualTo(new RuleSet.Requeue(300, 60));
    }

    @Test
    void omittedFieldsOfADepartmentAndItsOverflowTakeTheirDefaults() {
        RuleSet rules = parse("""
                {"departments": {"sales": {"mode": "MANUAL", "overflow": {"to": "support"}}, "support": {}}}""");

        assertThat(rules.policyOf("sales")).isEqualTo(new DepartmentPolicy(Strategy.MOST_SPARE_CAPACITY, Mode.MANUAL,
                WhenNoAgentOnline.WAIT, new Overflow(300, "support")));
        assertThat(rules.policyOf("support")).isEqualTo(DepartmentPolicy.DEFAULT);
        assertThat(rules.policyOf("unlisted")).isEqualTo(DepartmentPolicy.DEFAULT);
        assertThat(rules.policyOf(null)).isEqualTo(DepartmentPolicy.DEFAULT);
    }

    @Test
    void omittedPartsOfRulesAndEscalationsMatchEverythingAndChangeNothing() {
        RuleSet rules = parse("""
                {"aging": {}, "requeue": {"noAgentReplySeconds": 0},
                 "rules": [{"name": "tag only"}], "escalations": [{"name": "flag", "then": {}}]}""");

        assertThat(rules.aging().secondsPerLevel()).isEqualTo(600);
        assertThat(rules.requeue()).isEqualTo(new RuleSet.Requeue(0, 60));
        assertThat(rules.rules()).containsExactly(new Rule("tag only", Condition.ANY, new Action(null, null, null)));
        assertThat(rules.escalations()).containsExactly(new Escalation("flag",
                new EscalationCondition(null, null, null, null), new EscalationAction(null, null, false)));
    }

    @Test
    void jsonNullCountsAsOmitted() {
        RuleSet rules = parse("""
                {"departments": {"sales": {"overflow": null, "strategy": null}}, "aging": null, "vipPriority": null,
                 "rules": [{"name": "r", "when": {"vip": null}, "then": null}], "escalations": null}""");

        assertThat(rules.policyOf("sales")).isEqualTo(DepartmentPolicy.DEFAULT);
        assertThat(rules.vipPriority()).isEqualTo(Priority.URGENT);
        assertThat(rules.rules().getFirst().when()).isEqualTo(Condition.ANY);
    }

    @Test
    void namesAreLowerCasedAndDuplicatesDropped() {
        RuleSet rules = parse("""
                {"departments": {"Sales": {"overflow": {"to": "SUPPORT"}}},
                 "rules": [{"name": "Mixed Case Name",
                            "when": {"departments": ["Sales"], "textContainsAny": ["Refund", "refund"],
                                     "platforms": ["IOS"], "emailDomains": ["BigCorp.com"], "skillsAll": ["English"]},
                            "then": {"department": "Support", "addSkills": ["Billing"]}}],
                 "escalations": [{"name": "e", "when": {"departments": ["SALES"]}, "then": {"overflowTo": "Support"}}]}""");

        assertThat(rules.departments()).containsOnlyKeys("sales");
        assertThat(rules.policyOf("sales").overflow().to()).isEqualTo("support");
        Rule rule = rules.rules().getFirst();
        assertThat(rule.name()).isEqualTo("Mixed Case Name");
        assertThat(rule.when()).isEqualTo(new Condition(List.of("sales"), List.of("refund"), null, List.of("ios"),
                List.of("bigcorp.com"), null, List.of("english")));
        assertThat(rule.then()).isEqualTo(new Action(null, "support", List.of("billing")));
        assertThat(rules.escalations().getFirst().when().departments()).containsExactly("sales");
        assertThat(rules.escalations().getFirst().then().overflowTo()).isEqualTo("support");
    }

    @Test
    void aWrittenDefinitionSpellsOutEveryDefaultInTheDocumentedShape() {
        JsonNode written = RuleSetWriter.write(parse("""
                {"departments": {"sales": {"mode": "MANUAL"}}, "rules": [{"name": "r", "then": {"priority": "LOW"}}]}"""));

        // compared as text: the same fields in the same order (number node types may differ)
        assertThat(written.toString()).isEqualTo(JSON.readTree("""
                {"departments": {"sales": {"strategy": "MOST_SPARE_CAPACITY", "mode": "MANUAL",
                                           "whenNoAgentOnline": "WAIT"}},
                 "aging": {"secondsPerLevel": 600},
                 "vipPriority": "URGENT",
                 "rules": [{"name": "r", "when": {}, "then": {"priority": "LOW"}}],
                 "escalations": [],
                 "requeue": {"noAgentReplySeconds": 300, "agentOfflineGraceSeconds": 60}}""").toString());
    }

    @Test
    void writingAndReadingAgainGivesTheSameRuleSet() {
        RuleSet rules = parse(EXAMPLE);

        assertThat(parse(RuleSetWriter.write(rules).toString())).isEqualTo(rules);
        assertThat(parse(RuleSetWriter.write(RuleSet.DEFAULT).toString())).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void aStoredDefinitionIsReadWithoutTheAgentsNamesButMustStillBeWellFormed() {
        RuleSet stored = RuleSetParser.stored(JSON.readTree("""
                {"departments": {"gone": {"overflow": {"to": "also-gone"}}}}"""));

        assertThat(stored.policyOf("gone").overflow().to()).isEqualTo("also-gone");
        assertThatThrownBy(() -> RuleSetParser.stored(JSON.readTree("{\"colour\": 1}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("colour");
    }
}
