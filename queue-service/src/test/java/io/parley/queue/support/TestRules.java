package io.parley.queue.support;

import io.parley.queue.rules.ActiveRules;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A rule set a test sets directly (version 1000 + n), in place of the stored ones, so that a test of routing
 * does not depend on the rules' REST API and can use timings of a second or two.
 */
public class TestRules implements ActiveRules {
    private volatile Versioned current = new Versioned(0, RuleSet.DEFAULT);
    private long changes;

    @Override
    public Versioned current() {
        return current;
    }

    public synchronized void set(RuleSet rules) {
        current = new Versioned(1000 + ++changes, rules);
    }

    public void reset() {
        current = new Versioned(0, RuleSet.DEFAULT);
    }

    /** The defaults with these department policies, aging, VIP priority, escalations and requeue timings. */
    public static RuleSet rules(
            Map<String, DepartmentPolicy> departments, long secondsPerLevel, List<RuleSet.Escalation> escalations,
            long noAgentReplySeconds, long agentOfflineGraceSeconds) {
        return new RuleSet(departments, new RuleSet.Aging(secondsPerLevel), RuleSet.DEFAULT.vipPriority(), List.of(),
                escalations, new RuleSet.Requeue(noAgentReplySeconds, agentOfflineGraceSeconds));
    }

    /** Import it to make it the service's rules. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestRules testRules() {
            return new TestRules();
        }
    }
}
