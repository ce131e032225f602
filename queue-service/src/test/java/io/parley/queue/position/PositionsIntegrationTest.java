package io.parley.queue.position;

import static io.parley.contracts.events.AgentStatus.OFFLINE;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.customer;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.Priority;
import io.parley.contracts.events.QueuePositionsChanged.Position;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.queue.assignment.QueueService;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
import io.parley.queue.support.TestRules;
import io.parley.testsupport.TestProperties;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Positions with estimated waits as customers are told them ({@code queue.positions-changed} in the outbox):
 * published when a position or the offer changes, or the estimate moves by at least 15 s and 20 %.
 */
@SpringBootTest
@Import(TestRules.Config.class)
class PositionsIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    QueueService queue;

    @Autowired
    TestRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    QueueState state;
    Instant t0;

    @BeforeEach
    void emptyLine() {
        state = new QueueState(jdbc, codec);
        state.clear();
        rules.reset();
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
    }

    @Test
    void estimatesFollowTheFreePlacesAndRecentHandlingTimes() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of(), t0));
        List<UUID> line = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < line.size(); i++) {
            dispatcher.dispatch(queued(line.get(i), "c" + i, "sales", Priority.MEDIUM, t0.plusSeconds(i), List.of()));
        }
        // ann carries two; the next two wait: one chat (300 s by default, until 5 ended) over two places each
        assertThat(state.lastTold()).containsOnly(
                Map.entry(line.get(2), new Position(line.get(2), "c2", 1, 150, false)),
                Map.entry(line.get(3), new Position(line.get(3), "c3", 2, 300, false)));

        endedChats("sales", 5, 60);
        queue.sweep();
        assertThat(state.lastTold()).containsOnly(
                Map.entry(line.get(2), new Position(line.get(2), "c2", 1, 30, false)),
                Map.entry(line.get(3), new Position(line.get(3), "c3", 2, 60, false)));
        int events = state.positionEvents().size();

        endedChats("sales", 1, 66); // mean 61 s: 30.5 → 31 and 61, too small a change to tell
        queue.sweep();
        assertThat(state.positionEvents()).hasSize(events);
    }

    @Test
    void aNewPositionIsAlwaysToldButAnUnchangedLineTellsNothing() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        dispatcher.dispatch(queued(first, "c1", "sales", Priority.MEDIUM, t0, List.of()));
        dispatcher.dispatch(queued(second, "c2", "sales", Priority.MEDIUM, t0.plusSeconds(1), List.of()));
        int events = state.positionEvents().size();

        queue.sweep();
        queue.sweep();

        assertThat(state.positionEvents()).hasSize(events);
        assertThat(state.lastTold().get(second)).isEqualTo(new Position(second, "c2", 2, null, false));
    }

    @Test
    void leaveAMessageIsOfferedWhileNobodyWhoCouldTakeItIsOnline() {
        rules.set(TestRules.rules(Map.of("sales", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY,
                RuleSet.Mode.AUTOMATIC, RuleSet.WhenNoAgentOnline.LEAVE_MESSAGE, null)), 600, List.of(), 300, 60));
        dispatcher.dispatch(agent("ann", ONLINE, 0, List.of("support"), List.of(), t0));
        UUID conversation = UUID.randomUUID();
        UUID support = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, t0, List.of()));
        dispatcher.dispatch(queued(support, "c2", "support", Priority.MEDIUM, t0, List.of()));

        assertThat(state.lastTold().get(conversation)).isEqualTo(new Position(conversation, "c1", 1, null, true));
        assertThat(state.lastTold().get(support)).as("support waits; ann is online but full")
                .isEqualTo(new Position(support, "c2", 1, null, false));

        dispatcher.dispatch(agent("bob", ONLINE, 0, List.of("sales"), List.of(), t0.plusSeconds(1)));
        assertThat(state.lastTold().get(conversation)).isEqualTo(new Position(conversation, "c1", 1, null, false));
        dispatcher.dispatch(agent("bob", OFFLINE, 0, List.of("sales"), List.of(), t0.plusSeconds(2)));
        assertThat(state.lastTold().get(conversation)).isEqualTo(new Position(conversation, "c1", 1, null, true));
    }

    @Test
    void aVipCustomerMovesUpAtOnceAndKeepsTheFlagForLaterConversations() {
        UUID first = UUID.randomUUID();
        UUID vip = UUID.randomUUID();
        dispatcher.dispatch(queued(first, "c1", "sales", Priority.HIGH, t0, List.of()));
        dispatcher.dispatch(queued(vip, "c-vip", "sales", Priority.LOW, t0.plusSeconds(1), List.of()));
        assertThat(state.lastPositions()).isEqualTo(Map.of(first, 1, vip, 2));

        dispatcher.dispatch(customer("c-vip", true, t0.plusSeconds(2)));
        assertThat(state.lastPositions()).isEqualTo(Map.of(vip, 1, first, 2));
        dispatcher.dispatch(customer("c-vip", false, t0)); // older: ignored
        UUID later = UUID.randomUUID();
        dispatcher.dispatch(queued(later, "c-vip", "sales", Priority.LOW, t0.plusSeconds(3), List.of()));

        assertThat(state.lastPositions()).isEqualTo(Map.of(vip, 1, later, 2, first, 3));
        assertThat(jdbc.queryForObject("select vip from queue_entries where conversation_id = ?", Boolean.class, later))
                .isTrue();
    }

    @Test
    void agingReordersTheLineWhenTheSweepRuns() {
        rules.set(TestRules.rules(Map.of(), 0, List.of(), 300, 60));
        UUID old = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        dispatcher.dispatch(queued(old, "c1", "sales", Priority.LOW, t0.minusSeconds(1000), List.of()));
        dispatcher.dispatch(queued(high, "c2", "sales", Priority.HIGH, t0, List.of()));
        assertThat(state.lastPositions()).isEqualTo(Map.of(high, 1, old, 2));

        rules.set(TestRules.rules(Map.of(), 300, List.of(), 300, 60)); // LOW + 3 levels beats HIGH + 0
        queue.sweep();

        assertThat(state.lastPositions()).isEqualTo(Map.of(old, 1, high, 2));
    }

    /** Inserts {@code count} conversations of {@code department} that ended after {@code seconds} of handling. */
    void endedChats(String department, int count, int seconds) {
        for (int i = 0; i < count; i++) {
            jdbc.update("""
                    insert into queue_entries (conversation_id, customer_id, department, priority, status, enqueued_at,
                        assigned_at, ended_at)
                    values (?, 'old', ?, 1, 'ENDED', now() - interval '1 hour', now() - make_interval(secs => ?),
                        now())""", UUID.randomUUID(), department, seconds);
        }
    }
}
