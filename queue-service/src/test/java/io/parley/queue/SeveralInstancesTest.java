package io.parley.queue;

import static io.parley.contracts.events.AgentStatus.AWAY;
import static io.parley.contracts.events.AgentStatus.OFFLINE;
import static io.parley.contracts.events.AgentStatus.ONLINE;
import static io.parley.queue.support.Events.agent;
import static io.parley.queue.support.Events.ended;
import static io.parley.queue.support.Events.queued;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.EventEnvelope;
import io.parley.contracts.events.Priority;
import io.parley.kit.events.EventDispatcher;
import io.parley.queue.assignment.QueueService;
import io.parley.kit.security.Caller;
import io.parley.queue.support.QueueTestRun;
import io.parley.queue.view.QueueView;
import io.parley.testsupport.TestProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two queue-service instances (two application contexts, each with its own connection pool) on one schema,
 * hammered concurrently with events and sweeps. Asserted in SQL: no agent ever over capacity, no conversation
 * assigned twice, only to agents of its department, nothing assignable left waiting, nothing lost.
 */
class SeveralInstancesTest {
    static final QueueTestRun RUN = QueueTestRun.create();
    static final List<String> DEPARTMENTS = List.of("sales", "support");
    static final int AGENTS = 16;
    static final int CONVERSATIONS = 240;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    /** A queue-service instance on {@code run}; command-line arguments win over application.yml. */
    static ConfigurableApplicationContext start(QueueTestRun run, Map<String, String> overrides) {
        Map<String, Object> properties = TestProperties.merge(run.properties(), overrides);
        return new SpringApplicationBuilder(QueueServiceApplication.class).run(TestProperties.arguments(properties));
    }

    @BeforeAll
    static void startTwoInstances() {
        first = start(RUN, Map.of("parley.queue.sweep-millis", "50"));
        second = start(RUN, Map.of("parley.queue.sweep-millis", "50"));
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
    }

