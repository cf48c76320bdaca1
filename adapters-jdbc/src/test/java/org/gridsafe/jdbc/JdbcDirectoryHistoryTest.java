package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What only the JDBC directory does: a database whose directory was saved before the history was
 * kept reads as one version after migration, and an edited history record is found by
 * {@link JdbcGridDirectory#verifyHistory()}. On H2 and on an embedded PostgreSQL.
 */
class JdbcDirectoryHistoryTest {

    static Stream<String> dialects() {
        return Stream.of("h2", "postgresql");
    }

    private static DataSource database(String dialect) {
        return dialect.equals("h2") ? TestDatabases.h2Memory() : TestDatabases.freshPostgresDatabase();
    }

    private static void sql(DataSource ds, String... statements) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aDirectorySavedBeforeTheHistoryReadsAsVersionOneFromTheFirstServerStart(String dialect) {
        DataSource ds = database(dialect);
        JdbcGridSafeStorage.create(ds)
                .migrate()
                .directory()
                .save(
                        SampleDistrict.grids(),
                        SampleDistrict.dutyMatrix(),
                        TimeLimits.defaults(),
                        SampleDistrict.calendar());
        // Back to a version-18 database holding that directory and one recorded server start.
        sql(
                ds,
                "DROP TABLE grid_version_responsible",
                "DROP TABLE grid_version_staff",
                "DROP TABLE grid_version",
                "DROP TABLE directory_history_head",
                "DROP TABLE directory_change_item",
                "DROP TABLE directory_version",
                // The versions after 19 go too, so that the database is the older one Flyway upgrades in order.
                "DROP TABLE inspection_event",
                "DROP TABLE inspection_cap_count",
                "DROP TABLE inspection",
                "DROP TABLE enforcement_credential",
                "DROP TABLE patrol_track_point",
                "DROP TABLE patrol_track_day",
                "ALTER TABLE time_limit DROP COLUMN source",
                "DROP TABLE calendar_notice",
                "DELETE FROM \"gridsafe_schema_history\" WHERE \"version\" IN ('18.1', '19', '19.1', '23', '24', '25',"
                        + " '26')",
                "INSERT INTO storage_run (started_at) VALUES (TIMESTAMP WITH TIME ZONE '2026-06-01 01:00:00+00')");

        JdbcGridDirectory directory = JdbcGridSafeStorage.create(ds).migrate().directory();

        List<DirectoryChangeRecord> records = directory.changes(0, 10).changes();
        assertThat(records).hasSize(1);
        DirectoryChangeRecord first = records.get(0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.actorId()).isEqualTo(Actor.SYSTEM.id());
        assertThat(first.reason()).isEqualTo(JdbcGridDirectory.LEGACY_REASON);
        assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(first.items())
                .extracting(DirectoryChangeItem::kind)
                .containsExactly(DirectoryChangeItem.Kind.DIRECTORY_LOADED);
        assertThat(directory
                        .gridOn(SampleDistrict.JINQIAO_MICRO_1, LocalDate.of(2026, 6, 1))
                        .orElseThrow()
                        .grid())
                .isEqualTo(SampleDistrict.grids().get(SampleDistrict.JINQIAO_MICRO_1));
        assertThat(directory.gridOn(SampleDistrict.JINQIAO_MICRO_1, LocalDate.of(2026, 5, 31)))
                .isEmpty();
        assertThat(directory.verifyHistory()).isEmpty();

        // and the next change follows it
        changeFirst(directory, "after-legacy", LocalDate.of(2026, 6, 2));
        assertThat(directory.changes(0, 10).total()).isEqualTo(2);
        assertThat(directory.verifyHistory()).isEmpty();
    }

    private static void changeFirst(JdbcGridDirectory directory, String holder, LocalDate day) {
        List<Grid> grids = new ArrayList<>(directory.grids().grids());
        Grid micro = directory.grids().get(SampleDistrict.JINQIAO_MICRO_1);
        grids.remove(micro);
        grids.add(micro.toBuilder()
                .responsible(ResponsibleRole.FIRST, new ResponsiblePerson(holder, "新" + holder))
                .build());
        directory.replace(
                GridTree.of(grids),
                directory.dutyMatrix(),
                directory.timeLimits(),
                directory.workCalendar(),
                new DirectoryChange(Actor.SYSTEM, "调整 " + holder, day));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void anEditedRecordBreaksTheHashChain(String dialect) {
        DataSource ds = database(dialect);
        JdbcGridDirectory directory = JdbcGridSafeStorage.create(ds).migrate().directory();
        directory.replace(
                SampleDistrict.grids(),
                SampleDistrict.dutyMatrix(),
                TimeLimits.defaults(),
                SampleDistrict.calendar(),
                new DirectoryChange(Actor.SYSTEM, "首次加载", LocalDate.of(2026, 3, 1)));
        changeFirst(directory, "a", LocalDate.of(2026, 4, 1));
        changeFirst(directory, "b", LocalDate.of(2026, 5, 1));
        assertThat(directory.verifyHistory()).isEmpty();

        sql(ds, "UPDATE directory_version SET reason = '改过的原因' WHERE version = 2");
        assertThat(directory.verifyHistory())
                .containsExactly("directory version 2 was changed after it was recorded: its hash does not match"
                        + " its content");

        sql(ds, "UPDATE directory_change_item SET detail = 'x' WHERE version = 3");
        assertThat(directory.verifyHistory()).hasSize(2).last().asString().contains("directory version 3");
    }
}
