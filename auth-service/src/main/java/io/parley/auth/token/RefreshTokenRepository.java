package io.parley.auth.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code refresh_tokens} table; rows are found by the SHA-256 of the token. */
@Repository
class RefreshTokenRepository {
    private static final String COLUMNS = "id, family_id, account_id, expires_at, rotated, revoked";

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(byte[] hash, UUID familyId, UUID accountId, Instant expiresAt) {
        jdbc.sql("insert into refresh_tokens (id, token_hash, family_id, account_id, expires_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), hash, familyId, accountId, Timestamp.from(expiresAt))
                .update();
    }

    /** The token with this hash, locked until the transaction ends (two refreshes of one token queue up). */
    Optional<RefreshToken> findForUpdate(byte[] hash) {
        return jdbc.sql("select " + COLUMNS + " from refresh_tokens where token_hash = ? for update")
                .param(hash)
                .query(RefreshTokenRepository::map)
                .optional();
    }

    void markRotated(UUID id) {
        jdbc.sql("update refresh_tokens set rotated = true where id = ?").param(id).update();
    }

    void revokeFamily(UUID familyId) {
        jdbc.sql("update refresh_tokens set revoked = true where family_id = ?").param(familyId).update();
    }

    /** Deletes tokens that expired before {@code cutoff}; returns how many. */
    int deleteExpiredBefore(Instant cutoff) {
        return jdbc.sql("delete from refresh_tokens where expires_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static RefreshToken map(ResultSet rs, int row) throws SQLException {
        return new RefreshToken(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getBoolean("rotated"),
                rs.getBoolean("revoked"));
    }
}
