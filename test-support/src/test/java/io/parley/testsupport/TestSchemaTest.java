package io.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Against the real local PostgreSQL. */
class TestSchemaTest {

    @Test
    void aSchemaGetsAFreshNameAndIsGoneAfterItIsDropped() throws Exception {
        TestSchema schema = TestSchema.create("kit");
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema.name());
            statement.execute("create table " + schema.name() + ".things (id int)");
        }
        assertThat(exists(schema.name())).isTrue();

        schema.drop();

        assertThat(schema.name()).matches("kit_t[0-9a-f]{12}");
        assertThat(exists(schema.name())).isFalse();
        assertThat(schema.properties())
                .containsEntry("spring.flyway.default-schema", schema.name())
                .containsEntry("spring.datasource.hikari.schema", schema.name())
                .containsEntry("spring.datasource.url", TestSchema.URL);
    }

    private static boolean exists(String schema) throws Exception {
        try (Connection connection = TestSchema.create("probe").connect();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from information_schema.schemata where schema_name = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
