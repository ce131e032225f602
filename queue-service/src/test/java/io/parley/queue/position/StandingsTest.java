package io.parley.queue.position;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.line.Entry;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StandingsTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void eachConversationCountsOnlyTheOnlineAgentsWhoCouldTakeIt() {
        Entry plain = entry("sales", 0);
        Entry german = entry("sales", 1).withSkills(List.of("german"));
        List<Agent> agents = List.of(
                agent("a", ONLINE, 4, 4, List.of()),
                agent("b", ONLINE, 2, 1, List.of("german")),
                agent("c", AWAY, 10, 0, List.of("german")));

        Map<UUID, Standing> standings = Standings.of(List.of(plain, german), agents, RuleSet.DEFAULT,
                Map.of("sales", 120.0), T0.plusSeconds(5));

        // plain: C = 6, F = 1, p = 1 → 0; german: C = 2, F = 1, p = 2 → ⌈1 · 120 / 2⌉
        assertThat(standings.get(plain.conversationId()).estimatedWaitSeconds()).isZero();
        assertThat(standings.get(german.conversationId())).satisfies(s -> {
            assertThat(s.position()).isEqualTo(2);
            assertThat(s.estimatedWaitSeconds()).isEqualTo(60);
            assertThat(s.offerLeaveMessage()).isFalse();
        });
    }

    @Test
    void withoutAnyoneOnlineThereIsNoEstimateAndTheOfferFollowsTheDepartment() {
        RuleSet rules = new RuleSet(Map.of("sales", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY,
                        RuleSet.Mode.AUTOMATIC, RuleSet.WhenNoAgentOnline.LEAVE_MESSAGE, null)),
                new RuleSet.Aging(600), Priority.URGENT, List.of(), List.of(), new RuleSet.Requeue(300, 60));
        Entry sales = entry("sales", 0);
        Entry support = entry("support", 0);
        Map<String, Double> handling = new HashMap<>();

        Map<UUID, Standing> standings = Standings.of(List.of(sales, support),
                List.of(agent("a", AWAY, 3, 0, List.of())), rules, handling, T0);

        assertThat(standings.get(sales.conversationId())).satisfies(s -> {
            assertThat(s.estimatedWaitSeconds()).isNull();
            assertThat(s.offerLeaveMessage()).isTrue();
        });
        assertThat(standings.get(support.conversationId()).offerLeaveMessage()).isFalse();
    }

    @Test
    void lanesAreListedNoDepartmentFirstThenByNameEachInLineOrder() {
        Entry general = entry(null, 5);
        Entry salesLate = entry("sales", 3);
        Entry salesEarly = entry("sales", 1);
        Entry billing = entry("billing", 9);

        assertThat(Standings.of(List.of(salesLate, billing, general, salesEarly), List.of(), RuleSet.DEFAULT, Map.of(),
                        T0.plusSeconds(10))
                .values())
                .extracting(Standing::conversationId, Standing::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(general.conversationId(), 1),
                        org.assertj.core.groups.Tuple.tuple(billing.conversationId(), 1),
                        org.assertj.core.groups.Tuple.tuple(salesEarly.conversationId(), 1),
                        org.assertj.core.groups.Tuple.tuple(salesLate.conversationId(), 2));
    }

    static Entry entry(String department, int secondsAfterT0) {
        return Entry.waiting(UUID.randomUUID(), "c", department, Priority.MEDIUM, T0.plusSeconds(secondsAfterT0));
    }

    static Agent agent(String id, AgentStatus status, int capacity, int active, List<String> skills) {
        return new Agent(id, id, status, capacity, List.of("sales", "support"), active, null, skills, null, null);
    }
}
