package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.selfcheck.SelfCheckKind;
import org.gridsafe.selfcheck.SelfCheckPlan;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.SelfInspectionIndicators;
import org.gridsafe.testkit.CaseHistories;
import org.gridsafe.testkit.EntitySamples;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/**
 * The rule: on the same plans, returns, entities and cases, {@link JdbcSelfInspectionStatistics} equals
 * {@link SelfInspectionIndicators#of}. The entities of the inspection-indicator test are registered once;
 * every example saves random plans (saved at any millisecond over two years) and returns (quarters and
 * years of 2025 to 2026), and reports cases found by enterprises, by inspections and on patrol, some
 * rejected; then random grids and periods are asked, with the SQL to equal the reference over what the
 * stores read back.
 *
 * <p>Examples: {@code gridsafe.qt.examples} (default 1000) ÷ 20 per dialect; the tables are emptied between
 * examples.
 */
abstract class SelfInspectionStatisticsEqualTheReferencePropertiesTest {

    private static final Instant ORIGIN =
            LocalDate.of(2025, 1, 1).atStartOfDay(SampleDistrict.ZONE).toInstant();
    private static final List<GridCode> MICRO_GRIDS = List.of(
            SampleDistrict.JINQIAO_MICRO_1,
            SampleDistrict.JINQIAO_MICRO_2,
            SampleDistrict.YINQIAO_MICRO_1,
            SampleDistrict.SHIHU_MICRO_1);
    private static final List<ReturnPeriod> PERIODS = List.of(
            ReturnPeriod.quarter(2025, 1),
            ReturnPeriod.quarter(2025, 2),
            ReturnPeriod.quarter(2025, 3),
            ReturnPeriod.quarter(2025, 4),
            ReturnPeriod.year(2025),
            ReturnPeriod.quarter(2026, 1),
            ReturnPeriod.quarter(2026, 2),
            ReturnPeriod.quarter(2026, 3));

    /** A database for the whole class; migrated here, emptied before every example. */
    abstract DataSource database();

