package io.parley.queue.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.assignment.Upkeep.Action;
import io.parley.queue.assignment.Upkeep.Escalate;
import io.parley.queue.assignment.Upkeep.Overflow;
import io.parley.queue.assignment.Upkeep.Requeue;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpkeepTest {
    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void requeueAfterNoReplyOrAnOfflineAgentPastTheGraceAndNeverWhenDisabled() {
        RuleSet.Requeue requeue = new RuleSet.Requeue(300, 60);
        Entry fresh = assigned("a", 299, null);
        Entry silent = assigned("a", 300, null);
        Entry replied = assigned("a", 1000, NOW.minusSeconds(900));

        assertThat(Upkeep.requeueReason(fresh, agent(AgentStatus.ONLINE, null), requeue, NOW)).isNull();
        assertThat(Upkeep.requeueReason(silent, agent(AgentStatus.ONLINE, null), requeue, NOW))
                .isEqualTo(ConversationRequeued.NO_AGENT_REPLY);
        assertThat(Upkeep.requeueReason(replied, agent(AgentStatus.AWAY, null), requeue, NOW)).isNull();
        assertThat(Upkeep.requeueReason(replied, agent(AgentStatus.OFFLINE, NOW.minusSeconds(59)), requeue, NOW)).isNull();
        assertThat(Upkeep.requeueReason(replied, agent(AgentStatus.OFFLINE, NOW.minusSeconds(60)), requeue, NOW))
                .isEqualTo(ConversationRequeued.AGENT_OFFLINE);
        RuleSet.Requeue off = new RuleSet.Requeue(0, 0);
        assertThat(Upkeep.requeueReason(silent, agent(AgentStatus.OFFLINE, NOW.minusSeconds(9999)), off, NOW)).isNull();
    }

    @Test
    void escalationsApplyInOrderEachSeeingThePreviousOneAndNeverTwice() {
        RuleSet.Escalation raise = new RuleSet.Escalation("raise",
                new RuleSet.EscalationCondition(60L, null, null, List.of("sales")),
                new RuleSet.EscalationAction(Priority.HIGH, "support", false));
        RuleSet.Escalation thenHigh = new RuleSet.Escalation("then high",
                new RuleSet.EscalationCondition(null, null, Priority.HIGH, List.of("support")),
                new RuleSet.EscalationAction(Priority.MEDIUM, null, true));
        RuleSet rules = rules(Map.of(), List.of(raise, thenHigh));
        Entry entry = waiting("sales", 100);

        List<Action> actions = Upkeep.plan(List.of(), List.of(entry), List.of(), Map.of(), rules, NOW);

        assertThat(actions).hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(Escalate.class));
        Escalate first = (Escalate) actions.get(0);
        Escalate second = (Escalate) actions.get(1);
        assertThat(first.raiseTo()).isEqualTo(Priority.HIGH);
        assertThat(first.moveTo()).isEqualTo("support");
        assertThat(first.waitedSeconds()).isEqualTo(100);
        assertThat(second.raiseTo()).as("never lowers").isNull();
        assertThat(second.entry().department()).isEqualTo("support");
        assertThat(Upkeep.plan(List.of(), List.of(entry), List.of(),
                        Map.of(entry.conversationId(), Set.of("raise")), rules, NOW))
                .isEmpty();
    }

    @Test
    void overflowAfterTheLaneWaitOncePerDepartment() {
        RuleSet rules = rules(Map.of("sales", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY,
                RuleSet.Mode.MANUAL, RuleSet.WhenNoAgentOnline.WAIT, new RuleSet.Overflow(120, "support"))), List.of());
        Entry due = waiting("sales", 120);
        Entry early = waiting("sales", 119);
        Entry movedBefore = new Entry(UUID.randomUUID(), "c", "sales", Priority.LOW, EntryStatus.WAITING,
                NOW.minusSeconds(500), null, null, List.of(), false, null, NOW.minusSeconds(500), List.of(),
                List.of("sales"), null, 0, List.of());

        assertThat(Upkeep.plan(List.of(), List.of(due, early, movedBefore), List.of(), Map.of(), rules, NOW))
                .containsExactly(new Overflow(due, "support"));
    }

    @Test
    void anAgentWhoRepliedLongAgoIsNotRequeuedButItsSilentChatIs() {
        Entry silent = assigned("a", 400, null);
        List<Action> actions = Upkeep.plan(List.of(silent, assigned("a", 400, NOW)), List.of(),
                List.of(agent(AgentStatus.ONLINE, null), other("b", AgentStatus.ONLINE, 0)), Map.of(),
                RuleSet.DEFAULT, NOW);

        assertThat(actions).containsExactly(new Requeue(silent, ConversationRequeued.NO_AGENT_REPLY));
    }

    @Test
    void aSilentChatStaysWithItsAgentWhenNobodyElseCouldTakeItNow() {
        Entry silent = assigned("a", 400, null);
        List<Agent> nobodyElse = List.of(agent(AgentStatus.ONLINE, null), other("b", AgentStatus.ONLINE, 3),
                other("c", AgentStatus.AWAY, 0));

        assertThat(Upkeep.plan(List.of(silent), List.of(), nobodyElse, Map.of(), RuleSet.DEFAULT, NOW)).isEmpty();
    }

    @Test
    void aChatWhoseAgentWentOfflineGoesBackInLineEvenWhenNobodyElseIsOnline() {
        Entry left = assigned("a", 400, null);
        List<Action> actions = Upkeep.plan(List.of(left), List.of(),
                List.of(agent(AgentStatus.OFFLINE, NOW.minusSeconds(61))), Map.of(), RuleSet.DEFAULT, NOW);

        assertThat(actions).containsExactly(new Requeue(left, ConversationRequeued.AGENT_OFFLINE));
    }

    static Agent other(String id, AgentStatus status, int active) {
        return new Agent(id, id.toUpperCase(), status, 3, List.of("sales"), active, null, List.of(), null, null);
    }

    static RuleSet rules(Map<String, DepartmentPolicy> departments, List<RuleSet.Escalation> escalations) {
        return new RuleSet(departments, new RuleSet.Aging(600), Priority.URGENT, List.of(), escalations,
                new RuleSet.Requeue(300, 60));
    }

    static Entry waiting(String department, int secondsAgo) {
        return Entry.waiting(UUID.randomUUID(), "c", department, Priority.MEDIUM, NOW.minusSeconds(secondsAgo));
    }

    static Entry assigned(String agentId, int assignedSecondsAgo, Instant repliedAt) {
        Entry e = Entry.waiting(UUID.randomUUID(), "c", "sales", Priority.MEDIUM, NOW.minusSeconds(5000))
                .withStatus(EntryStatus.ASSIGNED, agentId, NOW.minusSeconds(assignedSecondsAgo));
        return new Entry(e.conversationId(), e.customerId(), e.department(), e.priority(), e.status(), e.enqueuedAt(),
                e.agentId(), e.assignedAt(), e.skills(), e.vip(), null, e.laneSince(), e.excludedAgents(),
                e.overflowedFrom(), repliedAt, 0, List.of());
    }

    static Agent agent(AgentStatus status, Instant offlineSince) {
        return new Agent("a", "A", status, 3, List.of("sales"), 1, null, List.of(), null, offlineSince);
    }
}
