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
 * chose. A newly inserted agent is announced with {@code agent.status-changed} in the same transaction.
 */
@Component
@ConditionalOnBooleanProperty("parley.demo-seed")
class DemoAgentSeed implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoAgentSeed.class);

    static final List<Agent> AGENTS = List.of(
            agent("a001", "admin@parley.local", "Ada Admin", "sales", "support"),
            agent("b001", "alice@parley.local", "Alice Martin", "sales"),
            agent("b002", "bob@parley.local", "Bob Chen", "sales"),
            agent("b003", "carol@parley.local", "Carol Diaz", "support"),
            agent("b004", "dave@parley.local", "Dave Okafor", "support"));

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
        for (Agent agent : AGENTS) {
            Boolean added = tx.execute(status -> {
                if (!agents.insertIfMissing(agent)) {
                    return false;
                }
                outbox.add(AgentService.changedEvent(agent, Instant.now()));
                return true;
            });
            inserted += Boolean.TRUE.equals(added) ? 1 : 0;
        }
        log.info("demo seed: {} agent(s) inserted, {} already present", inserted, AGENTS.size() - inserted);
    }

    private static Agent agent(String suffix, String email, String name, String... departments) {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000" + suffix);
        return new Agent(id, email, name, List.of(departments), AgentStatus.OFFLINE, 3);
    }
}
