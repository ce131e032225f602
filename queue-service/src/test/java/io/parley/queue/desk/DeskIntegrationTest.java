package io.parley.queue.desk;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.contracts.events.ConversationTransferred;
import io.parley.contracts.events.EventTypes;
import io.parley.contracts.events.Priority;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.kit.security.Caller;
import io.parley.queue.assignment.Decision;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.rules.RuleSet;
import io.parley.queue.rules.RuleSet.DepartmentPolicy;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
import io.parley.queue.support.TestRules;
import io.parley.queue.view.ConversationView;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.ResponseStatusException;

/** Take, assign, transfer and priority against the real PostgreSQL, with the events they cause. */
@SpringBootTest
@Import(TestRules.Config.class)
class DeskIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    static final Caller BOSS = new Caller("boss", Set.of("SUPERVISOR"), List.of(), "Boss");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    DeskService desk;

    @Autowired
    QueueView view;

    @Autowired
    TestRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    QueueState state;

    @BeforeEach
    void emptyLineAndSalesIsManual() {
        state = new QueueState(jdbc, codec);
        state.clear();
        rules.set(TestRules.rules(Map.of("sales", new DepartmentPolicy(RuleSet.Strategy.MOST_SPARE_CAPACITY,
                RuleSet.Mode.MANUAL, RuleSet.WhenNoAgentOnline.WAIT, null)), 600, List.of(), 300, 60));
    }

    static Caller agentCaller(String id, String... departments) {
        return new Caller(id, Set.of("AGENT"), List.of(departments), "Agent " + id);
    }

    @Test
    void anAgentTakesAConversationFromAManualDepartment() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of("billing"), T0));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        dispatcher.dispatch(queued(first, "c1", "sales", Priority.MEDIUM, T0, List.of("billing")));
        dispatcher.dispatch(queued(second, "c2", "sales", Priority.MEDIUM, T0.plusSeconds(1), List.of()));
        assertThat(state.status(first)).as("manual: nobody assigns it").isEqualTo("WAITING");
        assertThat(view.available(agentCaller("ann", "sales"))).extracting(w -> w.conversationId())
                .containsExactly(first, second);

        ConversationView taken = desk.take(agentCaller("ann", "sales"), second.toString());

        assertThat(taken.status()).isEqualTo(EntryStatus.ASSIGNED);
        assertThat(taken.agentId()).isEqualTo("ann");
        assertThat(state.assignments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ConversationAssigned.TAKEN);
            assertThat(a.previousAgentId()).isNull();
        });
        assertThat(state.lastPositions()).isEqualTo(Map.of(first, 1));
        assertThat(view.assignments(BOSS, second.toString())).singleElement()
                .extracting(Decision::kind, Decision::agentId)
                .containsExactly("TAKEN", "ann");
    }

    @Test
    void takingIsRefusedWithTheReasonAndChangesNothing() {
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of(), T0));
        dispatcher.dispatch(agent("bob", AWAY, 1, List.of("sales"), List.of("billing"), T0));
        UUID billing = UUID.randomUUID();
        UUID support = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        dispatcher.dispatch(queued(billing, "c1", "sales", Priority.MEDIUM, T0, List.of("billing")));
        dispatcher.dispatch(queued(support, "c2", "support", Priority.MEDIUM, T0, List.of()));
        dispatcher.dispatch(queued(plain, "c3", "sales", Priority.MEDIUM, T0, List.of()));
        int events = state.types().size();

        assertConflict(() -> desk.take(agentCaller("ann", "sales"), billing.toString()), "you lack the skill billing");
        assertConflict(() -> desk.take(agentCaller("bob", "sales"), billing.toString()), "you are not ONLINE (AWAY)");
        assertConflict(() -> desk.take(agentCaller("ann", "support"), support.toString()),
                "its department assigns automatically: it cannot be taken by hand");
        assertConflict(() -> desk.take(agentCaller("zed", "sales"), plain.toString()),
                "you are not ONLINE (queue-service has no status for you yet)");
        assertStatus(() -> desk.take(agentCaller("ann", "billing"), support.toString()), 404);
        assertThat(state.types()).as("refusals add no events").hasSize(events);
        desk.take(agentCaller("ann", "sales"), plain.toString());
        assertConflict(() -> desk.take(agentCaller("ann", "sales"), plain.toString()),
                "the conversation is not waiting (it is ASSIGNED)");

        assertThat(state.status(billing)).isEqualTo("WAITING");
        assertThat(state.active("ann")).isEqualTo(1);
        assertThat(state.assignments()).singleElement().extracting(ConversationAssigned::conversationId).isEqualTo(plain);
    }

    @Test
    void aSupervisorAssignsAWaitingConversationAndMovesAnAssignedOne() {
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of(), T0));
        dispatcher.dispatch(agent("bob", ONLINE, 1, List.of("sales"), List.of(), T0));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, T0, List.of()));

        desk.assign(BOSS, conversation.toString(), "ann");
        ConversationView moved = desk.assign(BOSS, conversation.toString(), "bob");

        assertThat(moved.agentId()).isEqualTo("bob");
        assertThat(state.active("ann")).isZero();
        assertThat(state.active("bob")).isEqualTo(1);
        assertThat(state.assignments()).extracting(ConversationAssigned::agentId, ConversationAssigned::previousAgentId,
                        ConversationAssigned::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ann", null, "SUPERVISOR"),
                        org.assertj.core.groups.Tuple.tuple("bob", "ann", "SUPERVISOR"));
        assertThat(view.assignments(BOSS, conversation.toString())).extracting(Decision::previousAgentId)
                .containsExactly(null, "ann");
        assertConflict(() -> desk.assign(BOSS, conversation.toString(), "bob"),
                "the conversation is already assigned to that agent");
        assertStatus(() -> desk.assign(BOSS, conversation.toString(), "nobody"), 404);
        dispatcher.dispatch(ended(conversation, "bob", T0.plusSeconds(5)));
        assertConflict(() -> desk.assign(BOSS, conversation.toString(), "ann"), "the conversation has ended");
    }

    @Test
    void assigningToAnAgentWhoCannotTakeItIsAConflictThatSaysWhy() {
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of(), T0));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        dispatcher.dispatch(queued(first, "c1", "sales", Priority.MEDIUM, T0, List.of()));
        dispatcher.dispatch(queued(second, "c2", "support", Priority.MEDIUM, T0, List.of()));

        assertConflict(() -> desk.assign(BOSS, second.toString(), "ann"), "Agent ann is not in the department support");
        desk.assign(BOSS, first.toString(), "ann");
        assertConflict(() -> desk.assign(BOSS, first.toString().toUpperCase(), "ann"),
                "the conversation is already assigned to that agent");
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales", "support"), List.of(), T0.plusSeconds(1)));
        assertConflict(() -> desk.assign(BOSS, second.toString(), "ann"), "Agent ann is at capacity");
        assertThat(state.status(second)).isEqualTo("WAITING");
    }

    @Test
    void transferToAnAgentMovesItAtOnceWithTheNote() {
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of(), T0));
        dispatcher.dispatch(agent("bob", ONLINE, 2, List.of("sales"), List.of("billing"), T0));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, T0, List.of()));
        desk.take(agentCaller("ann", "sales"), conversation.toString());
        int before = state.types().size();

        ConversationView view = desk.transfer(agentCaller("ann", "sales"), conversation.toString(), "bob", null,
                "wants a refund");

        assertThat(view.agentId()).isEqualTo("bob");
        assertThat(state.types().subList(before, state.types().size())).containsExactly(
                EventTypes.CONVERSATION_TRANSFERRED, EventTypes.CONVERSATION_ASSIGNED);
        assertThat(state.payloads(EventTypes.CONVERSATION_TRANSFERRED, ConversationTransferred.class)).singleElement()
                .satisfies(t -> {
                    assertThat(t.fromAgentId()).isEqualTo("ann");
                    assertThat(t.toAgentId()).isEqualTo("bob");
                    assertThat(t.toAgentName()).isEqualTo("Agent bob");
                    assertThat(t.toDepartment()).isNull();
                    assertThat(t.note()).isEqualTo("wants a refund");
                    assertThat(t.byId()).isEqualTo("ann");
                });
        assertThat(state.assignments().getLast()).satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ConversationAssigned.TRANSFER);
            assertThat(a.previousAgentId()).isEqualTo("ann");
        });
        assertThat(state.active("ann")).isZero();
        assertThat(state.active("bob")).isEqualTo(1);
    }

    @Test
    void transferIsRefusedWhenTheTargetCannotTakeItOrTheCallerMayNot() {
        dispatcher.dispatch(agent("ann", ONLINE, 1, List.of("sales"), List.of("billing"), T0));
        dispatcher.dispatch(agent("bob", ONLINE, 2, List.of("sales"), List.of(), T0));
        dispatcher.dispatch(agent("cid", AWAY, 2, List.of("sales"), List.of("billing"), T0));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, T0, List.of("billing")));
        desk.take(agentCaller("ann", "sales"), conversation.toString());
        int before = state.types().size();
        Caller ann = agentCaller("ann", "sales");

        assertConflict(() -> desk.transfer(ann, conversation.toString(), "bob", null, null),
                "Agent bob lacks the skill billing");
        assertConflict(() -> desk.transfer(ann, conversation.toString(), "cid", null, null),
                "Agent cid is not ONLINE (AWAY)");
        assertConflict(() -> desk.transfer(ann, conversation.toString(), "ann", null, null),
                "the conversation is already assigned to that agent");
        assertStatus(() -> desk.transfer(ann, conversation.toString(), null, "nowhere", null), 400);
        assertStatus(() -> desk.transfer(ann, conversation.toString(), "ghost", null, null), 404);
        assertStatus(() -> desk.transfer(agentCaller("bob", "sales"), conversation.toString(), "bob", null, null), 404);

        assertThat(state.agentOf(conversation)).isEqualTo("ann");
        assertThat(state.types()).hasSize(before);
        UUID waiting = UUID.randomUUID();
        dispatcher.dispatch(queued(waiting, "c2", "sales", Priority.MEDIUM, T0, List.of()));
        assertConflict(() -> desk.transfer(BOSS, waiting.toString(), "bob", null, null),
                "the conversation is not assigned (it is WAITING)");
        assertThatThrownBy(() -> desk.transfer(new Caller("ann", Set.of("AGENT"), List.of("sales"), "x"),
                        waiting.toString(), "bob", null, null))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void transferToADepartmentPutsItAtTheFrontOfThatLaneAndAvoidsTheAgentWhoTransferredIt() {
        dispatcher.dispatch(agent("ann", ONLINE, 3, List.of("sales", "support"), List.of(), T0));
        UUID older = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(older, "c0", "support", Priority.URGENT, T0, List.of()));
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales", "support"), List.of(), T0.plusSeconds(1)));
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, T0, List.of()));
        desk.take(agentCaller("ann", "sales"), conversation.toString());
        assertThat(state.agentOf(older)).isEqualTo("ann");
        dispatcher.dispatch(agent("ann", AWAY, 2, List.of("sales", "support"), List.of(), T0.plusSeconds(2)));
        UUID waitingUrgent = UUID.randomUUID();
        dispatcher.dispatch(queued(waitingUrgent, "c2", "support", Priority.URGENT, T0.plusSeconds(3), List.of()));

        ConversationView view = desk.transfer(agentCaller("ann", "sales"), conversation.toString(), null, "support",
                "needs a technician");

        assertThat(view.status()).isEqualTo(EntryStatus.WAITING);
        assertThat(view.department()).isEqualTo("support");
        assertThat(view.position()).as("in front of the urgent one").isEqualTo(1);
        assertThat(state.payloads(EventTypes.CONVERSATION_TRANSFERRED, ConversationTransferred.class)).singleElement()
                .satisfies(t -> assertThat(t.toDepartment()).isEqualTo("support"));
        assertThat(state.active("ann")).isEqualTo(1);

        dispatcher.dispatch(agent("dee", ONLINE, 1, List.of("support"), List.of(), T0.plusSeconds(4)));
        assertThat(state.agentOf(conversation)).as("the front of the lane goes first").isEqualTo("dee");
        dispatcher.dispatch(agent("ann", ONLINE, 3, List.of("sales", "support"), List.of(), T0.plusSeconds(5)));
        assertThat(state.agentOf(waitingUrgent)).isEqualTo("ann");
    }

    @Test
    void theAgentWhoTransferredItGetsItBackOnlyWhenNobodyElseCould() {
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales", "support"), List.of(), T0));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "c1", "sales", Priority.MEDIUM, T0, List.of()));
        desk.take(agentCaller("ann", "sales"), conversation.toString());

        desk.transfer(agentCaller("ann", "sales"), conversation.toString(), null, "support", null);

        assertThat(state.agentOf(conversation)).as("nobody else is online").isEqualTo("ann");
        assertThat(state.assignments().getLast().kind()).isEqualTo(ConversationAssigned.AUTOMATIC);
        assertThat(view.assignments(BOSS, conversation.toString()).getLast().candidates())
                .singleElement().satisfies(c -> assertThat(c.eligible()).isTrue());
    }

    @Test
    void priorityChangesReorderTheLaneAtOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        dispatcher.dispatch(agent("ann", AWAY, 1, List.of("support"), List.of(), T0));
        dispatcher.dispatch(queued(first, "c1", "support", Priority.MEDIUM, T0, List.of()));
        dispatcher.dispatch(queued(second, "c2", "support", Priority.MEDIUM, T0.plusSeconds(1), List.of()));

        ConversationView raised = desk.priority(agentCaller("ann", "support"), second.toString(), Priority.HIGH);

        assertThat(raised.priority()).isEqualTo(Priority.HIGH);
        assertThat(raised.position()).isEqualTo(1);
        assertThat(state.lastPositions()).isEqualTo(Map.of(second, 1, first, 2));
        assertStatus(() -> desk.priority(agentCaller("bob", "sales"), second.toString(), Priority.LOW), 404);
        assertThatThrownBy(() -> desk.priority(new Caller("c2", Set.of("CUSTOMER"), List.of(), "x"), second.toString(),
                        Priority.URGENT))
                .isInstanceOf(AccessDeniedException.class);
        dispatcher.dispatch(ended(first, null, T0.plusSeconds(2)));
        assertConflict(() -> desk.priority(BOSS, first.toString(), Priority.LOW), "the conversation has ended");
        assertThat(desk.priority(BOSS, second.toString(), Priority.LOW).priority()).isEqualTo(Priority.LOW);
    }

    static void assertConflict(Runnable call, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ResponseStatusException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(409);
            assertThat(e.getReason()).isEqualTo(detail);
        });
    }

    static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(status));
    }
}
