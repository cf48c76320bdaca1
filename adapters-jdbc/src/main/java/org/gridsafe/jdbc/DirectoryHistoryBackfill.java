package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.gridsafe.access.Actor;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.port.DirectorySnapshot;

/**
 * Schema version 19.1, for both dialects: a database that holds a directory saved before its
 * history was kept gets that directory as version 1, recorded by the system with
 * {@link JdbcGridDirectory#LEGACY_REASON}, effective from the day of the database's first server
 * start ({@code storage_run}), or from the day of this migration when no start was recorded (in
 * the stored calendar's zone). A database without a directory gets nothing.
 */
final class DirectoryHistoryBackfill implements JavaMigration {

    private final Clock clock;

    DirectoryHistoryBackfill(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19.1");
    }

    @Override
    public String getDescription() {
        return "directory history backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Records the stored directory as version 1 when there is one and no version yet; whether it did. */
    boolean backfill(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM work_calendar");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM directory_version");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return false;
            }
        }
        // Runs at migration 19.1, before the calendar's notices have a table (26).
        DirectorySnapshot data = JdbcGridDirectory.load(c, false);
        LocalDate day = LocalDate.ofInstant(clock.instant(), data.workCalendar().zone());
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(started_at) FROM storage_run");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
                if (first != null) {
                    LocalDate started = LocalDate.ofInstant(
                            first.toInstant(), data.workCalendar().zone());
                    day = started.isBefore(day) ? started : day;
                }
            }
        }
        DirectoryChangeRecord record = DirectoryChangeRecord.sealed(
                1,
                new DirectoryChange(Actor.SYSTEM, JdbcGridDirectory.LEGACY_REASON, day),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                DirectoryChangeItem.between(Optional.empty(), data),
                "");
        JdbcGridDirectory.writeVersion(c, record, Optional.empty(), data);
        return true;
    }
}
