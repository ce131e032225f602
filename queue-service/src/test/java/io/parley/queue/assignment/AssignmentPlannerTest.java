package io.parley.queue.assignment;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.OFFLINE;
import static io.parley.contracts.events.AgentStatus.ONLINE;
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
import io.parley.queue.rules.RuleSet.WhenNoAgentOnline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The planner's line order and agent choice, one rule at a time. */
class AssignmentPlannerTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    /** Early enough that the default aging (one level per 600 s) changes nothing. */
    static final Instant NOW = T0.plusSeconds(120);

    @Test
    void longestWaitingConversationGoesFirst() {
        Entry late = waiting("sales", Priority.MEDIUM, 20);
        Entry early = waiting("sales", Priority.MEDIUM, 10);

        assertThat(plan(List.of(late, early), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + early.conversationId());
    }

    @Test
    void higherPriorityGoesBeforeLongerWaiting() {
        Entry old = waiting("sales", Priority.HIGH, 0);
        Entry urgent = waiting("sales", Priority.URGENT, 100);

        assertThat(plan(List.of(old, urgent), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + urgent.conversationId());
    }

    @Test
    void equalWaitsAreOrderedByConversationIdAsPostgresqlOrdersUuids() {
        Entry high = entry(UUID.fromString("f0000000-0000-0000-0000-000000000000"), "sales", Priority.LOW, 5);
        Entry low = entry(UUID.fromString("10000000-0000-0000-0000-000000000000"), "sales", Priority.LOW, 5);

        assertThat(plan(List.of(high, low), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + low.conversationId());
    }

    @Test
    void aVipCustomerOvertakesByTheVipPriority() {
        Entry high = waiting("sales", Priority.HIGH, 0);
        Entry vip = waiting("sales", Priority.LOW, 50).withVip(true);

        assertThat(plan(List.of(high, vip), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + vip.conversationId());
        RuleSet vipIsHigh = rules(Map.of(), 600, Priority.HIGH);
        assertThat(plan(vipIsHigh, List.of(high, vip), agent("a", ONLINE, 1, 0, "sales")))
                .as("as high as HIGH: the longer waiting goes first")
                .containsExactly("a<-" + high.conversationId());
    }

    @Test
    void agingRaisesALongWaitingConversationSoNothingStarves() {
        Entry low = waiting("sales", Priority.LOW, 0);
        Entry urgent = waiting("sales", Priority.URGENT, 1700);
        RuleSet aging = rules(Map.of(), 600, Priority.URGENT);
        // at T0+1800 the LOW one waited 3 levels' worth: LOW + 3 = URGENT, and it came first
        assertThat(AssignmentPlanner.plan(List.of(low, urgent), List.of(agent("a", ONLINE, 1, 0, "sales")), aging,
                        T0.plusSeconds(1800)))
                .extracting(a -> a.entry().conversationId(), Assignment::effectivePriority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(low.conversationId(), 3));
        RuleSet noAging = rules(Map.of(), 0, Priority.URGENT);
        assertThat(plan(noAging, T0.plusSeconds(1_000_000), List.of(low, urgent), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + urgent.conversationId());
    }

    @Test
    void requeuedConversationsGoFirstInTheOrderTheyCameBack() {
        Entry urgent = waiting("sales", Priority.URGENT, 0);
        Entry second = waiting("sales", Priority.LOW, 10).atFront(T0.plusSeconds(90), List.of());
        Entry first = waiting("sales", Priority.LOW, 20).atFront(T0.plusSeconds(80), List.of());

        assertThat(plan(List.of(urgent, second, first), agent("a", ONLINE, 3, 0, "sales"))).containsExactly(
                "a<-" + first.conversationId(), "a<-" + second.conversationId(), "a<-" + urgent.conversationId());
    }

    @Test
    void onlyAgentsWithEverySkillMayTakeIt() {
        Entry german = waiting("sales", Priority.MEDIUM, 0).withSkills(List.of("german", "billing"));
        Agent english = agent("english", ONLINE, 5, 0, List.of("english", "billing"), "sales");
        Agent both = agent("both", ONLINE, 1, 0, List.of("german", "billing", "english"), "sales");

        assertThat(plan(List.of(german), english)).isEmpty();
        assertThat(plan(List.of(german), english, both)).containsExactly("both<-" + german.conversationId());
        assertThat(AssignmentPlanner.plan(List.of(german), List.of(english, both), RuleSet.DEFAULT, NOW).getFirst()
                        .candidates())
                .containsExactly(
                        new Candidate("english", false, "MISSING_SKILL german", 5, 5L),
                        new Candidate("both", true, null, 1, 1L));
    }

    @Test
    void aConversationNobodyCanTakeDoesNotHoldUpTheRestOfItsLane() {
        Entry german = waiting("sales", Priority.URGENT, 0).withSkills(List.of("german"));
        Entry plain = waiting("sales", Priority.LOW, 10);

        assertThat(plan(List.of(german, plain), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + plain.conversationId());
    }

    @Test
    void agentWithMostSpareCapacityWins() {
        Entry entry = waiting("sales", Priority.MEDIUM, 0);

        assertThat(plan(List.of(entry), agent("busy", ONLINE, 5, 3, "sales"), agent("free", ONLINE, 3, 0, "sales")))
                .containsExactly("free<-" + entry.conversationId());
    }

    @Test
    void equalSpareCapacityGoesToTheLeastRecentlyAssignedThenTheLowestId() {
        Entry e1 = waiting("sales", Priority.MEDIUM, 0);
        Entry e2 = waiting("sales", Priority.MEDIUM, 1);
        Entry e3 = waiting("sales", Priority.MEDIUM, 2);
        Agent recent = new Agent("a-recent", null, ONLINE, 2, List.of("sales"), 0, T0.plusSeconds(50));
        Agent earlier = new Agent("b-earlier", null, ONLINE, 2, List.of("sales"), 0, T0.plusSeconds(10));
        Agent never = new Agent("c-never", null, ONLINE, 2, List.of("sales"), 0, null);

        assertThat(plan(List.of(e1, e2, e3), never, recent, earlier)).containsExactly(
                "c-never<-" + e1.conversationId(),
                "b-earlier<-" + e2.conversationId(),
                "a-recent<-" + e3.conversationId());
        assertThat(plan(List.of(e1), agent("b", ONLINE, 1, 0, "sales"), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + e1.conversationId());
    }

    @Test
    void roundRobinTakesTurnsRegardlessOfSpareCapacity() {
        RuleSet roundRobin = rules(Map.of("sales", policy(Strategy.ROUND_ROBIN, Mode.AUTOMATIC)), 600, Priority.URGENT);
        List<Entry> line = List.of(waiting("sales", Priority.MEDIUM, 0), waiting("sales", Priority.MEDIUM, 1),
                waiting("sales", Priority.MEDIUM, 2), waiting("sales", Priority.MEDIUM, 3));
        Agent big = new Agent("big", null, ONLINE, 10, List.of("sales"), 0, T0.plusSeconds(5));
        Agent small = new Agent("small", null, ONLINE, 2, List.of("sales"), 0, T0.plusSeconds(1));
        Agent fresh = new Agent("z-fresh", null, ONLINE, 1, List.of("sales"), 0, null);

        assertThat(plan(roundRobin, line, big, small, fresh)).containsExactly(
                "z-fresh<-" + line.get(0).conversationId(),
                "small<-" + line.get(1).conversationId(),
                "big<-" + line.get(2).conversationId(),
                "small<-" + line.get(3).conversationId());
    }

    @Test
    void longestIdleCountsFinishedChatsToo() {
        RuleSet idle = rules(Map.of("sales", policy(Strategy.LONGEST_IDLE, Mode.AUTOMATIC)), 600, Priority.URGENT);
        Entry entry = waiting("sales", Priority.MEDIUM, 0);
        // assigned long ago but just finished a chat, against assigned a bit later and idle since
        Agent justFinished = new Agent("a", null, ONLINE, 3, List.of("sales"), 0, T0, List.of(), T0.plusSeconds(100), null);
        Agent idleSince = new Agent("b", null, ONLINE, 3, List.of("sales"), 0, T0.plusSeconds(30), List.of(), null, null);

        assertThat(plan(idle, List.of(entry), justFinished, idleSince)).containsExactly("b<-" + entry.conversationId());
        Agent neverActive = new Agent("c", null, ONLINE, 1, List.of("sales"), 0, null);
        Assignment first = AssignmentPlanner.plan(List.of(entry), List.of(justFinished, idleSince, neverActive), idle, NOW)
                .getFirst();
        assertThat(first.agent().agentId()).isEqualTo("c");
        assertThat(first.candidates()).extracting(Candidate::score).containsExactly(20L, 90L, null);
    }

    @Test
    void manualDepartmentsAreNeverAssignedAutomatically() {
        RuleSet manual = rules(Map.of("sales", policy(Strategy.MOST_SPARE_CAPACITY, Mode.MANUAL)), 600, Priority.URGENT);
        Entry sales = waiting("sales", Priority.URGENT, 0);
        Entry support = waiting("support", Priority.LOW, 10);

        assertThat(plan(manual, List.of(sales, support), agent("a", ONLINE, 5, 0, "sales", "support")))
                .containsExactly("a<-" + support.conversationId());
    }

    @Test
    void anExcludedAgentGetsItOnlyWhenNobodyElseCould() {
        Entry requeued = waiting("sales", Priority.MEDIUM, 0).atFront(T0.plusSeconds(60), List.of("a"));
        Agent a = agent("a", ONLINE, 5, 0, "sales");
        Agent b = agent("b", ONLINE, 1, 0, "sales");

        List<Assignment> plan = AssignmentPlanner.plan(List.of(requeued), List.of(a, b), RuleSet.DEFAULT, NOW);
        assertThat(plan).extracting(p -> p.agent().agentId()).containsExactly("b");
        assertThat(plan.getFirst().candidates()).containsExactly(
                new Candidate("a", false, "EXCLUDED", 5, 5L), new Candidate("b", true, null, 1, 1L));
        assertThat(plan(List.of(requeued), a, agent("b", AWAY, 1, 0, "sales")))
                .containsExactly("a<-" + requeued.conversationId());
    }

    @Test
    void onlyAnAgentOfTheDepartmentMayTakeIt() {
        Entry support = waiting("support", Priority.MEDIUM, 0);

        assertThat(plan(List.of(support), agent("seller", ONLINE, 5, 0, "sales"))).isEmpty();
        assertThat(plan(List.of(support), agent("seller", ONLINE, 5, 0, "sales"), agent("helper", ONLINE, 1, 0, "support")))
                .containsExactly("helper<-" + support.conversationId());
    }

    @Test
    void conversationOfNoDepartmentMayGoToAnyAgent() {
        Entry general = waiting(null, Priority.MEDIUM, 0);

        assertThat(plan(List.of(general), agent("seller", ONLINE, 1, 0, "sales")))
                .containsExactly("seller<-" + general.conversationId());
    }

    @Test
    void awayOfflineAndFullAgentsGetNothingAndTheRecordSaysWhy() {
        Entry entry = waiting("sales", Priority.MEDIUM, 0);
        List<Agent> agents = List.of(
                agent("away", AWAY, 5, 0, "sales"),
                agent("offline", OFFLINE, 5, 0, "sales"),
                agent("full", ONLINE, 2, 2, "sales"),
                agent("lowered", ONLINE, 1, 3, "sales"),
                agent("seller", ONLINE, 1, 0, "support"));

        assertThat(AssignmentPlanner.plan(List.of(entry), agents, RuleSet.DEFAULT, NOW)).isEmpty();
        assertThat(AssignmentPlanner.candidates(entry, agents, Strategy.MOST_SPARE_CAPACITY, NOW))
                .extracting(Candidate::reason)
                .containsExactly("AWAY", "OFFLINE", "AT_CAPACITY", "AT_CAPACITY", "NOT_IN_DEPARTMENT");
    }

    @Test
    void plannedAssignmentsCountAgainstCapacity() {
        List<Entry> line = List.of(
                waiting("sales", Priority.MEDIUM, 0),
                waiting("sales", Priority.MEDIUM, 1),
                waiting("sales", Priority.MEDIUM, 2),
                waiting("sales", Priority.MEDIUM, 3));

        assertThat(plan(line, agent("a", ONLINE, 2, 0, "sales"), agent("b", ONLINE, 1, 0, "sales")))
                .containsExactly(
                        "a<-" + line.get(0).conversationId(),
                        "b<-" + line.get(1).conversationId(),
                        "a<-" + line.get(2).conversationId());
    }

    @Test
    void aLaneNobodyCanServeDoesNotHoldUpTheOthers() {
        Entry billing = waiting("billing", Priority.URGENT, 0);
        Entry sales = waiting("sales", Priority.LOW, 10);

        assertThat(plan(List.of(billing, sales), agent("a", ONLINE, 1, 0, "sales")))
                .containsExactly("a<-" + sales.conversationId());
    }

    @Test
    void acrossLanesTheLongestWaitingGetsASharedAgentFirst() {
        Entry support = waiting("support", Priority.MEDIUM, 5);
        Entry sales = waiting("sales", Priority.MEDIUM, 10);

        assertThat(plan(List.of(sales, support), agent("both", ONLINE, 1, 0, "sales", "support")))
                .containsExactly("both<-" + support.conversationId());
    }

    @Test
    void assignedAndEndedEntriesAreNotInTheLine() {
        Entry assigned = waiting("sales", Priority.MEDIUM, 0).withStatus(EntryStatus.ASSIGNED, "x", T0);
        Entry ended = waiting("sales", Priority.MEDIUM, 0).withStatus(EntryStatus.ENDED, null, null);

        assertThat(plan(List.of(assigned, ended), agent("a", ONLINE, 5, 0, "sales"))).isEmpty();
    }

    static List<String> plan(List<Entry> line, Agent... agents) {
        return plan(RuleSet.DEFAULT, NOW, line, agents);
    }

    static List<String> plan(RuleSet rules, List<Entry> line, Agent... agents) {
        return plan(rules, NOW, line, agents);
    }

    static List<String> plan(RuleSet rules, Instant now, List<Entry> line, Agent... agents) {
        return AssignmentPlanner.plan(line, List.of(agents), rules, now).stream()
                .map(a -> a.agent().agentId() + "<-" + a.entry().conversationId())
                .toList();
    }

    static RuleSet rules(Map<String, DepartmentPolicy> departments, long secondsPerLevel, Priority vipPriority) {
        return new RuleSet(departments, new RuleSet.Aging(secondsPerLevel), vipPriority, List.of(), List.of(),
                new RuleSet.Requeue(300, 60));
    }

    static DepartmentPolicy policy(Strategy strategy, Mode mode) {
        return new DepartmentPolicy(strategy, mode, WhenNoAgentOnline.WAIT, null);
    }

    static Entry waiting(String department, Priority priority, int secondsAfterT0) {
        return entry(UUID.randomUUID(), department, priority, secondsAfterT0);
    }

    static Entry entry(UUID id, String department, Priority priority, int secondsAfterT0) {
        return Entry.waiting(id, "customer", department, priority, T0.plusSeconds(secondsAfterT0));
    }

    static Agent agent(String id, AgentStatus status, int capacity, int active, String... departments) {
        return new Agent(id, "Agent " + id, status, capacity, List.of(departments), active, null);
    }

    static Agent agent(String id, AgentStatus status, int capacity, int active, List<String> skills, String... departments) {
        return new Agent(id, "Agent " + id, status, capacity, List.of(departments), active, null, skills, null, null);
    }
}
