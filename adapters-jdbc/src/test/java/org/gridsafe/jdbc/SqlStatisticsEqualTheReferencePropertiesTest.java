package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.DepartmentIndicators;
import org.gridsafe.stats.MajorHazardCounts;
import org.gridsafe.stats.MajorHazardFigures;
import org.gridsafe.stats.MajorHazardStatistics;
import org.gridsafe.stats.OpenCaseCounts;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.CaseHistories;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/**
 * The rule: on the same cases, the SQL statistics equal the in-memory reference. Random
 * case histories ({@link CaseHistories}: reports, every step of the loop, extensions, rework,
 * rejections, merges and escalation scans with a moving clock) run through {@code Casework} over
 * the JDBC store; then, for random scopes, periods and as-of instants, {@link JdbcCaseStatistics}
 * must equal {@link CaseStatistics#indicators} over the cases read back through the store.
 *
 * <p>Examples: {@code gridsafe.qt.examples} (default 1000) ÷ 10, so 100 per dialect (50 were too
 * few to reach late department work and every other branch below at once). Each example
 * writes up to 40 commands to a real database and asks 6 questions of it, about 100 times the cost
 * of an in-memory example; {@code -Dgridsafe.qt.examples=20000} runs 2000 per dialect. The database
 * is emptied between examples (truncate), not recreated.
 */
abstract class SqlStatisticsEqualTheReferencePropertiesTest {

    /** A database for the whole class; migrated here, emptied before every example. */
    abstract DataSource database();

    /** One question: indicators of a scope over a period as of an instant. */
    record Question(CaseScope scope, Period period, Instant asOf) {}

