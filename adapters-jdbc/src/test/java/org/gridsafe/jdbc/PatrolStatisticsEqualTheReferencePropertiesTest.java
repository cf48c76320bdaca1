package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.CaseHistories;
import org.gridsafe.testkit.PatrolHistories;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/**
 * The rule: on the same occurrences, cases and track days, {@link JdbcPatrolStatistics} equals {@link
 * PatrolIndicators#of}. Random occurrence histories ({@link PatrolHistories}: done on time and late,
 * missed, skipped, left open) are written through the patrol store, track days through the track store,
 * cases through {@code Casework} ({@link CaseHistories}, all found on patrol, some rejected, plus a public
 * report that must not count); then for random grids, periods and as-of instants the SQL must equal the
 * reference over what the stores read back.
 *
 * <p>Examples: {@code gridsafe.qt.examples} (default 1000) ÷ 20 per dialect, each writing to a real database;
 * the tables are emptied between examples.
 */
abstract class PatrolStatisticsEqualTheReferencePropertiesTest {

    /** A database for the whole class; migrated here, emptied before every example. */
    abstract DataSource database();

    @Test
    void sqlPatrolIndicatorsEqualTheReference() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory()
                .save(
                        SampleDistrict.grids(),
                        SampleDistrict.dutyMatrix(),
                        TimeLimits.defaults(),
                        SampleDistrict.calendar());
        Set<String> reached = new TreeSet<>();
        qt().withFixedSeed(Long.getLong("gridsafe.jdbc.qt.seed", 20261202L))
                .withExamples(Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 20))
                .withShrinkCycles(100)
                .forAll(
                        PatrolHistories.specs(20),
                        PatrolHistories.daySpecs(12),
                        CaseHistories.histories(1, 12),
                        SourceDSL.lists()
                                .of(CaseHistories.instantsAround(30)
                                        .zip(
                                                CaseHistories.instantsAround(30),
                                                SourceDSL.integers().between(0, CaseHistories.GRIDS.size()),
                                                (a, b, g) -> new Object[] {a, b, g}))
                                .ofSize(4))
                .checkAssert((specs, daySpecs, caseHistory, questions) -> {
                    empty(ds);
                    List<List<RecordedPatrolEvent>> histories = PatrolHistories.histories(specs);
                    for (List<RecordedPatrolEvent> h : histories) {
                        storage.patrolStore().append(new PatrolDecision(PatrolOccurrence.replay(h), 0, h));
                    }
                    for (TrackDay d : PatrolHistories.days(daySpecs)) {
                        storage.patrolTrackStore().saveDay(d);
                    }
                    MutableClock clock = SampleDistrict.mondayMorningClock();
                    GridSafe gridSafe = JdbcCaseStatisticsTest.wired(storage, clock);
                    CaseHistories.replay(caseHistory, gridSafe.casework(), clock);
                    gridSafe.casework()
                            .report(
                                    SampleDistrict.districtCommandCenter(),
                                    Report.builder()
                                            .source(CaseSource.PUBLIC_REPORT)
                                            .grid(SampleDistrict.JINQIAO_MICRO_1)
                                            .domain(SafetyDomain.FIRE)
                                            .hazard(SampleDistrict.PROTECTION_DEFECT)
                                            .grade(HazardGrade.GENERAL)
                                            .description("热线转来的群众举报")
                                            .build());
                    // Cases found on the first occurrences, with their origin: their assignees' by staff.
                    for (int i = 0; i < Math.min(3, histories.size()); i++) {
                        RecordedPatrolEvent scheduled = histories.get(i).get(0);
                        GridCode micro = ((org.gridsafe.patrol.PatrolEvent.Scheduled) scheduled.event()).grid();
                        Case found = gridSafe.casework()
                                .report(
                                        org.gridsafe.access.Actor.gridStaff("so-finder", "巡查员", micro),
                                        Report.builder()
                                                .source(CaseSource.GRID_PATROL)
                                                .grid(micro)
                                                .domain(SafetyDomain.FIRE)
                                                .hazard(SampleDistrict.PROTECTION_DEFECT)
                                                .grade(HazardGrade.GENERAL)
                                                .description("巡查发现的隐患")
                                                .origin(new org.gridsafe.casework.CaseOrigin(
                                                        scheduled.occurrenceId().value(), "T0" + i))
                                                .build());
                        if (i == 1) {
                            gridSafe.casework()
                                    .reject(
                                            SampleDistrict.districtCommandCenter(),
                                            org.gridsafe.casework.Reject.of(found.id())
                                                    .reason("不属于安全隐患")
                                                    .build());
                        }
                    }
                    // Read back through the stores: the reference sees what was stored, not what was meant.
                    List<List<RecordedPatrolEvent>> stored = histories.stream()
                            .map(h -> storage.patrolStore().history(h.get(0).occurrenceId()))
                            .toList();
                    List<TrackDay> days = new java.util.ArrayList<>();
                    for (String staff : List.of("so-m111", "so-m112", "gm-m121", "so-m211")) {
                        days.addAll(storage.patrolTrackStore()
                                .days(staff, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)));
                    }
                    List<Case> cases = JdbcCaseStatisticsTest.allCases(storage.caseQueries());
                    for (Case c : cases) {
                        if (c.source() == CaseSource.GRID_PATROL && c.state() == CaseState.REJECTED) {
                            reached.add("rejected patrol case");
                        }
                    }
                    // Besides the random questions, the whole span everywhere: every row counts once.
                    List<Object[]> asked = new java.util.ArrayList<>(questions);
                    asked.add(new Object[] {
                        CaseHistories.START.minus(java.time.Duration.ofDays(2)),
                        CaseHistories.START.plus(java.time.Duration.ofDays(60)),
                        CaseHistories.GRIDS.size()
                    });
                    for (Object[] q : asked) {
                        Instant a = (Instant) q[0];
                        Instant b = (Instant) q[1];
                        if (a.equals(b)) {
                            continue;
                        }
                        Period period = a.isBefore(b) ? new Period(a, b) : new Period(b, a);
                        int g = (Integer) q[2];
                        Optional<GridCode> grid = g == CaseHistories.GRIDS.size()
                                ? Optional.empty()
                                : Optional.of(CaseHistories.GRIDS.get(g));
                        Instant asOf = b;
                        PatrolIndicators reference =
                                PatrolIndicators.of(stored, cases, days, grid, period, asOf, SampleDistrict.ZONE);
                        assertThat(storage.patrolStatistics().patrolIndicators(grid, period, asOf, SampleDistrict.ZONE))
                                .as("%s %s as of %s", grid, period, asOf)
                                .isEqualTo(reference);
                        java.util.SortedMap<String, PatrolIndicators> byStaff =
                                PatrolIndicators.byStaff(stored, cases, days, grid, period, asOf, SampleDistrict.ZONE);
                        assertThat(storage.patrolStatistics().staffIndicators(grid, period, asOf, SampleDistrict.ZONE))
                                .as("by staff %s %s as of %s", grid, period, asOf)
                                .isEqualTo(byStaff);
                        if (byStaff.values().stream().anyMatch(x -> x.patrolCases() > 0 && x.due() > 0)
                                && byStaff.values().stream()
                                        .anyMatch(x -> !x.staff().isEmpty())) {
                            reached.add("staff with found cases and with track days");
                        }
                        if (reference.doneOnTime() > 0 && reference.done() > reference.doneOnTime()) {
                            reached.add("done on time and late");
                        }
                        if (reference.missed() > 0 && reference.skipped() > 0) {
                            reached.add("missed and skipped");
                        }
                        if (reference.due() > reference.done() + reference.missed()) {
                            reached.add("due, neither done nor missed");
                        }
                        if (reference.rejectedPatrolCases() > 0) {
                            reached.add("rejected in period");
                        }
                        if (reference.staff().size() > 1) {
                            reached.add("two staff members");
                        }
                    }
                });
        assertThat(reached)
                .containsExactlyInAnyOrder(
                        "rejected patrol case",
                        "done on time and late",
                        "missed and skipped",
                        "due, neither done nor missed",
                        "rejected in period",
                        "two staff members",
                        "staff with found cases and with track days");
    }

    private static void empty(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of("case_event", "case_view", "outbox", "idempotency_key", "department_step")) {
                s.execute("TRUNCATE TABLE " + table);
            }
            // Referenced by their events: deleted in order rather than truncated.
            s.execute("DELETE FROM patrol_occurrence_event");
            s.execute("DELETE FROM patrol_occurrence");
            s.execute("DELETE FROM patrol_track_day");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the database", e);
        }
    }
}
