package org.gridsafe.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Takes a database migrated to the latest schema back to an older schema version, for the tests of
 * upgrades: it undoes, newest first, every applied migration after that version and removes them
 * from Flyway's history, so the next {@code migrate()} applies them again in order over the data
 * left behind. Each migration's undo is listed once, here; a migration without an entry fails the
 * test that reaches back past it, so a new migration cannot be forgotten.
 *
 * <p>Filling a database with the latest code and undoing is used rather than Flyway's {@code
 * target}: the older schemas' directory cannot be written by today's {@link JdbcGridDirectory}.
 */
final class OlderSchema {

    /** What undoes each migration: the tables and columns it added (none for data-only migrations). */
    private static final Map<String, List<String>> UNDO = Map.ofEntries(
            Map.entry("18.1", List.of("ALTER TABLE time_limit DROP COLUMN source")),
            Map.entry(
                    "19",
                    List.of(
                            "DROP TABLE grid_version_responsible",
                            "DROP TABLE grid_version_staff",
                            "DROP TABLE grid_version",
                            "DROP TABLE directory_history_head",
                            "DROP TABLE directory_change_item",
                            "DROP TABLE directory_version")),
            // the directory's version 1, written into the tables of 19
            Map.entry("19.1", List.of()),
            Map.entry(
                    "23",
                    List.of(
                            "DROP TABLE inspection_event",
                            "DROP TABLE inspection_cap_count",
                            "DROP TABLE inspection",
                            "DROP TABLE enforcement_credential")),
            Map.entry("24", List.of("DROP TABLE patrol_track_point", "DROP TABLE patrol_track_day")),
            // widens case_view.state; the narrower column is not needed by any older code path tested
            Map.entry("25", List.of()),
            Map.entry("26", List.of("DROP TABLE calendar_notice")),
            Map.entry(
                    "27",
                    List.of(
                            "DROP TABLE department_version",
                            "DROP TABLE duty_rule_version",
                            "DROP TABLE time_limit_version",
                            "ALTER TABLE directory_history_head DROP COLUMN duties_since")),
            Map.entry(
                    "28",
                    List.of(
                            "DROP TABLE major_hazard_return_figure",
                            "DROP TABLE major_hazard_return",
                            "DROP TABLE major_hazard_view")),
            // fills major_hazard_view, a table of 28
            Map.entry("28.1", List.of()),
            Map.entry(
                    "29",
                    List.of(
                            "DROP TABLE selfcheck_run_event",
                            "DROP TABLE selfcheck_return",
                            "DROP TABLE selfcheck_run",
                            "DROP TABLE selfcheck_plan")),
            Map.entry(
                    "32",
                    List.of(
                            "DROP TABLE inspection_document",
                            "DROP INDEX inspection_day_grid",
                            "ALTER TABLE inspection DROP COLUMN inspection_day",
                            "ALTER TABLE inspection DROP COLUMN origin",
                            "ALTER TABLE inspection DROP COLUMN cap_max",
                            "ALTER TABLE selfcheck_plan DROP COLUMN saved_at_ms")),
            // fills the columns of 32 from the events
            Map.entry("32.1", List.of()),
            Map.entry("33", List.of("DROP TABLE patrol_proposal_acceptance")),
            Map.entry("33.1", List.of("DROP TABLE internal_report")),
            Map.entry("30", List.of("DROP TABLE district_notice")),
            Map.entry(
                    "31",
                    List.of(
                            "DROP TABLE calendar_notice_version",
                            "DROP TABLE calendar_day_version",
                            "DROP TABLE calendar_version",
                            "ALTER TABLE directory_history_head DROP COLUMN calendar_since")));

    private OlderSchema() {}

    /**
     * Undoes every applied migration after {@code version} (newest first) and removes it from
     * Flyway's history.
     *
     * @throws IllegalStateException when an applied migration after it has no undo entry
     */
    static void undoAfter(DataSource ds, String version) {
        MigrationVersion target = MigrationVersion.fromVersion(version);
        try (Connection c = ds.getConnection()) {
            List<MigrationVersion> later = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT \"version\" FROM \"gridsafe_schema_history\" WHERE \"version\" IS NOT NULL");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MigrationVersion applied = MigrationVersion.fromVersion(rs.getString(1));
                    if (applied.compareTo(target) > 0) {
                        later.add(applied);
                    }
                }
            }
            later.sort(Comparator.reverseOrder());
            try (Statement s = c.createStatement();
                    PreparedStatement forget =
                            c.prepareStatement("DELETE FROM \"gridsafe_schema_history\" WHERE \"version\" = ?")) {
                for (MigrationVersion applied : later) {
                    List<String> undo = UNDO.get(applied.getVersion());
                    if (undo == null) {
                        throw new IllegalStateException("migration " + applied.getVersion()
                                + " has no undo entry in OlderSchema: list the tables and columns it adds");
                    }
                    for (String statement : undo) {
                        s.execute(statement);
                    }
                    forget.setString(1, applied.getVersion());
                    forget.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
