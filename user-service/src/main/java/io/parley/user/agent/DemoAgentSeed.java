package io.parley.user.agent;

import io.parley.contracts.events.AgentStatus;
import io.parley.kit.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agents of docs/architecture.md (same ids as auth-service's demo accounts), inserted when missing
 * ({@code PARLEY_DEMO_SEED=true}). An existing row is left alone, so a restart never resets a status an agent
 * chose, except that an agent stored before agents had skills (no skills ever assigned) gets its demo skills;
 * skills an admin set, even none, are never overwritten. Each inserted or filled-in agent is announced with
 * {@code agent.status-changed} (full state) in the same transaction.
 */
@Component
@ConditionalOnBooleanProperty("parley.demo-seed")
class DemoAgentSeed implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoAgentSeed.class);

    static final List<Agent> AGENTS = List.of(
            agent("a001", "admin@parley.local", "Ada Admin", List.of("sales", "support"), List.of()),
            agent("b001", "alice@parley.local", "Alice Martin", List.of("sales"), List.of("english", "billing")),
            agent("b002", "bob@parley.local", "Bob Chen", List.of("sales"), List.of("english", "german")),
            agent("b003", "carol@parley.local", "Carol Diaz", List.of("support"), List.of("english", "technical")),
            agent("b004", "dave@parley.local", "Dave Okafor", List.of("support"),
                    List.of("english", "billing", "technical")));

    private enum Outcome { INSERTED, SKILLS_FILLED, UNCHANGED }

    private final AgentRepository agents;
    private final Outbox outbox;
    private final TransactionTemplate tx;

    DemoAgentSeed(AgentRepository agents, Outbox outbox, TransactionTemplate tx) {
        this.agents = agents;
        this.outbox = outbox;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int inserted = 0;
        int filled = 0;
        for (Agent agent : AGENTS) {
            Outcome outcome = tx.execute(status -> seed(agent));
            inserted += outcome == Outcome.INSERTED ? 1 : 0;
            filled += outcome == Outcome.SKILLS_FILLED ? 1 : 0;
        }
        log.info(
                "demo seed: {} agent(s) inserted, {} given their demo skills, {} unchanged",
                inserted,
                filled,
                AGENTS.size() - inserted - filled);
    }

    private Outcome seed(Agent agent) {
        Instant now = Instant.now();
        if (agents.insertIfMissing(agent)) {
            outbox.add(AgentService.changedEvent(agent, now));
            return Outcome.INSERTED;
        }
        if (agent.skills().isEmpty() || !agents.assignSkillsIfUnassigned(agent.id(), agent.skills(), now)) {
            return Outcome.UNCHANGED;
        }
        Agent stored = agents.find(agent.id()).orElseThrow();
        outbox.add(AgentService.changedEvent(stored, now));
        return Outcome.SKILLS_FILLED;
    }

    private static Agent agent(
            String suffix, String email, String name, List<String> departments, List<String> skills) {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000" + suffix);
        return new Agent(id, email, name, departments, skills, AgentStatus.OFFLINE, 3);
    }
}