    static int examples() {
        return Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 10);
    }

    @Test
    void sqlIndicatorsEqualTheInMemoryReferenceOverRandomHistories() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory()
                .save(
                        SampleDistrict.grids(),
                        SampleDistrict.dutyMatrix(),
                        TimeLimits.defaults(),
                        SampleDistrict.calendar());
        Seen seen = new Seen();
        // A fixed seed by default: this property also checks that its examples reached every branch,
        // and with only ~50 costly database examples a random seed sometimes misses one, which
        // would make the build flaky. -Dgridsafe.jdbc.qt.seed=N explores other histories.
        qt().withFixedSeed(Long.getLong("gridsafe.jdbc.qt.seed", 20261129L))
                .withExamples(examples())
                .withShrinkCycles(300)
                .forAll(
                        CaseHistories.histories(1, 40),
                        SourceDSL.lists().of(questions()).ofSize(6))
                .checkAssert((history, questions) -> {
                    empty(ds);
                    MutableClock clock = SampleDistrict.mondayMorningClock();
                    GridSafe gridSafe = JdbcCaseStatisticsTest.wired(storage, clock);
                    CaseHistories.replay(history, gridSafe.casework(), clock);
                    List<Case> cases = JdbcCaseStatisticsTest.allCases(storage.caseQueries());
                    List<List<RecordedEvent>> histories = new java.util.ArrayList<>();
                    for (Case c : cases) {
                        histories.add(storage.caseStore().load(c.id()));
                    }
                    for (Question q : questions) {
                        CaseIndicators reference = CaseStatistics.indicators(cases, q.scope(), q.period(), q.asOf());
                        assertThat(gridSafe.statistics().indicators(q.scope(), q.period(), q.asOf()))
                                .as("%s", q)
                                .isEqualTo(reference);
                        seen.add(reference);
                        List<DepartmentIndicators> departments =
                                DepartmentIndicators.of(histories, q.scope(), q.period(), q.asOf());
                        assertThat(gridSafe.statistics().departmentIndicators(q.scope(), q.period(), q.asOf()))
                                .as("departments %s", q)
                                .isEqualTo(departments);
                        seen.addDepartments(departments);
                        OpenCaseCounts open = CaseStatistics.openNow(cases, q.scope(), q.asOf());
                        assertThat(gridSafe.statistics().openNow(q.scope(), q.asOf()))
                                .as("open now %s", q)
                                .isEqualTo(open);
                        seen.addOpen(open);
                        // The map's figure per child grid, one grouped query, as each child alone.
                        for (org.gridsafe.grid.Grid parent : PARENTS) {
                            List<OpenCaseCounts> perChild = SampleDistrict.grids().children(parent.code()).stream()
                                    .map(child -> CaseStatistics.openNow(
                                            cases, q.scope().inGrid(java.util.Optional.of(child.code())), q.asOf()))
                                    .toList();
                            assertThat(
                                            gridSafe
                                                    .statistics()
                                                    .openNowPerChildGrid(parent.code(), q.scope(), q.asOf())
                                                    .stream()
                                                    .map(OpenCaseCounts.OfGrid::counts)
                                                    .toList())
                                    .as("open now per child of %s, %s", parent.code(), q)
                                    .isEqualTo(perChild);
                        }
                        MajorHazardFigures major = MajorHazardStatistics.figures(
                                cases, q.scope(), q.period(), SampleDistrict.ZONE, q.asOf());
                        assertThat(storage.caseStatistics()
                                        .majorHazardFigures(q.scope(), q.period(), SampleDistrict.ZONE, q.asOf()))
                                .as("major hazards %s", q)
                                .isEqualTo(major);
                        seen.addMajor(major);
                        // The returns' own periods, counted now and long after (when plans are past due).
                        for (ReturnPeriod quarter :
                                List.of(ReturnPeriod.quarter(2026, 1), ReturnPeriod.quarter(2026, 2))) {
                            Period p = new Period(
                                    quarter.start(SampleDistrict.ZONE).toInstant(),
                                    quarter.end(SampleDistrict.ZONE).toInstant());
                            for (Instant asOf : List.of(q.asOf(), LATER)) {
                                MajorHazardFigures expected =
                                        MajorHazardStatistics.figures(cases, q.scope(), p, SampleDistrict.ZONE, asOf);
                                assertThat(storage.caseStatistics()
                                                .majorHazardFigures(q.scope(), p, SampleDistrict.ZONE, asOf))
                                        .as("major hazards %s %s as of %s", q.scope(), quarter, asOf)
                                        .isEqualTo(expected);
                                seen.addMajor(expected);
                            }
                        }
                    }
                    seen.add(cases);
                });
        seen.assertEveryBranchWasReached();
    }

    /** The district and its streets: parents of streets, of communities and (under a street) of their grids. */
    private static final List<org.gridsafe.grid.Grid> PARENTS = java.util.stream.Stream.concat(
                    SampleDistrict.grids().roots().stream(),
                    SampleDistrict.grids().roots().stream()
                            .flatMap(root -> SampleDistrict.grids().children(root.code()).stream()))
            .toList();

    /** Long after the histories: every treatment plan's due date (2026-05-15) has passed. */
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");

    /** What the examples reached, so a generator that stopped reaching a branch fails loudly. */
    private static final class Seen {
        private final Set<String> reached = new TreeSet<>();

        void add(List<Case> cases) {
            for (Case c : cases) {
                reached.add("state " + c.state());
                if (c.state() == org.gridsafe.casework.CaseState.DISPATCHED
                        && c.lastReason()
                                .filter(r -> r.contains("恢复办理") || r.equals("条件具备"))
                                .isPresent()) {
                    reached.add("resumed");
                }
                if (c.reopenCount() > 0) {
                    reached.add("reopened");
                }
                if (c.reworkCount() > 0) {
                    reached.add("rework");
                }
                if (c.extensionCount() > 0) {
                    reached.add("extension");
                }
                if (c.escalationRung() != EscalationRung.NONE) {
                    reached.add("escalated");
                }
                if (c.closedOnTime().equals(Optional.of(false))) {
                    reached.add("closed late");
                }
            }
        }

        void add(CaseIndicators i) {
            if (i.closed() > 0 && i.dueToClose() > i.closed()) {
                reached.add("question: closed and overdue open");
            }
            if (i.overdueNow() > 0) {
                reached.add("question: overdue now");
            }
            if (i.timePerStep().values().stream().anyMatch(d -> d.count() >= 3)) {
                reached.add("question: a step completed 3 or more times");
            }
        }

        void addOpen(OpenCaseCounts open) {
            if (open.openMajor() > 0) {
                reached.add("open major");
            }
            if (open.overdue() > 0) {
                reached.add("open overdue");
            }
            if (open.open() > open.openMajor() + open.overdue()) {
                reached.add("open, neither major nor overdue");
            }
        }

        void addMajor(MajorHazardFigures figures) {
            MajorHazardCounts t = figures.total();
            if (t.found() > 0) {
                reached.add("major: found");
            }
            if (t.writtenOff() > 0) {
                reached.add("major: written off");
            }
            if (t.underTreatment() > t.pastPlanDue() && t.pastPlanDue() > 0) {
                reached.add("major: under treatment, some past the plan's due date");
            }
            if (t.listedForSupervision() > 0) {
                reached.add("major: listed for supervision");
            }
            if (t.productionStopped() > 0) {
                reached.add("major: production stopped");
            }
            if (figures.byDomain().size() > 1) {
                reached.add("major: two domains");
            }
        }

        void addDepartments(List<DepartmentIndicators> rows) {
            for (DepartmentIndicators d : rows) {
                if (d.doneOnTime() > 0 && d.done() > d.doneOnTime()) {
                    reached.add("question: a department done on time and late");
                }
                if (d.overduePending() > 0) {
                    reached.add("question: a department overdue pending");
                }
                if (d.returns() > 0) {
                    reached.add("question: a department returned a case");
                }
                if (d.reassignedAway() > 0) {
                    reached.add("question: a case reassigned away");
                }
                if (d.due() > d.done() + d.overduePending()) {
                    reached.add("question: a department handed a step on late");
                }
            }
        }

        void assertEveryBranchWasReached() {
            assertThat(reached)
                    .contains(
                            "state REPORTED",
                            "state REGISTERED",
                            "state DISPATCHED",
                            "state RECTIFIED",
                            "state CLOSED",
                            "state REJECTED",
                            "state MERGED",
                            "state SUSPENDED",
                            "resumed",
                            "reopened",
                            "rework",
                            "extension",
                            "escalated",
                            "question: closed and overdue open",
                            "question: overdue now",
                            "question: a step completed 3 or more times",
                            "question: a department overdue pending",
                            "question: a department returned a case",
                            "question: a case reassigned away",
                            // CaseHistories.LateWork: rectified, returned or reassigned past the deadline
                            "question: a department done on time and late",
                            "question: a department handed a step on late",
                            "open major",
                            "open overdue",
                            "open, neither major nor overdue",
                            "state PRODUCTION_STOPPED",
                            "state RESUMPTION_REQUESTED",
                            "major: found",
                            "major: written off",
                            "major: under treatment, some past the plan's due date",
                            "major: listed for supervision",
                            "major: production stopped",
                            "major: two domains");
        }
    }

    static Gen<Question> questions() {
        Gen<CaseScope> scopes = sometimes(Generate.pick(CaseHistories.GRIDS))
                .zip(
                        sometimes(Generate.pick(List.of(
                                SampleDistrict.FIRE_BRIGADE,
                                SampleDistrict.EMERGENCY,
                                SampleDistrict.TRAFFIC_POLICE,
                                SampleDistrict.HOUSING,
                                SampleDistrict.MARKET))),
                        sometimes(Generate.enumValues(SafetyDomain.class)),
                        sometimes(Generate.enumValues(HazardGrade.class)),
                        (Optional<org.gridsafe.grid.GridCode> g,
                                Optional<DepartmentId> d,
                                Optional<SafetyDomain> s,
                                Optional<HazardGrade> h) -> new CaseScope(g, d, s, h));
        // Periods from an hour to a fortnight, starting a day before the histories to ten days in.
        Gen<Period> periods = CaseHistories.instantsAround(10)
                .zip(
                        SourceDSL.longs().between(1, 24 * 14),
                        SourceDSL.booleans().all(),
                        (from, hours, whole) -> new Period(
                                from, from.plus(Duration.ofHours(hours)).plusMillis(whole ? 0 : 1)));
        return scopes.zip(periods, CaseHistories.instantsAround(12), Question::new);
    }

    /** Present one time in three. */
    private static <T> Gen<Optional<T>> sometimes(Gen<T> values) {
        return SourceDSL.integers()
                .between(0, 2)
                .zip(values, (coin, v) -> coin == 0 ? Optional.of(v) : Optional.<T>empty());
    }

    private static void empty(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "case_event", "case_view", "outbox", "idempotency_key", "department_step", "major_hazard_view")) {
                s.execute("TRUNCATE TABLE " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the database", e);
        }
    }
}
