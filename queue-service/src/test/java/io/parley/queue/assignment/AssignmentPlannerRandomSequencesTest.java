package io.parley.queue.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.queue.agent.Agent;
import io.parley.queue.assignment.AssignmentPlanner.Assignment;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.LineOrder;
import io.parley.queue.rules.RuleSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of queue / agent status / end (seeded, so a failure names the seed that reproduces it), with
 * the planner run after each step as the service does: no agent is ever given a conversation at or over
 * capacity, none is assigned twice, only to an ONLINE agent of its department with the most spare capacity,
 * in line order, and nothing assignable is left waiting.
 */
class AssignmentPlannerRandomSequencesTest {
    static final List<String> DEPARTMENTS = List.of("sales", "support", "billing");
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    /** Within the first aging level of every conversation (at most 160 s of queue times): plain priority order. */
    static final Instant NOW = T0.plusSeconds(300);
    static final int SEQUENCES = 500;

    sealed interface Step permits Queue, SetAgent, End {}

    record Queue(String department, Priority priority, int secondsLater) implements Step {}

    record SetAgent(int agent, AgentStatus status, int capacity, Set<String> departments) implements Step {}

    record End(int pick) implements Step {}

    @Test
    void randomSequencesOfQueueStatusAndEndKeepEveryInvariant() {
        for (long seed = 0; seed < SEQUENCES; seed++) {
            List<Step> steps = steps(new Random(seed));
            Model model = new Model();
            try {
                for (Step step : steps) {
                    model.apply(step);
                    model.assignAndCheck();
                }
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", steps " + steps + ": " + e.getMessage(), e);
            }
        }
    }

    /** Up to 80 steps: queue 5 in 10, an agent's change 2 in 10, an end 3 in 10. */
    static List<Step> steps(Random random) {
        int length = random.nextInt(81);
        List<Step> steps = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                String department =
                        random.nextInt(100) < 15 ? null : DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                steps.add(new Queue(department, Priority.values()[random.nextInt(4)], random.nextInt(3)));
            } else if (kind < 7) {
                Set<String> departments = new TreeSet<>();
                for (String department : DEPARTMENTS) {
                    if (random.nextBoolean()) {
                        departments.add(department);
                    }
                }
                steps.add(new SetAgent(random.nextInt(5), AgentStatus.values()[random.nextInt(3)], random.nextInt(5),
                        departments));
            } else {
                steps.add(new End(random.nextInt(1000)));
            }
        }
        return steps;
    }

    /** The line and agents as the service keeps them, changed only as the service changes them. */
    static final class Model {
        final Map<UUID, Entry> entries = new LinkedHashMap<>();
        final Map<String, Agent> agents = new LinkedHashMap<>();
        final Set<UUID> everAssigned = new HashSet<>();
        long seconds;
        long clock;

        void apply(Step step) {
            switch (step) {
                case Queue q -> {
                    seconds += q.secondsLater();
                    UUID id = UUID.randomUUID();
                    entries.put(id, Entry.waiting(id, "customer", q.department(), q.priority(), T0.plusSeconds(seconds)));
                }
                case SetAgent s -> {
                    String id = "agent-" + s.agent();
                    Agent old = agents.get(id);
                    agents.put(id, new Agent(id, id, s.status(), s.capacity(), List.copyOf(s.departments()),
                            old == null ? 0 : old.active(), old == null ? null : old.lastAssignedAt()));
                }
                case End e -> {
                    List<Entry> open = entries.values().stream().filter(x -> x.status() != EntryStatus.ENDED).toList();
                    if (!open.isEmpty()) {
                        Entry entry = open.get(e.pick() % open.size());
                        if (entry.status() == EntryStatus.ASSIGNED) {
                            Agent a = agents.get(entry.agentId());
                            agents.put(a.agentId(), withActive(a, a.active() - 1, a.lastAssignedAt()));
                        }
                        entries.put(entry.conversationId(), withStatus(entry, EntryStatus.ENDED, entry.agentId()));
                    }
                }
            }
        }

        void assignAndCheck() {
            Map<String, List<UUID>> linesBefore = lanes();
            List<Assignment> plan = AssignmentPlanner.plan(
                    List.copyOf(entries.values()), List.copyOf(agents.values()), RuleSet.DEFAULT, NOW);
            Map<String, Integer> takenPerLane = new LinkedHashMap<>();
            for (Assignment assignment : plan) {
                Entry entry = entries.get(assignment.entry().conversationId());
                Agent agent = agents.get(assignment.agent().agentId());
                assertThat(entry.status()).isEqualTo(EntryStatus.WAITING);
                assertThat(everAssigned.add(entry.conversationId())).as("assigned twice").isTrue();
                assertThat(eligible(agent, entry.department())).as("eligible agent").isTrue();
                for (Agent other : agents.values()) {
                    if (eligible(other, entry.department())) {
                        assertThat(spare(agent)).as("most spare capacity").isGreaterThanOrEqualTo(spare(other));
                    }
                }
                int taken = takenPerLane.merge(entry.department(), 1, Integer::sum);
                assertThat(linesBefore.get(entry.department()).get(taken - 1))
                        .as("assigned in line order").isEqualTo(entry.conversationId());
                agents.put(agent.agentId(), withActive(agent, agent.active() + 1, T0.plusSeconds(1_000_000 + ++clock)));
                entries.put(entry.conversationId(), withStatus(entry, EntryStatus.ASSIGNED, agent.agentId()));
            }
            for (Agent agent : agents.values()) {
                long carried = entries.values().stream()
                        .filter(e -> e.status() == EntryStatus.ASSIGNED && agent.agentId().equals(e.agentId()))
                        .count();
                assertThat(agent.active()).isEqualTo((int) carried);
                for (Entry e : entries.values()) {
                    if (e.status() == EntryStatus.WAITING) {
                        assertThat(eligible(agent, e.department())).as("assignable conversation left waiting").isFalse();
                    }
                }
            }
        }

        Map<String, List<UUID>> lanes() {
            Map<String, List<UUID>> lanes = new HashMap<>();
            entries.values().stream()
                    .filter(e -> e.status() == EntryStatus.WAITING)
                    .sorted(LineOrder.comparator(RuleSet.DEFAULT, NOW))
                    .forEach(e -> lanes.computeIfAbsent(e.department(), d -> new ArrayList<>()).add(e.conversationId()));
            return lanes;
        }

        static boolean eligible(Agent agent, String department) {
            return agent.status() == AgentStatus.ONLINE
                    && agent.active() < agent.capacity()
                    && (department == null || agent.departments().contains(department));
        }

        static int spare(Agent agent) {
            return agent.capacity() - agent.active();
        }

        static Agent withActive(Agent a, int active, Instant lastAssignedAt) {
            assertThat(active).isNotNegative();
            return new Agent(a.agentId(), a.displayName(), a.status(), a.capacity(), a.departments(), active,
                    lastAssignedAt);
        }

        static Entry withStatus(Entry e, EntryStatus status, String agentId) {
            return e.withStatus(status, agentId, e.assignedAt());
        }
    }
}
