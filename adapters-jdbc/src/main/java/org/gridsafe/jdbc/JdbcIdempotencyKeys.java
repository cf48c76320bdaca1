package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.port.IdempotencyClaim;
import org.gridsafe.port.IdempotencyKeys;
import org.gridsafe.port.StoredResponse;

/**
 * Idempotency keys in the {@code idempotency_key} table. A claim is an INSERT: the primary key
 * (scope, key) lets exactly one of two concurrent claims win; the loser reads the row and answers
 * REPLAY, IN_PROGRESS or MISMATCH. Each statement commits on its own.
 */
final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final int MAX_LENGTH = 200;

    private final Transactions tx;
    private final Dialect dialect;

    JdbcIdempotencyKeys(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public IdempotencyClaim claim(String scope, String key, String requestFingerprint, Instant now) {
        check("scope", scope);
        check("key", key);
        check("requestFingerprint", requestFingerprint);
        Objects.requireNonNull(now, "now");
        return tx.autoCommitWrite("claim idempotency key " + key, c -> {
            // A released key can vanish between the failed insert and the read: try again then.
            for (int attempt = 0; attempt < 10; attempt++) {
                if (tryInsert(c, scope, key, requestFingerprint, now)) {
                    return IdempotencyClaim.claimed();
                }
                Optional<IdempotencyClaim> existing = read(c, scope, key, requestFingerprint);
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            throw new StorageException("idempotency key " + key + " keeps being claimed and released", null);
        });
    }

    private boolean tryInsert(Connection c, String scope, String key, String fingerprint, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO idempotency_key (scope, idem_key, fingerprint, claimed_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.setString(3, fingerprint);
            ps.setObject(4, JdbcCaseStore.utc(now));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (dialect.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<IdempotencyClaim> read(Connection c, String scope, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, response_status, response_content_type,"
                + " response_body FROM idempotency_key WHERE scope = ? AND idem_key = ?")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(fingerprint)) {
                    return Optional.of(IdempotencyClaim.mismatch());
                }
                int status = rs.getInt(2);
                if (rs.wasNull()) {
                    return Optional.of(IdempotencyClaim.inProgress());
                }
                return Optional.of(
                        IdempotencyClaim.replay(new StoredResponse(status, rs.getString(3), rs.getString(4))));
            }
        }
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        check("scope", scope);
        check("key", key);
        Objects.requireNonNull(response, "response");
        int updated = tx.autoCommitWrite("complete idempotency key " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET response_status = ?,"
                    + " response_content_type = ?, response_body = ?"
                    + " WHERE scope = ? AND idem_key = ? AND response_status IS NULL")) {
                ps.setInt(1, response.status());
                ps.setString(2, response.contentType());
                ps.setString(3, response.body());
                ps.setString(4, scope);
                ps.setString(5, key);
                return ps.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new IllegalStateException(
                    "idempotency key " + key + " in " + scope + " is not claimed, or is already completed");
        }
    }

    @Override
    public void release(String scope, String key) {
        check("scope", scope);
        check("key", key);
        tx.autoCommitWrite("release idempotency key " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND response_status IS NULL")) {
                ps.setString(1, scope);
                ps.setString(2, key);
                return ps.executeUpdate();
            }
        });
    }

    private static void check(String what, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
