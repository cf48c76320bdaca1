package org.gridsafe.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.notice.DistrictNotice;
import org.gridsafe.notice.NoticeKind;
import org.gridsafe.port.DistrictNoticeStore;

/**
 * District notices in {@code district_notice} (V30). The primary key (the notice's key) decides
 * racing sweeps: the second insert violates it and {@link #raise} answers false; a notice is
 * durable once its insert committed, and waits ({@code delivered_at} empty) until delivered.
 */
final class JdbcDistrictNotices implements DistrictNoticeStore {

    private static final String COLUMNS = "notice_key, kind, scope_grid, recipient_id, recipient_name, period,"
            + " notice_day, due_at, zone, raised_at, message, message_en";

    private final Transactions tx;
    private final Dialect dialect;

    JdbcDistrictNotices(Transactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public boolean raise(DistrictNotice n) {
        Objects.requireNonNull(n, "notice");
        return tx.autoCommitWrite("raise the district notice " + n.key(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO district_notice (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, n.key());
                ps.setString(2, n.kind().name());
                ps.setString(3, n.scope().value());
                ps.setString(4, n.recipientId().orElse(null));
                ps.setString(5, n.recipientName().orElse(null));
                ps.setString(6, n.period());
                ps.setObject(7, n.day());
                ps.setObject(8, JdbcCaseStore.utc(n.dueAt()));
                ps.setString(9, n.zone().getId());
                ps.setObject(10, JdbcCaseStore.utc(n.raisedAt()));
                ps.setString(11, n.message());
                ps.setString(12, n.messageEn());
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (dialect.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<DistrictNotice> undelivered(int limit) {
        return tx.autoCommit("read the waiting district notices", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM district_notice WHERE delivered_at IS NULL ORDER BY raised_at, notice_key LIMIT ?")) {
                ps.setInt(1, Math.max(0, limit));
                return rows(ps);
            }
        });
    }

    @Override
    public void markDelivered(String key, Instant at) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        tx.autoCommitWrite("mark the district notice " + key + " delivered", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE district_notice SET delivered_at = ? WHERE notice_key = ? AND delivered_at IS NULL")) {
                ps.setObject(1, JdbcCaseStore.utc(at));
                ps.setString(2, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<DistrictNotice> list(Collection<GridCode> scopes, int limit) {
        List<GridCode> wanted = List.copyOf(scopes);
        if (wanted.isEmpty() || limit <= 0) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        return tx.autoCommit("list the district notices", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM district_notice WHERE"
                    + " scope_grid IN (" + in + ") ORDER BY raised_at DESC, notice_key LIMIT ?")) {
                int i = 1;
                for (GridCode scope : wanted) {
                    ps.setString(i++, scope.value());
                }
                ps.setInt(i, limit);
                return rows(ps);
            }
        });
    }

    private static List<DistrictNotice> rows(PreparedStatement ps) throws SQLException {
        List<DistrictNotice> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new DistrictNotice(
                        rs.getString(1),
                        NoticeKind.valueOf(rs.getString(2)),
                        GridCode.parse(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        ZoneId.of(rs.getString(9)),
                        rs.getObject(10, OffsetDateTime.class).toInstant(),
                        rs.getString(11),
                        rs.getString(12)));
            }
        }
        return rows;
    }
}
