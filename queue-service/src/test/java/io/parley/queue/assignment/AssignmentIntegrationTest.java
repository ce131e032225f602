package io.parley.queue.assignment;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.OFFLINE;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.Priority;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.kit.security.Caller;
import io.parley.queue.view.QueueView;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.ResponseStatusException;

/**
 * Assignment against the real PostgreSQL, through the kit's dispatcher (handlers and idempotency guard) as
 * consumed events arrive. The sweep is off, so everything asserted happened in the handling of one event.
 */
@SpringBootTest
class AssignmentIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    /** Shortly before the test: queue times near now, so that aging (one level per 600 s) changes nothing. */
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    QueueService queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueueView view;

    @Autowired
    EventCodec codec;

    QueueState state;

    @BeforeEach
    void emptyLine() {
        state = new QueueState(jdbc, codec);
        state.clear();
    }

    @Test
    void longestWaitingConversationIsAssignedFirst() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        dispatcher.dispatch(queued(third, "sales", T0.plusSeconds(2)));
        dispatcher.dispatch(queued(first, "sales", T0));
        dispatcher.dispatch(queued(second, "sales", T0.plusSeconds(1)));

        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0));

        assertThat(state.status(first)).isEqualTo("ASSIGNED");
        assertThat(state.agentOf(first)).isEqualTo("a1");
        assertThat(state.status(second)).isEqualTo("WAITING");
        assertThat(state.lastPositions()).isEqualTo(Map.of(second, 1, third, 2));
    }

    @Test
    void higherPriorityIsAssignedBeforeLongerWaiting() {
        UUID old = UUID.randomUUID();
        UUID urgent = UUID.randomUUID();
        dispatcher.dispatch(queued(old, "c-old", "sales", Priority.MEDIUM, T0));
        dispatcher.dispatch(queued(urgent, "c-urgent", "sales", Priority.URGENT, T0.plusSeconds(60)));
        assertThat(state.lastPositions()).isEqualTo(Map.of(urgent, 1, old, 2));

        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0));

        assertThat(state.status(urgent)).isEqualTo("ASSIGNED");
        assertThat(state.status(old)).isEqualTo("WAITING");
    }

    @Test
    void agentWithMostSpareCapacityGetsTheConversationAndTiesGoToTheLeastRecentlyAssigned() {
        dispatcher.dispatch(agent("small", ONLINE, 2, List.of("sales"), T0));
        dispatcher.dispatch(agent("large", ONLINE, 4, List.of("sales"), T0));
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        UUID c4 = UUID.randomUUID();

        dispatcher.dispatch(queued(c1, "sales", T0));
        dispatcher.dispatch(queued(c2, "sales", T0.plusSeconds(1)));
        dispatcher.dispatch(queued(c3, "sales", T0.plusSeconds(2)));
        dispatcher.dispatch(queued(c4, "sales", T0.plusSeconds(3)));

        assertThat(state.agentOf(c1)).isEqualTo("large"); // spare 4 against 2
        assertThat(state.agentOf(c2)).isEqualTo("large"); // spare 3 against 2
        assertThat(state.agentOf(c3)).isEqualTo("small"); // 2 against 2: small was never assigned
        assertThat(state.agentOf(c4)).isEqualTo("large"); // 2 against 1
        assertThat(state.active("large")).isEqualTo(3);
        assertThat(state.active("small")).isEqualTo(1);
    }

    @Test
    void onlyAgentsOfTheConversationsDepartmentAreEligible() {
        dispatcher.dispatch(agent("seller", ONLINE, 5, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();

        dispatcher.dispatch(queued(conversation, "support", T0));
        assertThat(state.status(conversation)).isEqualTo("WAITING");
        assertThat(state.lastPositions()).isEqualTo(Map.of(conversation, 1));

        dispatcher.dispatch(agent("helper", ONLINE, 1, List.of("billing", "support"), T0));
        assertThat(state.agentOf(conversation)).isEqualTo("helper");
        assertThat(state.active("seller")).isZero();
    }

    @Test
    void conversationWithoutDepartmentMayGoToAnyAgent() {
        dispatcher.dispatch(agent("seller", ONLINE, 1, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();

        dispatcher.dispatch(queued(conversation, null, T0));

        assertThat(state.agentOf(conversation)).isEqualTo("seller");
        assertThat(state.assignments()).singleElement().satisfies(a -> assertThat(a.department()).isNull());
    }

    @Test
    void awayAndOfflineAgentsGetNothingNewButKeepTheirChats() {
        dispatcher.dispatch(agent("a1", ONLINE, 3, List.of("sales"), T0));
        UUID kept = UUID.randomUUID();
        dispatcher.dispatch(queued(kept, "sales", T0));
        assertThat(state.agentOf(kept)).isEqualTo("a1");

        dispatcher.dispatch(agent("a1", AWAY, 3, List.of("sales"), T0.plusSeconds(1)));
        UUID waiting = UUID.randomUUID();
        dispatcher.dispatch(queued(waiting, "sales", T0.plusSeconds(2)));
        assertThat(state.status(waiting)).isEqualTo("WAITING");

        dispatcher.dispatch(agent("a1", OFFLINE, 3, List.of("sales"), T0.plusSeconds(3)));
        assertThat(state.status(waiting)).isEqualTo("WAITING");
        assertThat(state.status(kept)).isEqualTo("ASSIGNED");
        assertThat(state.active("a1")).isEqualTo(1);

        dispatcher.dispatch(agent("a1", ONLINE, 3, List.of("sales"), T0.plusSeconds(4)));
        assertThat(state.agentOf(waiting)).isEqualTo("a1");
        assertThat(state.active("a1")).isEqualTo(2);
    }

    @Test
    void endingAnAssignedConversationFreesCapacityAndAssignsTheNextWaitingAtOnce() {
        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0));
        UUID first = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        dispatcher.dispatch(queued(first, "sales", T0));
        dispatcher.dispatch(queued(next, "sales", T0.plusSeconds(1)));
        assertThat(state.status(next)).isEqualTo("WAITING");

        // the customer ended before chat-service heard of the assignment: the event names no agent
        dispatcher.dispatch(ended(first, null, T0.plusSeconds(5)));

        assertThat(state.status(first)).isEqualTo("ENDED");
        assertThat(state.agentOf(next)).isEqualTo("a1");
        assertThat(state.active("a1")).isEqualTo(1);
        assertThat(state.assignments()).extracting(ConversationAssigned::conversationId).containsExactly(first, next);
    }

    @Test
    void endingAWaitingConversationMovesTheOthersUp() {
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        dispatcher.dispatch(queued(c1, "sales", T0));
        dispatcher.dispatch(queued(c2, "sales", T0.plusSeconds(1)));
        dispatcher.dispatch(queued(c3, "sales", T0.plusSeconds(2)));
        assertThat(state.lastPositions()).isEqualTo(Map.of(c1, 1, c2, 2, c3, 3));

        dispatcher.dispatch(ended(c1, null, T0.plusSeconds(3)));

        assertThat(state.status(c1)).isEqualTo("ENDED");
        assertThat(state.lastPositions()).isEqualTo(Map.of(c2, 1, c3, 2));
        assertThat(state.assignments()).isEmpty();
    }

    @Test
    void newlyQueuedConversationAloneWithNoFreeAgentIsToldPositionOne() {
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "customer-9", "sales", Priority.LOW, T0));

        assertThat(state.positionEvents()).singleElement().satisfies(event -> assertThat(event.positions())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.conversationId()).isEqualTo(conversation);
                    assertThat(p.customerId()).isEqualTo("customer-9");
                    assertThat(p.position()).isEqualTo(1);
                }));
    }

    @Test
    void positionsListOnlyTheConversationsWhosePositionChanged() {
        UUID sales = UUID.randomUUID();
        UUID support = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        dispatcher.dispatch(queued(sales, "sales", T0));
        dispatcher.dispatch(queued(support, "support", T0.plusSeconds(1)));
        dispatcher.dispatch(queued(later, "sales", T0.plusSeconds(2)));

        assertThat(state.positionEvents()).extracting(e -> e.positions().stream()
                        .map(p -> p.conversationId()).toList())
                .containsExactly(List.of(sales), List.of(support), List.of(later));
        assertThat(state.lastPositions()).isEqualTo(Map.of(sales, 1, support, 1, later, 2));
    }

    @Test
    void duplicateEventIdIsHandledOnce() {
        dispatcher.dispatch(agent("a1", ONLINE, 2, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();
        var queuedEvent = queued(conversation, "sales", T0);
        dispatcher.dispatch(queuedEvent);
        dispatcher.dispatch(queuedEvent);
        // chat-service re-sending the same fact under a new event id changes nothing either
        dispatcher.dispatch(queued(conversation, "sales", T0));
        assertThat(state.assignments()).hasSize(1);
        assertThat(state.active("a1")).isEqualTo(1);

        var endedEvent = ended(conversation, "a1", T0.plusSeconds(1));
        dispatcher.dispatch(endedEvent);
        dispatcher.dispatch(endedEvent);
        dispatcher.dispatch(ended(conversation, "a1", T0.plusSeconds(2)));

        assertThat(state.active("a1")).isZero();
        assertThat(state.count("select count(*) from processed_events")).isEqualTo(5);
    }

    @Test
    void conversationEndedBeforeItWasQueuedNeverEntersTheLine() {
        dispatcher.dispatch(agent("a1", ONLINE, 2, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();

        dispatcher.dispatch(ended(conversation, null, T0.plusSeconds(1)));
        dispatcher.dispatch(queued(conversation, "sales", T0));

        assertThat(state.status(conversation)).isEqualTo("ENDED");
        assertThat(state.assignments()).isEmpty();
        assertThat(state.active("a1")).isZero();
    }

    @Test
    void loweredCapacityKeepsChatsAndAssignsOnlyOnceActiveIsBelowIt() {
        dispatcher.dispatch(agent("a1", ONLINE, 2, List.of("sales"), T0));
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        dispatcher.dispatch(queued(c1, "sales", T0));
        dispatcher.dispatch(queued(c2, "sales", T0.plusSeconds(1)));
        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0.plusSeconds(2)));
        dispatcher.dispatch(queued(c3, "sales", T0.plusSeconds(3)));
        assertThat(state.active("a1")).isEqualTo(2);

        dispatcher.dispatch(ended(c1, "a1", T0.plusSeconds(4)));
        assertThat(state.status(c3)).isEqualTo("WAITING");
        assertThat(state.active("a1")).isEqualTo(1);

        dispatcher.dispatch(ended(c2, "a1", T0.plusSeconds(5)));
        assertThat(state.agentOf(c3)).isEqualTo("a1");
        assertThat(state.active("a1")).isEqualTo(1);
    }

    @Test
    void olderStatusChangeArrivingLateIsIgnored() {
        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0.plusSeconds(10)));
        dispatcher.dispatch(agent("a1", OFFLINE, 1, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();

        dispatcher.dispatch(queued(conversation, "sales", T0.plusSeconds(11)));

        assertThat(state.agentOf(conversation)).isEqualTo("a1");
    }

    @Test
    void sweepAssignsWhatNoHandlerAssigned() {
        jdbc.update("""
                insert into agents (agent_id, display_name, status, capacity, departments, status_changed_at)
                values ('a1', 'Ann', 'ONLINE', 1, '{sales}', now())""");
        UUID conversation = UUID.randomUUID();
        jdbc.update("""
                insert into queue_entries (conversation_id, customer_id, department, priority, status, enqueued_at)
                values (?, 'c1', 'sales', 1, 'WAITING', now())""", conversation);

        assertThat(queue.sweep()).isEqualTo(1);

        assertThat(state.agentOf(conversation)).isEqualTo("a1");
        assertThat(state.assignments()).singleElement().satisfies(a -> {
            assertThat(a.agentName()).isEqualTo("Ann");
            assertThat(a.customerId()).isEqualTo("c1");
            assertThat(a.department()).isEqualTo("sales");
        });
        assertThat(queue.sweep()).isZero();
    }

    @Test
    void aConversationIsLocatedWithItsPositionOnlyWhileItWaits() {
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID general = UUID.randomUUID();
        dispatcher.dispatch(queued(c1, "sales", T0));
        dispatcher.dispatch(queued(c2, "sales", T0.plusSeconds(1)));
        dispatcher.dispatch(queued(general, null, T0.plusSeconds(2)));
        Caller boss = new Caller("boss", Set.of("SUPERVISOR"), List.of(), "Boss");

        assertThat(view.conversation(boss, c2.toString()).position()).isEqualTo(2);
        assertThat(view.overview(boss).waiting())
                .extracting(w -> w.conversationId(), w -> w.position())
                .containsExactly(tuple(general, 1), tuple(c1, 1), tuple(c2, 2));

        dispatcher.dispatch(agent("a1", ONLINE, 3, List.of("sales"), T0));

        assertThat(view.conversation(boss, c2.toString())).satisfies(v -> {
            assertThat(v.position()).isNull();
            assertThat(v.agentId()).isEqualTo("a1");
        });
        assertThatThrownBy(() -> view.conversation(boss, UUID.randomUUID().toString()))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(view.overview(boss).waiting()).isEmpty();
    }
}
