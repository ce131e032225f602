package io.parley.queue.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code rule_sets} table: stored versions and which one is ACTIVE. */
@Repository
class RuleSetStore {
    private static final String COLUMNS = "version, status, comment, created_by, created_at, activated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSetStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new DRAFT; returns its version. */
    long insert(RuleSet rules, String comment, String createdBy) {
        return jdbc.sql("""
                        insert into rule_sets (definition, comment, created_by) values (cast(? as jsonb), ?, ?)
                        returning version""")
                .params(json.writeValueAsString(RuleSetWriter.write(rules)), comment, createdBy)
                .query(Long.class)
                .single();
    }

    /** Every stored version without its definition, newest first. */
    List<RuleSetVersion> all() {
        return jdbc.sql("select " + COLUMNS + ", null as definition from rule_sets order by version desc")
                .query(this::version)
                .list();
    }

    Optional<RuleSetVersion> find(long version) {
        return jdbc.sql("select " + COLUMNS + ", definition::text as definition from rule_sets where version = ?")
                .param(version)
                .query(this::version)
                .optional();
    }

    Optional<Long> activeVersion() {
        return jdbc.sql("select version from rule_sets where status = 'ACTIVE'").query(Long.class).optional();
    }

    /** The rules of a stored version (definitions never change once stored). */
    RuleSet rules(long version) {
        String definition = jdbc.sql("select definition::text from rule_sets where version = ?")
                .param(version)
                .query(String.class)
                .single();
        return RuleSetParser.stored(json.readTree(definition));
    }

    /** Makes {@code version} the only ACTIVE one (the previous ACTIVE one, if any, becomes RETIRED). */
    void activate(long version) {
        retireActive();
        int updated = jdbc.sql("update rule_sets set status = 'ACTIVE', activated_at = now() where version = ?")
                .param(version)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("rule set version " + version + " vanished while being activated");
        }
    }

    /** No stored version is ACTIVE afterwards (the built-in version 0 is in force). */
    void retireActive() {
        jdbc.sql("update rule_sets set status = 'RETIRED' where status = 'ACTIVE'").update();
    }

    private RuleSetVersion version(ResultSet rs, int row) throws SQLException {
        String definition = rs.getString("definition");
        return new RuleSetVersion(
                rs.getLong("version"),
                RuleSetStatus.valueOf(rs.getString("status")),
                rs.getString("comment"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("activated_at")),
                // re-written so that a reader sees the fields in the documented order (jsonb keeps its own)
                definition == null ? null : RuleSetWriter.write(RuleSetParser.stored(json.readTree(definition))));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
