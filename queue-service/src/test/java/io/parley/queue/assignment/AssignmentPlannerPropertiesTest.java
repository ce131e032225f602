package io.parley.queue.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.assignment.AssignmentPlanner.Assignment;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.rules.RuleSet.Mode;
import io.parley.queue.rules.RuleSet.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the planner on generated lines, agents and rule sets (jqwik shrinks a failure to a small case):
 * never over capacity, never a conversation twice or one that is not waiting, only to an eligible agent (an
 * excluded one only when no other could take it), nothing manual, nothing assignable left behind, and with
 * alike agents, each lane served in line order.
 */
class AssignmentPlannerPropertiesTest {
    static final List<String> DEPARTMENTS = List.of("sales", "support", "billing");
    static final List<String> SKILLS = List.of("english", "german", "technical");
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    record Scenario(List<Entry> entries, List<Agent> agents, RuleSet rules) {}

    @Property(tries = 400)
    void neverOverCapacityNeverTwiceOnlyEligibleAndNothingAssignableLeft(@ForAll("anyScenario") Scenario s) {
        List<Assignment> plan = AssignmentPlanner.plan(s.entries(), s.agents(), s.rules(), NOW);

        Map<String, Agent> agents = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        s.agents().forEach(a -> {
            agents.put(a.agentId(), a);
            load.put(a.agentId(), a.active());
        });
        Set<UUID> assigned = new HashSet<>();
        for (Assignment a : plan) {
            Entry e = a.entry();
            Agent agent = agents.get(a.agent().agentId());
            assertThat(e.status()).isEqualTo(EntryStatus.WAITING);
            assertThat(assigned.add(e.conversationId())).as("assigned twice").isTrue();
            assertThat(s.rules().policyOf(e.department()).mode()).isEqualTo(Mode.AUTOMATIC);
            assertThat(canTake(agent, load.get(agent.agentId()), e)).as("eligible").isTrue();
            if (e.excludedAgents().contains(agent.agentId())) {
                assertThat(s.agents()).as("an excluded agent only when nobody else could take it")
                        .noneMatch(o -> !e.excludedAgents().contains(o.agentId())
                                && canTake(o, load.get(o.agentId()), e));
            }
            load.merge(agent.agentId(), 1, Integer::sum);
        }
        for (Agent agent : s.agents()) {
            int given = load.get(agent.agentId()) - agent.active();
            assertThat(given).as("never above capacity").isLessThanOrEqualTo(Math.max(0, agent.capacity() - agent.active()));
        }
        for (Entry e : s.entries()) {
            if (e.status() == EntryStatus.WAITING && !assigned.contains(e.conversationId())
                    && s.rules().policyOf(e.department()).mode() == Mode.AUTOMATIC) {
                assertThat(s.agents()).as("left waiting although an agent could take it")
                        .noneMatch(a -> canTake(a, load.get(a.agentId()), e));
            }
        }
    }

    @Property(tries = 300)
    void withAlikeAgentsEachLaneIsServedInLineOrder(@ForAll("alikeAgents") Scenario s) {
        List<Assignment> plan = AssignmentPlanner.plan(s.entries(), s.agents(), s.rules(), NOW);
        Set<String> skills = Set.copyOf(s.agents().getFirst().skills());

        Map<String, List<UUID>> servable = new LinkedHashMap<>();
        s.entries().stream()
                .filter(e -> e.status() == EntryStatus.WAITING && skills.containsAll(e.skills()))
                .sorted(lineOrder(s.rules()))
                .forEach(e -> servable.computeIfAbsent(e.department(), d -> new ArrayList<>()).add(e.conversationId()));
        Map<String, List<UUID>> served = new LinkedHashMap<>();
        plan.forEach(a -> served.computeIfAbsent(a.entry().department(), d -> new ArrayList<>())
                .add(a.entry().conversationId()));

        served.forEach((lane, ids) -> assertThat(ids).as("lane %s served in line order", lane)
                .isEqualTo(servable.get(lane).subList(0, ids.size())));
    }

    /** The contract's line order, written out independently of LineOrder. */
    static Comparator<Entry> lineOrder(RuleSet rules) {
        return Comparator.comparing((Entry e) -> e.frontSince() == null)
                .thenComparing(Entry::frontSince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingLong((Entry e) -> effective(e, rules)).reversed())
                .thenComparing(Entry::enqueuedAt)
                .thenComparing(e -> e.conversationId().toString());
    }

    static long effective(Entry e, RuleSet rules) {
        long base = e.vip() ? Math.max(e.priority().ordinal(), rules.vipPriority().ordinal()) : e.priority().ordinal();
        long perLevel = rules.aging().secondsPerLevel();
        Instant since = e.frontSince() != null ? e.frontSince() : e.enqueuedAt();
        return base + (perLevel == 0 ? 0 : Duration.between(since, NOW).toSeconds() / perLevel);
    }

    static boolean canTake(Agent agent, int load, Entry e) {
        return agent.status() == AgentStatus.ONLINE
                && load < agent.capacity()
                && (e.department() == null || agent.departments().contains(e.department()))
                && agent.skills().containsAll(e.skills());
    }

