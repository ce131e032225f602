package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.Priority;
import io.parley.queue.rules.RuleSet.Action;
import io.parley.queue.rules.RuleSet.Condition;
import io.parley.queue.rules.RuleSet.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the rules send a new conversation: every condition kind, the order rules apply in, what overrides what. */
class RoutingTest {
    static final Routing.Facts FACTS = new Routing.Facts(
            "support", null, List.of("english"), false, "Hello, I need a REFUND please", "ios", "Jane@BigCorp.com");

    static RuleSet rules(Rule... rules) {
        return new RuleSet(java.util.Map.of(), RuleSet.DEFAULT.aging(), Priority.URGENT, List.of(rules), List.of(),
                RuleSet.DEFAULT.requeue());
    }

    static Rule rule(String name, Condition when, Action then) {
        return new Rule(name, when, then);
    }

    static Condition when() {
        return Condition.ANY;
    }

    static Action raiseTo(Priority priority) {
        return new Action(priority, null, null);
    }

    static boolean matches(Condition when, Routing.Facts facts) {
        return !Routing.route(rules(rule("probe", when, raiseTo(Priority.LOW))), facts).matchedRules().isEmpty();
    }

    static Routing.Facts vip(boolean vip) {
        return new Routing.Facts(FACTS.department(), FACTS.priority(), FACTS.skills(), vip, FACTS.text(),
                FACTS.platform(), FACTS.email());
    }

    @Test
    void withoutRulesTheConversationKeepsItsOwnFacts() {
        Routing routing = Routing.route(RuleSet.DEFAULT, FACTS);

        assertThat(routing).isEqualTo(new Routing(null, "support", List.of("english"), List.of()));
    }

    @Test
    void anEmptyConditionMatchesEveryConversation() {
        assertThat(matches(when(), FACTS)).isTrue();
        assertThat(matches(when(), new Routing.Facts(null, null, null, false, null, null, null))).isTrue();
    }

    @Test
    void departmentsConditionMatchesTheCurrentDepartmentOnly() {
        assertThat(matches(new Condition(List.of("sales", "support"), null, null, null, null, null, null), FACTS)).isTrue();
        assertThat(matches(new Condition(List.of("sales"), null, null, null, null, null, null), FACTS)).isFalse();
        assertThat(matches(new Condition(List.of("sales"), null, null, null, null, null, null),
                new Routing.Facts(null, null, List.of(), false, "", "web", null))).isFalse();
    }

    @Test
    void textContainsAnyIsCaseInsensitiveOnTheFirstMessage() {
        assertThat(matches(new Condition(null, List.of("invoice", "refund"), null, null, null, null, null), FACTS)).isTrue();
        assertThat(matches(new Condition(null, List.of("invoice"), null, null, null, null, null), FACTS)).isFalse();
        assertThat(matches(new Condition(null, List.of("refund"), null, null, null, null, null),
                new Routing.Facts("support", null, List.of(), false, null, "web", null))).isFalse();
    }

    @Test
    void vipConditionMatchesVipAndNonVipCustomersAsAsked() {
        Condition vipOnly = new Condition(null, null, true, null, null, null, null);
        Condition othersOnly = new Condition(null, null, false, null, null, null, null);

        assertThat(matches(vipOnly, vip(true))).isTrue();
        assertThat(matches(vipOnly, vip(false))).isFalse();
        assertThat(matches(othersOnly, vip(false))).isTrue();
        assertThat(matches(othersOnly, vip(true))).isFalse();
    }

    @Test
    void platformsConditionComparesCaseInsensitively() {
        assertThat(matches(new Condition(null, null, null, List.of("ios", "android"), null, null, null), FACTS)).isTrue();
        assertThat(matches(new Condition(null, null, null, List.of("web"), null, null, null), FACTS)).isFalse();
        assertThat(matches(new Condition(null, null, null, List.of("ios"), null, null, null),
                new Routing.Facts("support", null, List.of(), false, "", "IOS", null))).isTrue();
        assertThat(matches(new Condition(null, null, null, List.of("ios"), null, null, null),
                new Routing.Facts("support", null, List.of(), false, "", null, null))).isFalse();
    }

    @Test
    void emailDomainsCompareThePartAfterTheAtCaseInsensitively() {
        Condition bigcorp = new Condition(null, null, null, null, List.of("bigcorp.com"), null, null);

        assertThat(matches(bigcorp, FACTS)).isTrue();
        assertThat(matches(bigcorp, new Routing.Facts("support", null, List.of(), false, "", "web", "x@bigcorp.com.evil")))
                .isFalse();
        assertThat(matches(bigcorp, new Routing.Facts("support", null, List.of(), false, "", "web", "bigcorp.com")))
                .isFalse();
        assertThat(matches(bigcorp, new Routing.Facts("support", null, List.of(), false, "", "web", null))).isFalse();
    }

