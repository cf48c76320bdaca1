package org.gridsafe.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.selfcheck.StatisticsReturn;

/**
 * Self-inspection indicators (企业自查自报指标) of a grid subtree over a period: the submission rate of
 * the statistical returns due in it, the quality rate of the enterprises' self-reported hazards, and
 * self-found against government-found hazards. {@link #of} is the in-memory reference the SQL of a store
 * is tested against; the definitions are in {@code docs/statistics.md}.
 *
 * <pre>{@code
 * SelfInspectionIndicators q3 = SelfInspectionIndicators.of(entities, firstPlans, returns, cases, grid, period, zone);
 * String rate = q3.submissionRate().percent();
 * }</pre>
 *
 * @param returnsDue statistical returns (quarterly and annual) whose due day lies in the period, owed by the
 *     subtree's entities with a self-inspection plan (owed from the quarter of the entity's first plan on)
 * @param returnsFiled of those, the ones filed
 * @param selfReported cases with source enterprise self-report reported in the period in the subtree
 * @param selfReportedRejected of those, the ones rejected (不予立案)
 * @param governmentFound cases found by the government (grid patrol, department inspection) reported in
 *     the period in the subtree
 */
public record SelfInspectionIndicators(
        long returnsDue, long returnsFiled, long selfReported, long selfReportedRejected, long governmentFound) {

    /** The sources counted as found by the government. */
    public static final Set<CaseSource> GOVERNMENT_SOURCES =
            Set.of(CaseSource.GRID_PATROL, CaseSource.DEPARTMENT_INSPECTION);

    /** Checks the counts fit inside each other. */
    public SelfInspectionIndicators {
        if (returnsFiled > returnsDue
                || selfReportedRejected > selfReported
                || returnsFiled < 0
                || selfReportedRejected < 0
                || governmentFound < 0) {
            throw new IllegalArgumentException("self-inspection indicators' counts do not fit inside each other");
        }
    }

    /** 自查自报率 (报送率): returns filed ÷ returns due. */
    public Rate submissionRate() {
        return new Rate(returnsFiled, returnsDue);
    }

    /** 自报质量合格率: self-reported cases not rejected ÷ self-reported cases. */
    public Rate qualityRate() {
        return new Rate(selfReported - selfReportedRejected, selfReported);
    }

    /** 企业自查占比: self-reported cases ÷ (self-reported + government-found). */
    public Rate selfFoundShare() {
        return new Rate(selfReported, selfReported + governmentFound);
    }

    /**
     * The return periods (quarters and years) whose due day ({@link ReturnPeriod#dueDate()}) lies between
     * {@code first} and {@code last}, in order.
     */
    public static List<ReturnPeriod> returnsDueBetween(LocalDate first, LocalDate last) {
        List<ReturnPeriod> due = new ArrayList<>();
        if (last.isBefore(first)) {
            return due;
        }
        for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
            for (int q = 1; q <= 4; q++) {
                add(due, ReturnPeriod.quarter(year, q), first, last);
            }
            add(due, ReturnPeriod.year(year), first, last);
        }
        due.sort(null);
        return due;
    }

    private static void add(List<ReturnPeriod> due, ReturnPeriod p, LocalDate first, LocalDate last) {
        if (!p.dueDate().isBefore(first) && !p.dueDate().isAfter(last)) {
            due.add(p);
        }
    }

    /**
     * The indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}, whose days are
     * those of {@code zone}: from the entities (their grid now), the earliest save of each entity's
     * self-inspection plans, the returns filed and the cases.
     */
    public static SelfInspectionIndicators of(
            Collection<SupervisedEntity> entities,
            Map<String, Instant> firstPlanSaved,
            Collection<StatisticsReturn> returns,
            Collection<Case> cases,
            Optional<GridCode> grid,
            Period period,
            ZoneId zone) {
        List<ReturnPeriod> periods =
                returnsDueBetween(PatrolIndicators.firstDay(period, zone), PatrolIndicators.lastDay(period, zone));
        Set<String> filed = new HashSet<>();
        for (StatisticsReturn r : returns) {
            filed.add(r.entity().value() + "/" + r.period());
        }
        long due = 0;
        long done = 0;
        for (SupervisedEntity e : entities) {
            Instant first = firstPlanSaved.get(e.id().value());
            if (first == null || !in(grid, e.grid().grid())) {
                continue;
            }
            for (ReturnPeriod p : periods) {
                // Owed from the quarter of the first plan on: the plan came before the period ended.
                if (first.isBefore(p.endExclusive().atStartOfDay(zone).toInstant())) {
                    due++;
                    if (filed.contains(e.id().value() + "/" + p)) {
                        done++;
                    }
                }
            }
        }
        long self = 0;
        long rejected = 0;
        long government = 0;
        for (Case c : cases) {
            if (!in(grid, c.grid()) || !period.contains(c.reportedAt())) {
                continue;
            }
            if (c.source() == CaseSource.ENTERPRISE_SELF_REPORT) {
                self++;
                if (c.state() == CaseState.REJECTED) {
                    rejected++;
                }
            } else if (GOVERNMENT_SOURCES.contains(c.source())) {
                government++;
            }
        }
        return new SelfInspectionIndicators(due, done, self, rejected, government);
    }

    private static boolean in(Optional<GridCode> grid, GridCode code) {
        return grid.map(g -> g.isSameOrAncestorOf(code)).orElse(true);
    }
}