    @Provide
    Arbitrary<Scenario> anyScenario() {
        return Combinators.combine(entries(), agents(false), rules()).as(Scenario::new);
    }

    @Provide
    Arbitrary<Scenario> alikeAgents() {
        return Combinators.combine(entries(), agents(true), rules()).as(Scenario::new);
    }

    Arbitrary<List<Entry>> entries() {
        Arbitrary<String> department = Arbitraries.oneOf(Arbitraries.of(DEPARTMENTS), Arbitraries.just(null));
        Arbitrary<Integer> frontSecondsAgo = Arbitraries.integers().between(0, 600).injectNull(0.8);
        Arbitrary<List<String>> excluded = Arbitraries.of("agent-0", "agent-1", "agent-2").list().uniqueElements()
                .ofMaxSize(2).map(List::copyOf);
        Arbitrary<EntryStatus> status = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(EntryStatus.WAITING)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(EntryStatus.ASSIGNED)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(EntryStatus.ENDED)));
        Arbitrary<Entry> entry = Combinators.combine(department, Arbitraries.of(Priority.class),
                        Arbitraries.integers().between(0, 3000), skills(), Arbitraries.of(true, false),
                        frontSecondsAgo, excluded, status)
                .as((dep, priority, ago, skills, vip, front, ex, st) -> new Entry(UUID.randomUUID(), "c", dep, priority,
                        st, NOW.minusSeconds(ago), st == EntryStatus.WAITING ? null : "agent-0", null, skills, vip,
                        front == null ? null : NOW.minusSeconds(front), NOW.minusSeconds(ago), ex, List.of(), null, 0,
                        List.of()));
        // no edge cases of single entries: their combinations would outnumber the tries (jqwik says so in its log)
        return entry.withoutEdgeCases().list().ofMaxSize(40).map(AssignmentPlannerPropertiesTest::numbered);
    }

    /** Conversation ids by position in the generated list (some equal queue times, so the id decides). */
    static List<Entry> numbered(List<Entry> entries) {
        List<Entry> numbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            numbered.add(new Entry(new UUID(0, (i * 7919L) % 1000), e.customerId(), e.department(), e.priority(),
                    e.status(), e.enqueuedAt(), e.agentId(), e.assignedAt(), e.skills(), e.vip(), e.frontSince(),
                    e.laneSince(), e.excludedAgents(), e.overflowedFrom(), e.agentRepliedAt(), e.rulesVersion(),
                    e.matchedRules()));
        }
        return numbered;
    }

    Arbitrary<List<Agent>> agents(boolean alike) {
        Arbitrary<List<String>> departments = alike ? Arbitraries.just(DEPARTMENTS)
                : Arbitraries.of(DEPARTMENTS).list().uniqueElements().ofMaxSize(3).map(List::copyOf);
        Arbitrary<List<String>> skills = alike ? Arbitraries.just(List.of("english", "german")) : skills();
        Arbitrary<Integer> lastAssigned = Arbitraries.integers().between(0, 5000).injectNull(0.3);
        Arbitrary<Integer> lastReleased = Arbitraries.integers().between(0, 5000).injectNull(0.3);
        Arbitrary<Agent> agent = Combinators.combine(Arbitraries.of(AgentStatus.class),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5), departments, skills,
                        lastAssigned, lastReleased)
                .as((status, capacity, active, deps, sk, assigned, released) -> new Agent("?", null, status, capacity,
                        deps, active, assigned == null ? null : NOW.minusSeconds(assigned), sk,
                        released == null ? null : NOW.minusSeconds(released), null));
        return agent.withoutEdgeCases().list().ofMinSize(alike ? 1 : 0).ofMaxSize(6).map(list -> {
            List<Agent> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Agent a = list.get(i);
                named.add(new Agent("agent-" + i, "Agent " + i, a.status(), a.capacity(), a.departments(), a.active(),
                        a.lastAssignedAt(), a.skills(), a.lastReleasedAt(), a.offlineSince()));
            }
            return named;
        });
    }

    Arbitrary<List<String>> skills() {
        return Arbitraries.of(SKILLS).list().uniqueElements().ofMaxSize(2).map(List::copyOf);
    }

    Arbitrary<RuleSet> rules() {
        Arbitrary<DepartmentPolicy> policy = Combinators.combine(Arbitraries.of(Strategy.class),
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(Mode.AUTOMATIC)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just(Mode.MANUAL))))
                .as((strategy, mode) -> new DepartmentPolicy(strategy, mode, RuleSet.WhenNoAgentOnline.WAIT, null));
        Arbitrary<Map<String, DepartmentPolicy>> policies = Arbitraries.maps(Arbitraries.of(DEPARTMENTS), policy)
                .ofMaxSize(3);
        return Combinators.combine(policies, Arbitraries.of(0L, 60L, 600L), Arbitraries.of(Priority.class))
                .as((departments, perLevel, vip) -> new RuleSet(departments, new RuleSet.Aging(perLevel), vip,
                        List.of(), List.of(), new RuleSet.Requeue(300, 60)));
    }
}
