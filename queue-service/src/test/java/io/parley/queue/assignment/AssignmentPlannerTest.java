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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentPlannerTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

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
    void awayOfflineAndFullAgentsGetNothing() {
        Entry entry = waiting("sales", Priority.MEDIUM, 0);

        assertThat(plan(
                        List.of(entry),
                        agent("away", AWAY, 5, 0, "sales"),
                        agent("offline", OFFLINE, 5, 0, "sales"),
                        agent("full", ONLINE, 2, 2, "sales"),
                        agent("lowered", ONLINE, 1, 3, "sales")))
                .isEmpty();
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
        Entry assigned = new Entry(UUID.randomUUID(), "c", "sales", Priority.MEDIUM, EntryStatus.ASSIGNED, T0, "x", T0);
        Entry ended = new Entry(UUID.randomUUID(), "c", "sales", Priority.MEDIUM, EntryStatus.ENDED, T0, null, null);

        assertThat(plan(List.of(assigned, ended), agent("a", ONLINE, 5, 0, "sales"))).isEmpty();
    }

    static List<String> plan(List<Entry> line, Agent... agents) {
        return AssignmentPlanner.plan(line, List.of(agents)).stream()
                .map(AssignmentPlannerTest::describe)
                .toList();
    }

    static String describe(Assignment a) {
        return a.agent().agentId() + "<-" + a.entry().conversationId();
    }

    static Entry waiting(String department, Priority priority, int secondsAfterT0) {
        return entry(UUID.randomUUID(), department, priority, secondsAfterT0);
    }

    static Entry entry(UUID id, String department, Priority priority, int secondsAfterT0) {
        return new Entry(id, "customer", department, priority, EntryStatus.WAITING, T0.plusSeconds(secondsAfterT0),
                null, null);
    }

    static Agent agent(String id, AgentStatus status, int capacity, int active, String... departments) {
        return new Agent(id, "Agent " + id, status, capacity, List.of(departments), active, null);
    }
}
