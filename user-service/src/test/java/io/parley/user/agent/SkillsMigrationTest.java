package io.parley.user.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testsupport.TestSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A local database made before agents had skills keeps its agents, now with no skills assigned yet. */
class SkillsMigrationTest {
    static final TestSchema SCHEMA = TestSchema.create("users");

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }

    @Test
    void agentStoredBeforeSkillsExistedHasNoSkillsAndNoneAssigned() throws Exception {
        flyway("1").migrate();
        try (Connection connection = SCHEMA.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into agents (id, email, display_name, departments)"
                    + " values ('00000000-0000-0000-0000-00000000b004', 'dave@parley.local', 'Dave Okafor', '{support}')");

            flyway("latest").migrate();

            try (ResultSet row = statement.executeQuery("select cardinality(skills), skills_assigned from agents")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isZero();
                assertThat(row.getBoolean(2)).isFalse();
            }
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(TestSchema.URL, TestSchema.USER, TestSchema.PASSWORD)
                .schemas(SCHEMA.name())
                .defaultSchema(SCHEMA.name())
                .locations("classpath:db/kit", "classpath:db/migration")
                .target(target)
                .load();
    }
}
