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
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What only the JDBC directory does: a database whose directory was saved before the history was
 * kept reads as one version after migration, a database of schema version 26 keeps its current
 * departments, duty rules and time limits as its latest version's, and an edited history record is found by
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
                "DROP TABLE department_version",
                "DROP TABLE duty_rule_version",
                "DROP TABLE time_limit_version",
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
                "DROP TABLE major_hazard_return_figure",
                "DROP TABLE major_hazard_return",
                "DROP TABLE major_hazard_view",
                "DROP TABLE calendar_notice",
                "DROP TABLE selfcheck_run_event",
                "DROP TABLE selfcheck_return",
                "DROP TABLE selfcheck_run",
                "DROP TABLE selfcheck_plan",
                "DROP TABLE district_notice",
                "DELETE FROM \"gridsafe_schema_history\" WHERE \"version\" IN"
                        + " ('18.1', '19', '19.1', '23', '24', '25', '26', '27', '28', '28.1', '29', '30')",
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
        // the legacy version 1 was the latest when the duties' history began, so they are kept from it
        DatedDuties duties = directory.dutiesOn(LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(duties.version()).isEqualTo(1);
        assertThat(duties.dutyRules()).isEqualTo(SampleDistrict.dutyMatrix().rules());

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

    @ParameterizedTest
    @MethodSource("dialects")
    void aDatabaseOfSchemaVersion26KeepsItsCurrentDutiesAsTheLatestVersionsAndEarlierOnesAsNotKept(String dialect) {
        DataSource ds = database(dialect);
        JdbcGridDirectory before = JdbcGridSafeStorage.create(ds).migrate().directory();
        before.replace(
                SampleDistrict.grids(),
                SampleDistrict.dutyMatrix(),
                TimeLimits.defaults(),
                SampleDistrict.calendar(),
                new DirectoryChange(Actor.SYSTEM, "首次加载", LocalDate.of(2026, 3, 1)));
        DutyMatrix renamed = withFireBrigadeNamed(before.dutyMatrix(), "消防救援大队（改）");
        TimeLimits longer = before.timeLimits().toBuilder()
                .limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL, TimeLimit.workingDays(5), "区规定")
                .build();
        before.replace(
                before.grids(),
                renamed,
                longer,
                before.workCalendar(),
                new DirectoryChange(Actor.SYSTEM, "职责调整", LocalDate.of(2026, 4, 1)));
        // Back to schema version 26: the duties' version rows and the head's column did not exist.
        sql(
                ds,
                "DROP TABLE department_version",
                "DROP TABLE duty_rule_version",
                "DROP TABLE time_limit_version",
                "ALTER TABLE directory_history_head DROP COLUMN duties_since",
                // The versions after 27 go too, so that Flyway upgrades in order.
                "DROP TABLE major_hazard_return_figure",
                "DROP TABLE major_hazard_return",
                "DROP TABLE major_hazard_view",
                "DROP TABLE selfcheck_run_event",
                "DROP TABLE selfcheck_return",
                "DROP TABLE selfcheck_run",
                "DROP TABLE selfcheck_plan",
                "DROP TABLE district_notice",
                "DELETE FROM \"gridsafe_schema_history\" WHERE \"version\" IN ('27', '28', '28.1', '29', '30')");

        JdbcGridDirectory directory = JdbcGridSafeStorage.create(ds).migrate().directory();

        assertThat(directory.dutiesOn(LocalDate.of(2026, 3, 15)))
                .as("version 1: not kept")
                .isEmpty();
        DatedDuties latest = directory.dutiesOn(LocalDate.of(2026, 4, 1)).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(latest.departments()).containsExactlyInAnyOrderElementsOf(renamed.departments());
        assertThat(latest.dutyRules()).isEqualTo(renamed.rules());
        assertThat(latest.timeLimits()).isEqualTo(longer);

        // a change after the upgrade is kept beside it, and the upgraded version still reads as it was
        DutyMatrix again = withFireBrigadeNamed(renamed, "消防救援大队");
        directory.replace(
                directory.grids(),
                again,
                TimeLimits.defaults(),
                directory.workCalendar(),
                new DirectoryChange(Actor.SYSTEM, "恢复", LocalDate.of(2026, 5, 1)));
        assertThat(directory.dutiesOn(LocalDate.of(2026, 4, 30)).orElseThrow().departments())
                .containsExactlyInAnyOrderElementsOf(renamed.departments());
        assertThat(directory.dutiesOn(LocalDate.of(2026, 4, 30)).orElseThrow().timeLimits())
                .isEqualTo(longer);
        DatedDuties now = directory.dutiesOn(LocalDate.of(2026, 5, 1)).orElseThrow();
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.departments()).containsExactlyInAnyOrderElementsOf(again.departments());
        assertThat(now.timeLimits()).isEqualTo(TimeLimits.defaults());
        assertThat(directory.dutiesOn(LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(directory.verifyHistory()).isEmpty();
    }

    private static DutyMatrix withFireBrigadeNamed(DutyMatrix matrix, String zhName) {
        List<Department> departments = new ArrayList<>();
        for (Department d : matrix.departments()) {
            departments.add(
                    d.id().equals(SampleDistrict.FIRE_BRIGADE)
                            ? new Department(d.id(), zhName, d.enName(), d.domains())
                            : d);
        }
        return DutyMatrix.builder()
                .departments(departments)
                .rules(matrix.rules())
                .build();
    }
}
