package io.parley.queue.assignment;

import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.ConversationAssigned;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.queue.support.QueueState;
import io.parley.queue.support.QueueTestRun;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A reopened conversation: chat-service publishes {@code conversation.queued} again for an ended one. */
@SpringBootTest
class ReopenIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    @Autowired
    DecisionLog decisions;

    QueueState state;

    @BeforeEach
    void emptyLine() {
        state = new QueueState(jdbc, codec);
        state.clear();
    }

    @Test
    void aReopenedConversationWaitsAgainAsAFreshEntryKeepingItsDecisions() {
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "sales", T0));
        dispatcher.dispatch(ended(conversation, null, T0.plusSeconds(10)));
        assertThat(state.status(conversation)).isEqualTo("ENDED");

        dispatcher.dispatch(queued(conversation, "sales", T0.plusSeconds(20)));

        assertThat(state.status(conversation)).isEqualTo("WAITING");
        assertThat(state.lastPositions()).containsEntry(conversation, 1);
        assertThat(state.count("select count(*) from queue_entries where conversation_id = ? and ended_at is null"
                + " and enqueued_at = ?", conversation, java.sql.Timestamp.from(T0.plusSeconds(20)))).isEqualTo(1);
    }

    @Test
    void theAgentWhoHadItMayGetItAgainAndEarlierDecisionsStay() {
        dispatcher.dispatch(agent("a1", ONLINE, 1, List.of("sales"), T0));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "sales", T0));
        assertThat(state.agentOf(conversation)).isEqualTo("a1");
        dispatcher.dispatch(ended(conversation, "a1", T0.plusSeconds(10)));
        assertThat(state.active("a1")).isZero();

        dispatcher.dispatch(queued(conversation, "sales", T0.plusSeconds(20)));

        assertThat(state.status(conversation)).isEqualTo("ASSIGNED");
        assertThat(state.agentOf(conversation)).isEqualTo("a1");
        assertThat(state.active("a1")).isEqualTo(1);
        assertThat(state.assignments()).extracting(ConversationAssigned::conversationId)
                .containsExactly(conversation, conversation);
        assertThat(decisions.of(conversation)).hasSize(2)
                .allSatisfy(d -> assertThat(d.agentId()).isEqualTo("a1"));
    }

    @Test
    void aLateCopyOfTheFirstQueuedEventDoesNotReopen() {
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "sales", T0));
        dispatcher.dispatch(ended(conversation, null, T0.plusSeconds(10)));

        dispatcher.dispatch(queued(conversation, "sales", T0));

        assertThat(state.status(conversation)).isEqualTo("ENDED");
        assertThat(state.lastPositions()).doesNotContainKey(conversation);
    }

    @Test
    void aReopenOfAConversationStillInLineChangesNothing() {
        UUID conversation = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        dispatcher.dispatch(queued(conversation, "sales", T0));
        dispatcher.dispatch(queued(other, "sales", T0.plusSeconds(1)));

        dispatcher.dispatch(queued(conversation, "sales", T0.plusSeconds(30)));

        assertThat(state.lastPositions()).isEqualTo(Map.of(conversation, 1, other, 2));
    }
}
