package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of error a definition can have, each reported at its path with a message a human can act on. */
class RuleSetValidationTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final KnownNames KNOWN = KnownNames.of(
            Set.of("sales", "support", "vip-desk"), Set.of("english", "billing"));

    static List<RuleError> errors(String json) {
        RuleSetParser.Parsed parsed = RuleSetParser.parse(JSON.readTree(json), KNOWN);
        assertThat(parsed.ruleSet()).as("an invalid definition gives no rule set").isNull();
        return parsed.errors();
    }

    static RuleError error(String path, String message) {
        return new RuleError(path, message);
    }

    @Test
    void aDefinitionMustBeAnObject() {
        assertThat(errors("[]")).containsExactly(error("", "a rule set must be a JSON object"));
        assertThat(errors("\"rules\"")).containsExactly(error("", "a rule set must be a JSON object"));
    }

    @Test
    void unknownFieldsAreErrorsAtEveryLevel() {
        assertThat(errors("""
                {"colour": "red", "departments": {"sales": {"speed": 1, "overflow": {"to": "support", "when": 1}}},
                 "aging": {"perLevel": 5}, "requeue": {"never": true},
                 "rules": [{"name": "r", "priority": "HIGH", "when": {"vipp": true}, "then": {"skills": []}}],
                 "escalations": [{"name": "e", "when": {"waitingSeconds": 5}, "then": {"alert": true}}]}"""))
                .extracting(RuleError::path)
                .containsExactlyInAnyOrder("colour", "departments.sales.speed", "departments.sales.overflow.when",
                        "aging.perLevel", "requeue.never", "rules[0].priority", "rules[0].when.vipp",
                        "rules[0].then.skills", "escalations[0].when.waitingSeconds", "escalations[0].then.alert");
        assertThat(errors("{\"colour\": \"red\"}")).containsExactly(error("colour",
                "unknown field 'colour' (allowed: departments, aging, vipPriority, rules, escalations, requeue)"));
    }

    @Test
    void unknownDepartmentsAreErrorsWhereverADepartmentIsNamed() {
        assertThat(errors("""
                {"departments": {"billing": {}, "sales": {"overflow": {"to": "legal"}}},
                 "rules": [{"name": "r", "when": {"departments": ["sales", "hr"]}, "then": {"department": "it"}}],
                 "escalations": [{"name": "e", "when": {"departments": ["ops"]}, "then": {"overflowTo": "pr"}}]}"""))
                .containsExactlyInAnyOrder(
                        error("departments.billing", "unknown department 'billing': no agent belongs to it"),
                        error("departments.sales.overflow.to", "unknown department 'legal': no agent belongs to it"),
                        error("rules[0].when.departments[1]", "unknown department 'hr': no agent belongs to it"),
                        error("rules[0].then.department", "unknown department 'it': no agent belongs to it"),
                        error("escalations[0].when.departments[0]", "unknown department 'ops': no agent belongs to it"),
                        error("escalations[0].then.overflowTo", "unknown department 'pr': no agent belongs to it"));
    }

    @Test
    void unknownSkillsAreErrors() {
        assertThat(errors("""
                {"rules": [{"name": "r", "when": {"skillsAll": ["english", "klingon"]},
                            "then": {"addSkills": ["billing", "juggling"]}}]}"""))
                .containsExactly(
                        error("rules[0].when.skillsAll[1]", "unknown skill 'klingon': no agent has it"),
                        error("rules[0].then.addSkills[1]", "unknown skill 'juggling': no agent has it"));
    }

    @Test
    void enumValuesAreCaseSensitiveAndMustBeKnown() {
        assertThat(errors("""
                {"departments": {"sales": {"strategy": "FASTEST", "mode": "manual", "whenNoAgentOnline": "CALL_BACK"}},
                 "vipPriority": "TOP",
                 "rules": [{"name": "r", "when": {"priorityAtLeast": "high"}, "then": {"priority": "SUPER"}}],
                 "escalations": [{"name": "e", "when": {"priorityAtLeast": "LOWEST"},
                                  "then": {"raisePriorityTo": "Urgent"}}]}"""))
                .containsExactlyInAnyOrder(
                        error("departments.sales.strategy",
                                "unknown strategy 'FASTEST': one of MOST_SPARE_CAPACITY, ROUND_ROBIN, LONGEST_IDLE"),
                        error("departments.sales.mode", "unknown mode 'manual': one of AUTOMATIC, MANUAL"
                                + " (values are case-sensitive: did you mean 'MANUAL'?)"),
                        error("departments.sales.whenNoAgentOnline",
                                "unknown whenNoAgentOnline value 'CALL_BACK': one of WAIT, LEAVE_MESSAGE"),
                        error("vipPriority", "unknown priority 'TOP': one of LOW, MEDIUM, HIGH, URGENT"),
                        error("rules[0].when.priorityAtLeast", "unknown priority 'high': one of LOW, MEDIUM, HIGH,"
                                + " URGENT (values are case-sensitive: did you mean 'HIGH'?)"),
                        error("rules[0].then.priority", "unknown priority 'SUPER': one of LOW, MEDIUM, HIGH, URGENT"),
                        error("escalations[0].when.priorityAtLeast",
                                "unknown priority 'LOWEST': one of LOW, MEDIUM, HIGH, URGENT"),
                        error("escalations[0].then.raisePriorityTo", "unknown priority 'Urgent': one of LOW, MEDIUM,"
                                + " HIGH, URGENT (values are case-sensitive: did you mean 'URGENT'?)"));
    }

    @Test
    void unknownPlatformsAndEmailDomainsWithAnAtAreErrors() {
        assertThat(errors("""
                {"rules": [{"name": "r", "when": {"platforms": ["web", "windows"], "emailDomains": ["@bigcorp.com"]}}]}"""))
                .containsExactly(
                        error("rules[0].when.platforms[1]", "unknown platform 'windows': one of web, ios, android"),
                        error("rules[0].when.emailDomains[0]", "must be a domain like bigcorp.com, without '@'"));
    }

    @Test
    void secondsMustBeWholeNotNegativeAndAtMostSevenDays() {
        assertThat(errors("""
                {"departments": {"sales": {"overflow": {"afterSeconds": -1, "to": "support"}}},
                 "requeue": {"noAgentReplySeconds": 604801, "agentOfflineGraceSeconds": 1.5},
                 "escalations": [{"name": "e", "when": {"waitingSecondsAtLeast": 99999999999999999999999}},
                                 {"name": "f", "when": {"waitingSecondsAtLeast": "120"}}]}"""))
                .containsExactlyInAnyOrder(
                        error("departments.sales.overflow.afterSeconds", "must not be negative"),
                        error("requeue.noAgentReplySeconds", "must be at most 604800 seconds (7 days)"),
                        error("requeue.agentOfflineGraceSeconds", "must be a whole number of seconds"),
                        error("escalations[0].when.waitingSecondsAtLeast", "must be at most 604800 seconds (7 days)"),
                        error("escalations[1].when.waitingSecondsAtLeast", "must be a number of seconds"));
    }

    @Test
    void agingIsOffAtZeroOrAtLeastTenSecondsPerLevel() {
        assertThat(errors("{\"aging\": {\"secondsPerLevel\": 9}}"))
                .containsExactly(error("aging.secondsPerLevel", "must be 0 (no aging) or at least 10 seconds"));
        assertThat(RuleSetParser.parse(JSON.readTree("{\"aging\": {\"secondsPerLevel\": 0}}"), KNOWN).valid()).isTrue();
        assertThat(RuleSetParser.parse(JSON.readTree("{\"aging\": {\"secondsPerLevel\": 10}}"), KNOWN).valid()).isTrue();
    }

    @Test
    void wrongTypesAreErrors() {
        assertThat(errors("""
                {"departments": [], "aging": 5, "rules": {}, "escalations": [3],
                 "requeue": {"noAgentReplySeconds": true}}"""))
                .containsExactlyInAnyOrder(
                        error("departments", "must be an object"),
                        error("aging", "must be an object"),
                        error("rules", "must be a list"),
                        error("escalations[0]", "must be an object"),
                        error("requeue.noAgentReplySeconds", "must be a number of seconds"));
        assertThat(errors("""
                {"rules": [{"name": 7, "when": {"vip": "yes", "departments": "sales", "skillsAll": [1]},
                            "then": {"department": ["sales"]}}]}"""))
                .containsExactlyInAnyOrder(
                        error("rules[0].name", "must be a string"),
                        error("rules[0].when.vip", "must be true or false"),
                        error("rules[0].when.departments", "must be a list of strings"),
                        error("rules[0].when.skillsAll[0]", "must be a string"),
                        error("rules[0].then.department", "must be a string"));
    }

    @Test
    void conditionListsMustHoldSomethingAndNoBlanks() {
        assertThat(errors("{\"rules\": [{\"name\": \"r\", \"when\": {\"textContainsAny\": [], \"platforms\": [\" \"]}}]}"))
                .containsExactly(
                        error("rules[0].when.textContainsAny", "must not be empty (leave the field out instead)"),
                        error("rules[0].when.platforms[0]", "must not be blank"));
    }

    @Test
    void aDepartmentCannotOverflowToItself() {
        assertThat(errors("{\"departments\": {\"sales\": {\"overflow\": {\"to\": \"Sales\"}}}}"))
                .containsExactly(error("departments.sales.overflow.to", "department 'sales' cannot overflow to itself"));
    }

    @Test
    void overflowCyclesAreReportedOnceEach() {
        assertThat(errors("""
                {"departments": {"sales": {"overflow": {"to": "support"}}, "support": {"overflow": {"to": "sales"}}}}"""))
                .containsExactly(error("departments.sales.overflow.to", "overflow cycle: sales -> support -> sales"));
        assertThat(errors("""
                {"departments": {"vip-desk": {"overflow": {"to": "sales"}}, "sales": {"overflow": {"to": "support"}},
                                 "support": {"overflow": {"to": "vip-desk"}}}}"""))
                .containsExactly(error("departments.vip-desk.overflow.to",
                        "overflow cycle: vip-desk -> sales -> support -> vip-desk"));
    }

    @Test
    void aChainOfOverflowsWithoutACycleIsFine() {
        assertThat(RuleSetParser.parse(JSON.readTree("""
                {"departments": {"vip-desk": {"overflow": {"to": "sales"}}, "sales": {"overflow": {"to": "support"}}}}"""),
                KNOWN).valid()).isTrue();
    }

    @Test
    void anOverflowNeedsATarget() {
        assertThat(errors("{\"departments\": {\"sales\": {\"overflow\": {\"afterSeconds\": 60}}}}"))
                .containsExactly(error("departments.sales.overflow.to", "is required: the department to overflow to"));
    }

    @Test
    void aDepartmentListedTwiceIsAnError() {
        assertThat(errors("{\"departments\": {\"sales\": {}, \"SALES\": {}}}")).containsExactly(
                error("departments.SALES", "department 'sales' is listed twice (names are not case-sensitive)"));
    }

    @Test
    void rulesAndEscalationsNeedShortUniqueNames() {
        String long81 = "x".repeat(81);
        assertThat(errors("""
                {"rules": [{"then": {}}, {"name": " "}, {"name": "%s"}, {"name": "same"}, {"name": "same"}],
                 "escalations": [{"name": "same"}, {}]}""".formatted(long81)))
                .containsExactly(
                        error("rules[0].name", "every rule needs a name"),
                        error("rules[1].name", "every rule needs a name"),
                        error("rules[2].name", "is longer than 80 characters"),
                        error("rules[4].name", "the name 'same' is already used by rules[3]"),
                        error("escalations[1].name", "every escalation needs a name"));
        assertThat(RuleSetParser.parse(JSON.readTree("{\"rules\": [{\"name\": \"%s\"}]}".formatted("x".repeat(80))),
                KNOWN).valid()).isTrue();
    }

    @Test
    void atMostOneHundredRulesAndOneHundredEscalations() {
        assertThat(errors("{\"rules\": [%s]}".formatted(named(101))))
                .containsExactly(error("rules", "has 101 rules, at most 100 are allowed"));
        assertThat(errors("{\"escalations\": [%s]}".formatted(named(101))))
                .containsExactly(error("escalations", "has 101 escalations, at most 100 are allowed"));
        assertThat(RuleSetParser.parse(JSON.readTree("{\"rules\": [%s], \"escalations\": [%s]}"
                .formatted(named(100), named(100))), KNOWN).valid()).isTrue();
    }

    @Test
    void everyErrorIsReportedInOnePass() {
        assertThat(errors("""
                {"vipPriority": "TOP", "aging": {"secondsPerLevel": -5}, "rules": [{"then": {"department": "hr"}}]}"""))
                .extracting(RuleError::path)
                .containsExactly("aging.secondsPerLevel", "vipPriority", "rules[0].name", "rules[0].then.department");
    }

    @Test
    void namesAreCheckedAgainstTheAgentsOnlyWhenAgentsAreGiven() {
        String definition = "{\"departments\": {\"brand-new\": {}}}";

        assertThat(RuleSetParser.parse(JSON.readTree(definition), KnownNames.of(Set.of(), Set.of())).errors())
                .containsExactly(error("departments.brand-new", "unknown department 'brand-new': no agent belongs to it"));
        assertThat(RuleSetParser.parse(JSON.readTree(definition), KnownNames.ANY).valid()).isTrue();
    }

    static String named(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"name\": \"n" + i + "\"}").collect(Collectors.joining(","));
    }
}