    @Test
    void severalInstancesNeverDoubleAssignNorOverfillAnAgent() throws Exception {
        Random random = new Random(42);
        JdbcTemplate sql = first.getBean(JdbcTemplate.class);
        List<EventDispatcher> instances =
                List.of(first.getBean(EventDispatcher.class), second.getBean(EventDispatcher.class));
        Instant t0 = Instant.now();

        List<Runnable> work = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            String id = "agent-" + a;
            int capacity = 1 + random.nextInt(3);
            List<String> departments = a % 3 == 0 ? DEPARTMENTS : List.of(DEPARTMENTS.get(a % 2));
            List<String> skills = a % 4 == 0 ? List.of("german") : a % 4 == 1 ? List.of("german", "billing") : List.of();
            // one agent's changes in the order user-service makes them; the last leaves it ONLINE
            work.add(() -> {
                int step = 0;
                for (var status : List.of(OFFLINE, ONLINE, AWAY, ONLINE, OFFLINE, ONLINE)) {
                    send(instances, agent(id, status, capacity, departments, skills, t0.plusMillis(step++)), true);
                }
            });
        }
        List<UUID> conversations = new ArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            UUID id = UUID.randomUUID();
            conversations.add(id);
            String department = c % 10 == 0 ? null : DEPARTMENTS.get(c % 2);
            Priority priority = Priority.values()[c % 4];
            List<String> skills = c % 7 == 0 ? List.of("german") : c % 11 == 0 ? List.of("billing") : List.of();
            var event = queued(id, "customer-" + c, department, priority, t0.plusMillis(c), skills);
            boolean duplicated = c % 5 == 0;
            work.add(() -> send(instances, event, duplicated));
        }
        Collections.shuffle(work, random);

        AtomicBoolean hammering = new AtomicBoolean(true);
        AtomicInteger violations = new AtomicInteger();
        Thread watcher = watchCapacity(sql, hammering, violations);
        run(work);

        // second round: end every assigned conversation and a few waiting ones while new ones arrive
        List<Runnable> more = new ArrayList<>();
        List<UUID> assigned = sql.queryForList(
                "select conversation_id from queue_entries where status = 'ASSIGNED'", UUID.class);
        for (UUID id : assigned) {
            more.add(() -> send(instances, ended(id, null, Instant.now()), true));
        }
        List<UUID> waiting = sql.queryForList(
                "select conversation_id from queue_entries where status = 'WAITING' limit 20", UUID.class);
        for (UUID id : waiting) {
            more.add(() -> send(instances, ended(id, null, Instant.now()), false));
        }
        for (int c = 0; c < CONVERSATIONS / 2; c++) {
            UUID id = UUID.randomUUID();
            conversations.add(id);
            var event = queued(id, DEPARTMENTS.get(c % 2), t0.plusSeconds(60).plusMillis(c));
            more.add(() -> send(instances, event, false));
        }
        Collections.shuffle(more, random);
        run(more);
        hammering.set(false);
        watcher.join();
        first.getBean(QueueService.class).sweep();
        second.getBean(QueueService.class).sweep();

        assertThat(violations).as("times an agent was seen over capacity").hasValue(0);
        assertThat(assigned).as("the first round assigned something").isNotEmpty();
        assertThat(sql.queryForObject("select count(*) from queue_entries where conversation_id = any(?)", Integer.class,
                        (Object) conversations.toArray(UUID[]::new)))
                .as("every conversation is in the line").isEqualTo(conversations.size());
        assertThat(sql.queryForList("""
                select conversation_id from queue_entries
                where conversation_id = any(?) and status <> 'ENDED'""", UUID.class, (Object) assigned.toArray(UUID[]::new)))
                .as("ended conversations stay ended").isEmpty();
        assertThat(sql.queryForList("""
                select a.agent_id from agents a
                where a.active > a.capacity
                   or a.active <> (select count(*) from queue_entries e where e.agent_id = a.agent_id and e.status = 'ASSIGNED')
                """, String.class))
                .as("agents over capacity or with a wrong active count").isEmpty();
        assertThat(sql.queryForList("""
                select envelope->'payload'->>'conversationId' from outbox where type = 'conversation.assigned'
                group by 1 having count(*) > 1""", String.class))
                .as("conversations assigned more than once").isEmpty();
        assertThat(sql.queryForObject("select count(*) from outbox where type = 'conversation.assigned'", Integer.class))
                .as("one event per decision, one decision per assigned conversation (nothing was requeued here)")
                .isEqualTo(sql.queryForObject("select count(*) from assignment_decisions", Integer.class))
                .isEqualTo(sql.queryForObject("select count(*) from queue_entries where agent_id is not null", Integer.class))
                .isGreaterThan(assigned.size());
        assertThat(sql.queryForList("""
                select e.conversation_id from queue_entries e join agents a on a.agent_id = e.agent_id
                where e.department is not null and not e.department = any(a.departments)""", UUID.class))
                .as("assigned outside the agent's departments").isEmpty();
        assertThat(sql.queryForList("""
                select e.conversation_id from queue_entries e join agents a on a.agent_id = e.agent_id
                where not e.skills <@ a.skills""", UUID.class))
                .as("assigned to an agent lacking a skill").isEmpty();
        assertThat(sql.queryForList("""
                select e.conversation_id from queue_entries e where e.status = 'WAITING' and exists (
                    select 1 from agents a where a.status = 'ONLINE' and a.active < a.capacity
                    and (e.department is null or e.department = any(a.departments)) and e.skills <@ a.skills)""",
                        UUID.class))
                .as("waiting although an agent is free").isEmpty();
        assertThat(sql.queryForObject("select count(*) from queue_entries where cardinality(skills) > 0 and agent_id is not null",
                        Integer.class))
                .as("conversations needing a skill were assigned too").isPositive();
    }

    @Test
    void agentsComingOnlineAtOnceOnBothInstancesTakeEachLaneInLineOrder() throws Exception {
        JdbcTemplate sql = first.getBean(JdbcTemplate.class);
        List<EventDispatcher> instances =
                List.of(first.getBean(EventDispatcher.class), second.getBean(EventDispatcher.class));
        Random random = new Random(7);
        String lane = "orders-" + UUID.randomUUID();
        // only this test's line: what another test left waiting (no department) would compete for the clerks
        sql.update("update queue_entries set status = 'ENDED', ended_at = now() where status = 'WAITING'");
        Instant t0 = Instant.now();
        List<Runnable> queueing = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            var event = queued(UUID.randomUUID(), "buyer-" + c, lane, Priority.values()[random.nextInt(4)],
                    t0.plusMillis(random.nextInt(5_000)));
            queueing.add(() -> send(instances, event, random.nextBoolean()));
        }
        run(queueing);
        List<UUID> lineOrder = sql.queryForList("""
                select conversation_id from queue_entries where department = ? and status = 'WAITING'
                order by priority desc, enqueued_at, conversation_id""", UUID.class, lane);

        List<Runnable> online = new ArrayList<>();
        int capacity = 0;
        for (int a = 0; a < 12; a++) {
            int agentCapacity = 1 + a % 3;
            capacity += agentCapacity;
            var event = agent("clerk-" + a + "-" + lane, ONLINE, agentCapacity, List.of(lane), List.of(), Instant.now());
            online.add(() -> send(instances, event, true));
        }
        run(online);

        List<UUID> assignedInOrder = sql.queryForList("""
                select d.conversation_id from assignment_decisions d where d.department = ? order by d.id""",
                UUID.class, lane);
        assertThat(assignedInOrder).as("the first in line, in line order, as many as there are places")
                .isEqualTo(lineOrder.subList(0, capacity));
    }

    @Test
    void waitingCustomersSurviveARestartAndTheSweepPicksThemUp() throws Exception {
        QueueTestRun run = QueueTestRun.create();
        List<UUID> line = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant t0 = Instant.now();
        try (ConfigurableApplicationContext before = start(run, Map.of())) {
            EventDispatcher dispatcher = before.getBean(EventDispatcher.class);
            for (int i = 0; i < line.size(); i++) {
                dispatcher.dispatch(queued(line.get(i), "sales", t0.plusSeconds(i)));
            }
        }
        try (ConfigurableApplicationContext after = start(run, Map.of("parley.queue.sweep-millis", "200"))) {
            JdbcTemplate sql = after.getBean(JdbcTemplate.class);
            assertThat(sql.queryForObject("select count(*) from queue_entries where status = 'WAITING'", Integer.class)).isEqualTo(3);
            // an agent stored as online, whose own assignment never ran (say the instance died mid-way)
            sql.update("""
                    insert into agents (agent_id, display_name, status, capacity, departments, status_changed_at)
                    values ('agent-r', 'Rae', 'ONLINE', 2, '{sales}', now())""");

            long deadline = System.currentTimeMillis() + 20_000;
            while (sql.queryForObject("select active from agents where agent_id = 'agent-r'", Integer.class) < 2) {
                assertThat(System.currentTimeMillis()).as("sweep assigned in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(sql.queryForList("select conversation_id from queue_entries where status = 'ASSIGNED'", UUID.class))
                    .containsExactlyInAnyOrder(line.get(0), line.get(1));
            Caller boss = new Caller("boss", Set.of("ADMIN"), List.of(), "Boss");
            assertThat(after.getBean(QueueView.class).conversation(boss, line.get(2).toString()).position()).isEqualTo(1);
        }
    }

    /** Delivers an event to a random instance, and when {@code twice}, the same event to the other one too. */
    static void send(List<EventDispatcher> instances, EventEnvelope<?> event, boolean twice) {
        int pick = (int) (Math.random() * instances.size());
        if (!twice) {
            instances.get(pick).dispatch(event);
            return;
        }
        Thread other = Thread.ofVirtual().start(() -> instances.get(1 - pick).dispatch(event));
        instances.get(pick).dispatch(event);
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void run(List<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable task : work) {
                done.add(pool.submit(task));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Counts every moment an agent carries more conversations than its capacity (never lowered here). */
    static Thread watchCapacity(JdbcTemplate sql, AtomicBoolean hammering, AtomicInteger violations) {
        Thread watcher = new Thread(() -> {
            while (hammering.get()) {
                violations.addAndGet(sql.queryForObject("""
                        select count(*) from agents a
                        where a.active > a.capacity or a.capacity < (
                            select count(*) from queue_entries e where e.agent_id = a.agent_id and e.status = 'ASSIGNED')
                        """, Integer.class));
            }
        });
        watcher.start();
        return watcher;
    }
}
