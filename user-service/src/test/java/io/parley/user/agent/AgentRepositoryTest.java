package io.parley.user.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.contracts.events.AgentStatus;
import io.parley.testsupport.TestProperties;
import io.parley.testsupport.TestSchema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The agents table on the real PostgreSQL, in this run's own schema (each test rolls back). */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AgentRepository.class, TestSchema.Cleanup.class})
class AgentRepositoryTest {
    static final TestSchema SCHEMA = TestSchema.create("users");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestProperties.register(registry, SCHEMA.properties());
    }

    @Autowired
    AgentRepository agents;

    @Autowired
    JdbcTemplate jdbc;

    static Agent newAgent(String... departments) {
        UUID id = UUID.randomUUID();
        return new Agent(
                id, id + "@example.test", "Agent " + id, List.of(departments), List.of("english"), AgentStatus.OFFLINE, 3);
    }

    @Test
    void insertedAgentIsReadBackWithItsDepartments() {
        Agent agent = newAgent("sales", "support");

        assertThat(agents.insertIfMissing(agent)).isTrue();

        assertThat(agents.find(agent.id())).contains(agent);
    }

    @Test
    void insertIfMissingLeavesAnExistingAgentUntouched() {
        Agent agent = newAgent("sales");
        agents.insertIfMissing(agent);
        agents.updateStatus(agent.id(), AgentStatus.ONLINE, 7, Instant.now());

        assertThat(agents.insertIfMissing(agent)).isFalse();

        Agent stored = agents.find(agent.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(stored.capacity()).isEqualTo(7);
    }

    @Test
    void departmentsAreDistinctAndSorted() {
        String zeta = "zeta-" + UUID.randomUUID();
        String alpha = "alpha-" + UUID.randomUUID();
        agents.insertIfMissing(newAgent(zeta, alpha));
        agents.insertIfMissing(newAgent(alpha));

        List<String> departments = agents.departments();

        assertThat(departments).containsOnlyOnce(alpha, zeta);
        assertThat(departments).isSorted();
    }

    @Test
    void findAllIncludesEveryAgent() {
        Agent first = newAgent("sales");
        Agent second = newAgent("support");
        agents.insertIfMissing(first);
        agents.insertIfMissing(second);

        assertThat(agents.findAll()).contains(first, second);
    }

    @Test
    void unknownAgentIsEmpty() {
        assertThat(agents.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void databaseRejectsCapacityOutsideOneToTwenty() {
        Agent agent = newAgent("sales");
        agents.insertIfMissing(agent);

        assertThatThrownBy(() -> agents.updateStatus(agent.id(), AgentStatus.ONLINE, 21, Instant.now()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void skillsAreReadBackSortedAndDistinct() {
        Agent agent = newAgent("support").withProfile(List.of("support"), List.of("technical", "english", "english"), 3);

        agents.insertIfMissing(agent);

        assertThat(agents.find(agent.id()).orElseThrow().skills()).containsExactly("english", "technical");
    }

    @Test
    void profileUpdateStoresDepartmentsSkillsAndCapacityAndKeepsTheStatus() {
        Agent agent = newAgent("sales");
        agents.insertIfMissing(agent);
        agents.updateStatus(agent.id(), AgentStatus.ONLINE, 3, Instant.now());
        Agent changed = agent.withStatus(AgentStatus.ONLINE, 3).withProfile(List.of("billing-desk"), List.of("german"), 8);

        agents.updateProfile(changed, true, Instant.now());

        assertThat(agents.find(agent.id())).contains(changed);
        assertThat(agents.departments()).contains("billing-desk");
    }

    @Test
    void skillsAreFilledInOnlyForAnAgentStoredBeforeSkillsExisted() {
        UUID old = UUID.randomUUID();
        jdbc.update("insert into agents (id, email, display_name, departments) values (?, ?, 'Old', '{sales}')",
                old, old + "@example.test");
        Agent inserted = newAgent("sales");
        agents.insertIfMissing(inserted);

        assertThat(agents.assignSkillsIfUnassigned(old, List.of("billing", "english"), Instant.now())).isTrue();
        assertThat(agents.assignSkillsIfUnassigned(old, List.of("german"), Instant.now())).isFalse();
        assertThat(agents.assignSkillsIfUnassigned(inserted.id(), List.of("german"), Instant.now())).isFalse();

        assertThat(agents.find(old).orElseThrow().skills()).containsExactly("billing", "english");
        assertThat(agents.find(inserted.id()).orElseThrow().skills()).containsExactly("english");
    }

    @Test
    void skillsAnAdminClearedAreNeverFilledIn() {
        UUID old = UUID.randomUUID();
        jdbc.update("insert into agents (id, email, display_name, departments) values (?, ?, 'Old', '{sales}')",
                old, old + "@example.test");
        Agent cleared = agents.find(old).orElseThrow().withProfile(List.of("sales"), List.of(), 3);
        agents.updateProfile(cleared, true, Instant.now());

        assertThat(agents.assignSkillsIfUnassigned(old, List.of("english"), Instant.now())).isFalse();
        assertThat(agents.find(old).orElseThrow().skills()).isEmpty();
    }

    @Test
    void departmentChangeAloneLeavesUnassignedSkillsToBeFilledIn() {
        UUID old = UUID.randomUUID();
        jdbc.update("insert into agents (id, email, display_name, departments) values (?, ?, 'Old', '{sales}')",
                old, old + "@example.test");
        Agent moved = agents.find(old).orElseThrow().withProfile(List.of("support"), List.of(), 3);
        agents.updateProfile(moved, false, Instant.now());

        assertThat(agents.assignSkillsIfUnassigned(old, List.of("english"), Instant.now())).isTrue();
    }
}
