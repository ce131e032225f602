package io.parley.queue.assignment;

import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.ConversationQueued;
import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.Priority;
import io.parley.kit.events.EventCodec;
import io.parley.kit.events.EventDispatcher;
import io.parley.kit.security.Caller;
import io.parley.queue.rules.RuleSet;
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

/** The active rules decide a new conversation's lane, priority and skills from its facts and the VIP flag. */
@SpringBootTest
@Import(TestRules.Config.class)
class QueuedRoutingIntegrationTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final Caller BOSS = new Caller("boss", Set.of("ADMIN"), List.of(), "Boss");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, RUN.properties());
    }

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    QueueView view;

    @Autowired
    TestRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventCodec codec;

    QueueState state;
    Instant now;

    @BeforeEach
    void refundsAreBillingForSales() {
        state = new QueueState(jdbc, codec);
        state.clear();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RuleSet.Rule refunds = new RuleSet.Rule("refunds are billing",
                new RuleSet.Condition(List.of("support"), List.of("refund"), null, null, null, null, null),
                new RuleSet.Action(Priority.HIGH, "sales", List.of("billing")));
        RuleSet.Rule vips = new RuleSet.Rule("vip speaks english",
                new RuleSet.Condition(null, null, true, null, null, null, null),
                new RuleSet.Action(null, null, List.of("english")));
        rules.set(new RuleSet(Map.of(), new RuleSet.Aging(600), Priority.URGENT, List.of(refunds, vips), List.of(),
                new RuleSet.Requeue(300, 60)));
    }

    @Test
    void matchingRulesMoveTheConversationAndTheDecisionRecordsThem() {
        dispatcher.dispatch(customer("c-vip", true, now));
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(EventEnvelope.of(new ConversationQueued(conversation, "c-vip", "support", null, now,
                List.of("German"), "ceo@bigcorp.com", "web", "I want a REFUND please")));

        assertThat(view.overview(BOSS).waiting()).singleElement().satisfies(w -> {
            assertThat(w.department()).isEqualTo("sales");
            assertThat(w.priority()).isEqualTo(Priority.HIGH);
            assertThat(w.vip()).isTrue();
            assertThat(w.effectivePriority()).as("VIP: URGENT").isEqualTo(3);
            assertThat(w.skills()).containsExactly("german", "billing", "english");
        });
        assertThat(jdbc.queryForObject("select rules_version from queue_entries where conversation_id = ?", Long.class,
                conversation)).isEqualTo(rules.current().version());

        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of("german", "billing"), now));
        assertThat(state.status(conversation)).as("ann lacks english").isEqualTo("WAITING");
        dispatcher.dispatch(agent("ann", ONLINE, 2, List.of("sales"), List.of("german", "billing", "english"),
                now.plusSeconds(1)));

        assertThat(view.assignments(BOSS, conversation.toString())).singleElement().satisfies(d -> {
            assertThat(d.matchedRules()).containsExactly("refunds are billing", "vip speaks english");
            assertThat(d.rulesVersion()).isEqualTo(rules.current().version());
            assertThat(d.department()).isEqualTo("sales");
            assertThat(d.vip()).isTrue();
            assertThat(d.kind()).isEqualTo("AUTOMATIC");
        });
    }

    @Test
    void aConversationNoRuleMatchesKeepsItsOwnFacts() {
        UUID conversation = UUID.randomUUID();
        dispatcher.dispatch(EventEnvelope.of(new ConversationQueued(conversation, "c1", "support", Priority.LOW, now,
                List.of(), null, "ios", "where is my parcel")));

        assertThat(view.overview(BOSS).waiting()).singleElement().satisfies(w -> {
            assertThat(w.department()).isEqualTo("support");
            assertThat(w.priority()).isEqualTo(Priority.LOW);
            assertThat(w.skills()).isEmpty();
            assertThat(w.vip()).isFalse();
        });
    }
}