    @Test
    void sqlSelfInspectionIndicatorsEqualTheReference() {
        DataSource ds = database();
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(ds).migrate();
        storage.directory()
                .save(
                        SampleDistrict.grids(),
                        SampleDistrict.dutyMatrix(),
                        TimeLimits.defaults(),
                        SampleDistrict.calendar());
        InspectionStatisticsEqualTheReferencePropertiesTest.emptyEntities(ds);
        List<SupervisedEntity> registered =
                InspectionStatisticsEqualTheReferencePropertiesTest.registerEntities(storage);
        Set<String> reached = new TreeSet<>();
        qt().withFixedSeed(Long.getLong("gridsafe.jdbc.qt.seed", 20261202L))
                .withExamples(Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 20))
                .withShrinkCycles(100)
                .forAll(
                        SourceDSL.lists()
                                .of(SourceDSL.integers()
                                        .between(0, registered.size() - 1)
                                        .zip(SourceDSL.longs().between(0, 640L * 24 * 3600 * 1000), (e, ms) ->
                                                new long[] {e, ms}))
                                .ofSizeBetween(0, 10),
                        SourceDSL.lists()
                                .of(SourceDSL.integers()
                                        .between(0, registered.size() - 1)
                                        .zip(SourceDSL.integers().between(0, PERIODS.size() - 1), (e, p) ->
                                                new int[] {e, p}))
                                .ofSizeBetween(0, 12),
                        SourceDSL.lists()
                                .of(SourceDSL.integers()
                                        .between(0, 2)
                                        .zip(
                                                SourceDSL.integers().between(0, MICRO_GRIDS.size() - 1),
                                                SourceDSL.integers().between(0, 3),
                                                SourceDSL.integers().between(1, 60 * 24 * 20),
                                                (s, g, r, m) -> new int[] {s, g, r, m}))
                                .ofSizeBetween(0, 10),
                        SourceDSL.lists()
                                .of(SourceDSL.longs()
                                        .between(0, 640L * 24)
                                        .zip(
                                                SourceDSL.longs().between(1, 400L * 24),
                                                SourceDSL.integers().between(0, CaseHistories.GRIDS.size()),
                                                (a, b, g) -> new long[] {a, b, g}))
                                .ofSize(4))
                .checkAssert((plans, returns, reports, questions) -> {
                    empty(ds);
                    for (int n = 0; n < plans.size(); n++) {
                        SupervisedEntity e = registered.get((int) plans.get(n)[0]);
                        storage.selfCheckStore()
                                .savePlan(new SelfCheckPlanRecord(
                                        new SelfCheckPlan(
                                                SelfCheckPlanId.of("P-" + n),
                                                e.id(),
                                                SelfCheckKind.DAILY,
                                                Optional.empty(),
                                                new ChecklistRef("ENTERPRISE_TWO_PART", 1),
                                                "日常排查"),
                                        1,
                                        "ent-" + e.id().value(),
                                        ORIGIN.plusMillis(plans.get(n)[1])));
                    }
                    Set<String> filed = new HashSet<>();
                    for (int[] r : returns) {
                        SupervisedEntity e = registered.get(r[0]);
                        ReturnPeriod p = PERIODS.get(r[1]);
                        if (filed.add(e.id().value() + "/" + p)) {
                            storage.selfCheckStore()
                                    .fileReturn(new StatisticsReturn(
                                            e.id(),
                                            p,
                                            1,
                                            1,
                                            0,
                                            "周安全",
                                            "ent-" + e.id().value(),
                                            p.end(SampleDistrict.ZONE).toInstant(),
                                            p.endExclusive()));
                        }
                    }
                    MutableClock clock = MutableClock.of(ORIGIN.plus(Duration.ofDays(400)), SampleDistrict.ZONE);
                    GridSafe gridSafe = JdbcCaseStatisticsTest.wired(storage, clock);
                    for (int[] r : reports) {
                        clock.add(Duration.ofMinutes(r[3]));
                        Case c = report(gridSafe, r[0], MICRO_GRIDS.get(r[1]));
                        if (r[2] == 0) {
                            gridSafe.casework()
                                    .reject(
                                            SampleDistrict.districtCommandCenter(),
                                            Reject.of(c.id())
                                                    .expectedVersion(OptionalLong.empty())
                                                    .reason("不属于安全隐患")
                                                    .build());
                        }
                    }
                    // Read back through the stores: the reference sees what was stored, not what was meant.
                    Map<String, Instant> first = new HashMap<>();
                    List<StatisticsReturn> storedReturns = new ArrayList<>();
                    for (EntityId id : storage.selfCheckStore().entitiesWithPlans()) {
                        for (SelfCheckPlanRecord p : storage.selfCheckStore().plansOf(id)) {
                            first.merge(id.value(), p.savedAt(), (a, b) -> a.isBefore(b) ? a : b);
                        }
                    }
                    for (SupervisedEntity e : registered) {
                        storedReturns.addAll(storage.selfCheckStore().returnsOf(e.id()));
                    }
                    List<SupervisedEntity> entities = storage.entityRegistry().search(EntityQuery.all());
                    List<Case> cases = JdbcCaseStatisticsTest.allCases(storage.caseQueries());
                    List<long[]> asked = new ArrayList<>(questions);
                    asked.add(new long[] {0, 700 * 24, CaseHistories.GRIDS.size()});
                    for (long[] q : asked) {
                        Instant from = ORIGIN.plus(Duration.ofHours(q[0]));
                        Period period = new Period(from, from.plus(Duration.ofHours(q[1])));
                        Optional<GridCode> grid = q[2] == CaseHistories.GRIDS.size()
                                ? Optional.empty()
                                : Optional.of(CaseHistories.GRIDS.get((int) q[2]));
                        SelfInspectionIndicators reference = SelfInspectionIndicators.of(
                                entities, first, storedReturns, cases, grid, period, SampleDistrict.ZONE);
                        assertThat(storage.selfInspectionStatistics()
                                        .selfInspectionIndicators(grid, period, SampleDistrict.ZONE))
                                .as("%s %s", grid, period)
                                .isEqualTo(reference);
                        if (reference.returnsFiled() > 0 && reference.returnsDue() > reference.returnsFiled()) {
                            reached.add("returns filed and missing");
                        }
                        if (reference.selfReportedRejected() > 0
                                && reference.selfReported() > reference.selfReportedRejected()) {
                            reached.add("self-reports accepted and rejected");
                        }
                        if (reference.governmentFound() > 0 && reference.selfReported() > 0) {
                            reached.add("self-found and government-found");
                        }
                    }
                });
        assertThat(reached)
                .containsExactlyInAnyOrder(
                        "returns filed and missing",
                        "self-reports accepted and rejected",
                        "self-found and government-found");
    }

    private static Case report(GridSafe gridSafe, int source, GridCode grid) {
        Actor actor;
        CaseSource kind;
        if (source == 0) {
            actor = EntitySamples.enterpriseOf(EntityId.of("S-0"));
            kind = CaseSource.ENTERPRISE_SELF_REPORT;
        } else if (source == 1) {
            actor = SampleDistrict.emergencyOfficer();
            kind = CaseSource.DEPARTMENT_INSPECTION;
        } else {
            actor = org.gridsafe.access.Actor.gridStaff("gm-d", "区网格员", SampleDistrict.DISTRICT);
            kind = CaseSource.GRID_PATROL;
        }
        return gridSafe.casework()
                .report(
                        actor,
                        Report.builder()
                                .source(kind)
                                .grid(grid)
                                .domain(SafetyDomain.PRODUCTION)
                                .hazard(SampleDistrict.PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description("自查与检查发现的隐患")
                                .build());
    }

    private static void empty(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of("case_event", "case_view", "outbox", "idempotency_key", "department_step")) {
                s.execute("TRUNCATE TABLE " + table);
            }
            s.execute("DELETE FROM selfcheck_run_event");
            s.execute("DELETE FROM selfcheck_run");
            s.execute("DELETE FROM selfcheck_return");
            s.execute("DELETE FROM selfcheck_plan");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the database", e);
        }
    }
}
