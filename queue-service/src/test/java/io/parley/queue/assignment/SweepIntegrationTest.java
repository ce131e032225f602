package io.parley.queue.assignment;

import static io.parley.contracts.events.AgentStatus.OFFLINE;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.message;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationRequeued;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.Priority;
import io.parley.contracts.events.QueueEscalated;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.kit.security.Caller;
import io.parley.queue.line.Entry;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
import io.parley.queue.support.TestRules;
import io.parley.queue.view.QueueView;
import io.parley.testsupport.TestProperties;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep against the real PostgreSQL: auto-requeue, escalations and overflow, each once, with their events,
 * followed by assignment. Time passes by queue times and status changes in the past, or by moving a stored
 * assignment time back.
 */
@SpringBootTest
@Import(TestRules.Config.class)
class SweepIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final Caller BOSS = new Caller("boss", Set.of("ADMIN"), List.of(), "Boss");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    QueueService queue;

    @Autowired
    QueueView view;

    @Autowired
    Assigner assigner;

    @Autowired
    WaitingLine line;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    QueueState state;
    Instant now;

    @BeforeEach
    void emptyLine() {
        state = new QueueState(jdbc, codec);
        state.clear();
        rules.set(TestRules.rules(Map.of(), 600, List.of(), 60, 30));
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void noAgentReplyInTimeRequeuesToTheFrontAndAnotherAgentGetsIt() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        UUID conversation = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.LOW, now.minusSeconds(10), List.of()));
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of(), now.minusSeconds(500)));
        dispatcher.dispatch(queued(waiting, "c2", "sales", Priority.URGENT, now.minusSeconds(5), List.of()));
        assertThat(state.agentOf(conversation)).isEqualTo("ann");
        queue.sweep();
        assertThat(state.types()).doesNotContain(EventTypes.CONVERSATION_REQUEUED);

        assignedSecondsAgo(conversation, 61);
        dispatcher.dispatch(agent("bob", ONLINE, 1, List.of("sales"), List.of(), now.minusSeconds(1)));
        assertThat(state.status(waiting)).as("bob took the urgent one").isEqualTo("ASSIGNED");
        dispatcher.dispatch(agent("cid", ONLINE, 1, List.of("sales"), List.of(), now.minusSeconds(1)));
        dispatcher.dispatch(agent("cid", ONLINE, 1, List.of("sales"), List.of(), now));
        queue.sweep();

        assertThat(state.payloads(EventTypes.CONVERSATION_REQUEUED, ConversationRequeued.class)).singleElement()
                .satisfies(r -> {
                    assertThat(r.conversationId()).isEqualTo(conversation);
                    assertThat(r.fromAgentId()).isEqualTo("ann");
                    assertThat(r.reason()).isEqualTo(ConversationRequeued.NO_AGENT_REPLY);
                    assertThat(r.department()).isEqualTo("sales");
                });
        assertThat(state.agentOf(conversation)).as("ann is free now but excluded; cid is free too").isEqualTo("cid");
        assertThat(state.active("ann")).isZero();
        assertThat(view.assignments(BOSS, conversation.toString()).getLast().candidates())
                .filteredOn(c -> c.agentId().equals("ann"))
                .singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("EXCLUDED"));
    }

    @Test
    void aReplyOfTheAssignedAgentKeepsTheConversationButACustomersMessageDoesNot() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        UUID replied = UUID.randomUUID();
        UUID ignored = UUID.randomUUID();
        dispatcher.dispatch(queued(replied, "c1", "sales", Priority.MEDIUM, now.minusSeconds(10), List.of()));
        dispatcher.dispatch(queued(ignored, "c2", "sales", Priority.MEDIUM, now.minusSeconds(9), List.of()));
        dispatcher.dispatch(message(replied, "ann", "AGENT", now));
        dispatcher.dispatch(message(ignored, "c2", "CUSTOMER", now));
        dispatcher.dispatch(message(ignored, "bob", "AGENT", now));
        assignedSecondsAgo(replied, 120);
        assignedSecondsAgo(ignored, 120);
        dispatcher.dispatch(agent("bea", ONLINE, 1, List.of("sales"), List.of(), now.minusSeconds(1)));

        queue.sweep();

        assertThat(state.status(replied)).isEqualTo("ASSIGNED");
        assertThat(state.payloads(EventTypes.CONVERSATION_REQUEUED, ConversationRequeued.class))
                .extracting(ConversationRequeued::conversationId).containsExactly(ignored);
        assertThat(state.agentOf(ignored)).as("to the other agent").isEqualTo("bea");
    }

    @Test
    void aConversationWithoutAReplyStaysWithItsAgentWhileNobodyElseCouldTakeIt() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        UUID silent = UUID.randomUUID();
        dispatcher.dispatch(queued(silent, "c1", "sales", Priority.MEDIUM, now.minusSeconds(10), List.of()));
        assignedSecondsAgo(silent, 120);

        queue.sweep();

        assertThat(state.agentOf(silent)).isEqualTo("ann");
        assertThat(state.payloads(EventTypes.CONVERSATION_REQUEUED, ConversationRequeued.class)).isEmpty();
    }

    @Test
    void aReplyNotedWhileTheSweepDecidedStillKeepsTheConversation() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, now.minusSeconds(10), List.of()));
        assignedSecondsAgo(conversation, 120);
        Entry seenBySweep = line.find(conversation).orElseThrow();
        dispatcher.dispatch(message(conversation, "ann", "AGENT", now)); // noted without the queue lock

        boolean requeued = tx.execute(s -> assigner.backToFront(seenBySweep, "sales", true, now));

        assertThat(requeued).isFalse();
        assertThat(state.agentOf(conversation)).isEqualTo("ann");
        assertThat(state.active("ann")).isEqualTo(1);
    }

    @Test
    void anAgentOfflineBeyondTheGraceLosesEveryConversationButOneWhoCameBackKeepsThem() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        dispatcher.dispatch(agent("bob", ONLINE, 2, List.of("sales"), List.of(), now.minusSeconds(600)));
        List<UUID> chats = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < chats.size(); i++) {
            dispatcher.dispatch(queued(chats.get(i), "c" + i, "sales", Priority.MEDIUM, now.minusSeconds(20 - i), List.of()));
            dispatcher.dispatch(message(chats.get(i), i % 2 == 0 ? "ann" : "bob", "AGENT", now));
        }
        dispatcher.dispatch(agent("bob", OFFLINE, 2, List.of("sales"), List.of(), now.minusSeconds(20)));
        dispatcher.dispatch(agent("ann", OFFLINE, 2, List.of("sales"), List.of(), now.minusSeconds(100)));
        dispatcher.dispatch(agent("ann", OFFLINE, 3, List.of("sales"), List.of(), now.minusSeconds(90)));
        dispatcher.dispatch(agent("cid", ONLINE, 1, List.of("sales"), List.of(), now.minusSeconds(100)));

        queue.sweep();

        List<ConversationRequeued> requeued = state.payloads(EventTypes.CONVERSATION_REQUEUED, ConversationRequeued.class);
        assertThat(requeued).extracting(ConversationRequeued::conversationId, ConversationRequeued::reason)
                .containsExactlyInAnyOrder(
                        tuple(chats.get(0), ConversationRequeued.AGENT_OFFLINE),
                        tuple(chats.get(2), ConversationRequeued.AGENT_OFFLINE));
        assertThat(state.active("ann")).isZero();
        assertThat(state.active("bob")).as("within the grace: kept").isEqualTo(2);
        assertThat(state.count("select count(*) from queue_entries where status = 'ASSIGNED' and agent_id = 'cid'"))
                .isEqualTo(1);
        assertThat(state.lastPositions()).as("the other requeued one waits first in line").hasSize(1)
                .containsValue(1);

        dispatcher.dispatch(agent("bob", ONLINE, 2, List.of("sales"), List.of(), now));
        jdbc.update("update agents set offline_since = now() - interval '1 hour' where agent_id = 'bob'");
        queue.sweep();
        assertThat(state.active("bob")).isEqualTo(2);
    }

    @Test
    void anEscalationFiresOncePerConversationRaisesItsPriorityAndMovesItsLane() {
        RuleSet.Escalation longWait = new RuleSet.Escalation("long wait",
                new RuleSet.EscalationCondition(120L, null, Priority.MEDIUM, List.of("sales")),
                new RuleSet.EscalationAction(Priority.URGENT, "support", true));
        RuleSet.Escalation vipOnly = new RuleSet.Escalation("vip",
                new RuleSet.EscalationCondition(null, true, null, null),
                new RuleSet.EscalationAction(Priority.HIGH, null, false));
        rules.set(TestRules.rules(Map.of(), 600, List.of(longWait, vipOnly), 60, 30));
        UUID old = UUID.randomUUID();
        UUID young = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        dispatcher.dispatch(queued(old, "c1", "sales", Priority.MEDIUM, now.minusSeconds(200), List.of()));
        dispatcher.dispatch(queued(young, "c2", "sales", Priority.MEDIUM, now.minusSeconds(100), List.of()));
        dispatcher.dispatch(queued(low, "c3", "sales", Priority.LOW, now.minusSeconds(300), List.of()));

        queue.sweep();
        queue.sweep();

        assertThat(state.payloads(EventTypes.QUEUE_ESCALATED, QueueEscalated.class)).singleElement().satisfies(e -> {
            assertThat(e.conversationId()).isEqualTo(old);
            assertThat(e.rule()).isEqualTo("long wait");
            assertThat(e.department()).isEqualTo("sales");
            assertThat(e.overflowTo()).isEqualTo("support");
            assertThat(e.priority()).isEqualTo(Priority.URGENT);
            assertThat(e.alertSupervisors()).isTrue();
            assertThat(e.waitedSeconds()).isBetween(200L, 230L);
        });
        assertThat(state.department(old)).isEqualTo("support");
        assertThat(view.overview(BOSS).waiting()).filteredOn(w -> w.conversationId().equals(old)).singleElement()
                .satisfies(w -> {
                    assertThat(w.escalated()).isTrue();
                    assertThat(w.priority()).isEqualTo(Priority.URGENT);
                });

        jdbc.update("update queue_entries set department = 'sales' where conversation_id = ?", old);
        queue.sweep();
        assertThat(state.outbox(EventTypes.QUEUE_ESCALATED)).as("once per rule and conversation").hasSize(1);
    }

    @Test
    void overflowMovesAConversationOnceKeepingItsQueueTime() {
        rules.set(TestRules.rules(Map.of(
                        "sales", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY, RuleSet.Mode.AUTOMATIC,
                                RuleSet.WhenNoAgentOnline.WAIT, new RuleSet.Overflow(100, "support")),
                        "support", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY, RuleSet.Mode.AUTOMATIC,
                                RuleSet.WhenNoAgentOnline.WAIT, new RuleSet.Overflow(100, "sales"))),
                600, List.of(), 60, 30));
        dispatcher.dispatch(agent("sue", ONLINE, 1, List.of("support"), List.of(), now.minusSeconds(600)));
        dispatcher.dispatch(agent("sue", ONLINE, 0, List.of("support"), List.of(), now.minusSeconds(500)));
        UUID old = UUID.randomUUID();
        UUID young = UUID.randomUUID();
        Instant queuedAt = now.minusSeconds(150);
        dispatcher.dispatch(queued(old, "c1", "sales", Priority.MEDIUM, queuedAt, List.of()));
        dispatcher.dispatch(queued(young, "c2", "sales", Priority.MEDIUM, now.minusSeconds(50), List.of()));

        queue.sweep();

        assertThat(state.department(old)).isEqualTo("support");
        assertThat(state.department(young)).isEqualTo("sales");
        assertThat(jdbc.queryForObject("select enqueued_at from queue_entries where conversation_id = ?",
                        java.sql.Timestamp.class, old).toInstant())
                .isEqualTo(queuedAt);
        assertThat(state.lastTold().get(old).position()).isEqualTo(1);
        jdbc.update("update queue_entries set lane_since = lane_since - interval '1 hour'");
        queue.sweep();
        assertThat(state.department(old)).as("back to sales once").isEqualTo("sales");
        queue.sweep();
        jdbc.update("update queue_entries set lane_since = lane_since - interval '1 hour'");
        queue.sweep();
        assertThat(state.department(old)).as("each department overflows it once").isEqualTo("sales");

        dispatcher.dispatch(agent("sue", ONLINE, 1, List.of("support", "sales"), List.of(), now));
        assertThat(state.assignments()).extracting(ConversationAssigned::conversationId).containsExactly(old);
    }

    void assignedSecondsAgo(UUID conversation, int seconds) {
        jdbc.update("update queue_entries set assigned_at = now() - make_interval(secs => ?) where conversation_id = ?",
                seconds, conversation);
    }
}