    @Test
    void priorityAtLeastCountsNoPriorityAsMedium() {
        Condition mediumOrMore = new Condition(null, null, null, null, null, Priority.MEDIUM, null);
        Condition highOrMore = new Condition(null, null, null, null, null, Priority.HIGH, null);

        assertThat(matches(mediumOrMore, FACTS)).isTrue();
        assertThat(matches(highOrMore, FACTS)).isFalse();
        assertThat(matches(highOrMore, new Routing.Facts("support", Priority.URGENT, List.of(), false, "", "web", null)))
                .isTrue();
        assertThat(matches(mediumOrMore, new Routing.Facts("support", Priority.LOW, List.of(), false, "", "web", null)))
                .isFalse();
    }

    @Test
    void skillsAllNeedsEveryListedSkill() {
        assertThat(matches(new Condition(null, null, null, null, null, null, List.of("english")), FACTS)).isTrue();
        assertThat(matches(new Condition(null, null, null, null, null, null, List.of("english", "billing")), FACTS))
                .isFalse();
    }

    @Test
    void allConditionsOfARuleMustHold() {
        Condition both = new Condition(List.of("support"), List.of("refund"), true, null, null, null, null);

        assertThat(matches(both, vip(true))).isTrue();
        assertThat(matches(both, vip(false))).isFalse();
    }

    @Test
    void everyMatchingRuleAppliesInOrderAndTheLaterOneOverridesPriorityAndDepartment() {
        Routing routing = Routing.route(rules(
                        rule("refunds", new Condition(null, List.of("refund"), null, null, null, null, null),
                                new Action(Priority.HIGH, "sales", List.of("billing"))),
                        rule("not me", new Condition(null, List.of("invoice"), null, null, null, null, null),
                                new Action(Priority.LOW, "legal", List.of("law"))),
                        rule("ios", new Condition(null, null, null, List.of("ios"), null, null, null),
                                new Action(Priority.URGENT, "mobile", List.of("ios")))),
                FACTS);

        assertThat(routing.priority()).isEqualTo(Priority.URGENT);
        assertThat(routing.department()).isEqualTo("mobile");
        assertThat(routing.skills()).containsExactly("english", "billing", "ios");
        assertThat(routing.matchedRules()).containsExactly("refunds", "ios");
    }

    @Test
    void aLaterRuleWithoutPriorityOrDepartmentKeepsWhatAnEarlierOneChose() {
        Routing routing = Routing.route(rules(
                        rule("first", when(), new Action(Priority.HIGH, "sales", null)),
                        rule("second", when(), new Action(null, null, List.of("english")))),
                FACTS);

        assertThat(routing).isEqualTo(new Routing(Priority.HIGH, "sales", List.of("english"), List.of("first", "second")));
    }

    @Test
    void laterRulesSeeTheDepartmentPriorityAndSkillsEarlierRulesSet() {
        Routing routing = Routing.route(rules(
                        rule("to sales", when(), new Action(Priority.HIGH, "sales", List.of("billing"))),
                        rule("sales billing", new Condition(List.of("sales"), null, null, null, null, Priority.HIGH,
                                List.of("billing")), new Action(null, null, List.of("german"))),
                        rule("still support", new Condition(List.of("support"), null, null, null, null, null, null),
                                new Action(Priority.LOW, null, null))),
                FACTS);

        assertThat(routing.matchedRules()).containsExactly("to sales", "sales billing");
        assertThat(routing.priority()).isEqualTo(Priority.HIGH);
        assertThat(routing.skills()).containsExactly("english", "billing", "german");
    }

    @Test
    void rulesParsedFromADefinitionRouteAsWritten() {
        RuleSet parsed = RuleSetParserTest.parse(RuleSetParserTest.EXAMPLE);
        Routing.Facts vipRefund = new Routing.Facts("support", Priority.MEDIUM, List.of("english"), true,
                "Where is my Invoice?", "iOS", "boss@BIGCORP.com");

        assertThat(Routing.route(parsed, vipRefund))
                .isEqualTo(new Routing(Priority.HIGH, "sales", List.of("english", "billing"),
                        List.of("refunds are billing")));
        assertThat(Routing.route(parsed, vip(false)).matchedRules()).isEmpty();
    }
}
