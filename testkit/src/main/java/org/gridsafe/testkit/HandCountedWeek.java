package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.gridsafe.Casework;
import org.gridsafe.Statistics;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.Period;
import org.threeten.extra.MutableClock;

/**
 * The hand-counted week of {@code StatisticsTest}, for any store: Monday 2026-03-30 to Monday
 * 2026-04-06 (holiday on Wednesday), counted as of Saturday noon, six cases built through
 * {@link Casework} with a {@link MutableClock}:
 *
 * <pre>
 * A  金桥  reported Mon 09:00, registered 09:30, dispatched 10:00, rectified Tue 10:00, verified 11:00, closed 11:30
 * B  金桥  reported Mon 09:00, registered 10:00, dispatched 10:30, rectified Tue 09:00, REWORK 10:00,
 *          rectified 14:00, verified 15:00, closed 15:30
 * C  金桥  reported Mon 09:00, registered 09:10, dispatched 09:20 — still open, due Fri 17:00: overdue, escalated
 * D  金桥  reported Mon 09:00, rejected
 * F  金桥  reported Mon 09:00, registered 09:05, dispatched 09:15, extension granted to 04-10
 * E  石湖  reported Fri 15:00, registered 16:00 — open, dispatch due next Monday
 * </pre>
 *
 * Hand counts over {@link #WEEK} as of {@link #SATURDAY_NOON}, whole district: reported 6,
 * registered 5, dispatched 4, closed 2 (both on time), due to close 3, rework 1 of 2, extension 1
 * of 4, overdue now 1 (rung SPECIFIC); register took 30, 60, 10, 5, 60 min (mean 33 min, p90 60
 * min); rectify mean 25 h 45 min; close p90 30 min. 石湖 street: reported 1, registered 1, nothing
 * due. Fire brigade: dispatched 4.
 *
 * <pre>{@code
 * MutableClock clock = SampleDistrict.mondayMorningClock();
 * HandCountedWeek.build(gridSafe.casework(), clock);
 * CaseIndicators week = statistics.indicators(CaseScope.all(), HandCountedWeek.WEEK, HandCountedWeek.SATURDAY_NOON);
 * }</pre>
 */
public final class HandCountedWeek {

    /** Monday 2026-03-30 00:00 to Monday 2026-04-06 00:00 in the district's zone. */
    public static final Period WEEK =
            new Period(at(LocalDateTime.of(2026, 3, 30, 0, 0)), at(LocalDateTime.of(2026, 4, 6, 0, 0)));

    /** Saturday 2026-04-04 12:00: the as-of instant of the hand counts. */
    public static final Instant SATURDAY_NOON = at(LocalDateTime.of(2026, 4, 4, 12, 0));

    private static final LocalDateTime MON = LocalDateTime.of(2026, 3, 30, 9, 0);
    private static final LocalDateTime TUE = MON.plusDays(1);

    private final Casework casework;
    private final MutableClock clock;

    private HandCountedWeek(Casework casework, MutableClock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    /** Builds the six cases through {@code casework}, moving {@code clock}, and escalates at Saturday noon. */
    public static void build(Casework casework, MutableClock clock) {
        new HandCountedWeek(casework, clock).build();
    }

    /** Every hand count of the class comment, over {@link #WEEK} as of {@link #SATURDAY_NOON}. */
    public static void assertHandCounts(Statistics statistics) {
        CaseIndicators district = statistics.indicators(CaseScope.all(), WEEK, SATURDAY_NOON);
        assertCountsAndRates(district);
        assertTimePerStep(district);
        assertScopes(statistics);
        assertRanking(statistics);
    }

    /** The whole district's counts, rates and overdue work. */
    public static void assertCountsAndRates(CaseIndicators week) {
        assertThat(week.reported()).isEqualTo(6);
        assertThat(week.registered()).isEqualTo(5);
        assertThat(week.dispatched()).isEqualTo(4);
        assertThat(week.closed()).isEqualTo(2);
        assertThat(week.closedOnTime()).isEqualTo(2);
        assertThat(week.dueToClose()).as("A and B closed, C overdue").isEqualTo(3);
        assertThat(week.closureRate().percent()).isEqualTo("66.67%");
        assertThat(week.onTimeRate().percent()).isEqualTo("66.67%");
        assertThat(week.reworkRate().percent()).as("B of A, B").isEqualTo("50.00%");
        assertThat(week.extensionRate().percent()).as("F of A, B, C, F").isEqualTo("25.00%");
        assertThat(week.overdueNow()).isEqualTo(1);
        assertThat(week.overdueByRung())
                .containsEntry(EscalationRung.SPECIFIC, 1L)
                .containsEntry(EscalationRung.NONE, 0L);
    }

    /** The whole district's time per step: mean and nearest-rank 90th percentile. */
    public static void assertTimePerStep(CaseIndicators week) {
        // Registration took 30, 60, 10, 5 and 60 minutes: mean 33 min, p90 (5th of 5) 60 min.
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).count()).isEqualTo(5);
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).mean()).contains(Duration.ofMinutes(33));
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).p90()).contains(Duration.ofMinutes(60));
        // Rectification, first dispatch to last rectification: A 24 h, B 27 h 30 min.
        assertThat(week.timePerStep().get(WorkflowStep.RECTIFY).mean())
                .contains(Duration.ofHours(25).plusMinutes(45));
        assertThat(week.timePerStep().get(WorkflowStep.CLOSE).p90()).contains(Duration.ofMinutes(30));
    }

    /** A scope counts only its cases: 石湖 street, and the fire brigade's dispatches. */
    public static void assertScopes(Statistics statistics) {
        CaseIndicators shihu = statistics.indicators(CaseScope.all().withinGrid(SHIHU_STREET), WEEK, SATURDAY_NOON);
        assertThat(shihu.reported()).isEqualTo(1);
        assertThat(shihu.registered()).isEqualTo(1);
        assertThat(shihu.dueToClose()).isZero();
        assertThat(shihu.closureRate().percent()).isEqualTo("—");
        assertThat(statistics
                        .indicators(CaseScope.all().department(FIRE_BRIGADE), WEEK, SATURDAY_NOON)
                        .dispatched())
                .isEqualTo(4);
    }

    /** The district's streets, best first. */
    public static void assertRanking(Statistics statistics) {
        assertThat(statistics.rankChildGrids(DISTRICT, CaseScope.all(), WEEK, SATURDAY_NOON))
                .extracting(r -> r.subject().code())
                .containsExactly(JINQIAO_STREET, SHIHU_STREET);
    }

    private static Instant at(LocalDateTime time) {
        return time.atZone(ZONE).toInstant();
    }

    private void build() {
        Actor center = jinqiaoCommandCenter();
        Case a = at(MON, () -> report(JINQIAO_MICRO_1, jinqiaoGridManager()));
        a = at(MON.plusMinutes(30), a, c -> casework.register(center, register(c)));
        a = at(MON.plusMinutes(60), a, c -> casework.dispatch(center, dispatch(c)));
        a = at(TUE.plusHours(1), a, this::rectify);
        a = at(TUE.plusHours(2), a, c -> verify(c, true));
        at(TUE.plusHours(2).plusMinutes(30), a, this::close);

        Case b = at(MON, () -> report(JINQIAO_MICRO_1, jinqiaoGridManager()));
        b = at(MON.plusMinutes(60), b, c -> casework.register(center, register(c)));
        b = at(MON.plusMinutes(90), b, c -> casework.dispatch(center, dispatch(c)));
        b = at(TUE, b, this::rectify);
        b = at(TUE.plusHours(1), b, c -> verify(c, false));
        b = at(TUE.plusHours(5), b, this::rectify);
        b = at(TUE.plusHours(6), b, c -> verify(c, true));
        at(TUE.plusHours(6).plusMinutes(30), b, this::close);

        Case cc = at(MON, () -> report(JINQIAO_MICRO_1, jinqiaoGridManager()));
        cc = at(MON.plusMinutes(10), cc, c -> casework.register(center, register(c)));
        at(MON.plusMinutes(20), cc, c -> casework.dispatch(center, dispatch(c)));

        Case d = at(MON, () -> report(JINQIAO_MICRO_1, jinqiaoGridManager()));
        at(
                MON.plusMinutes(1),
                d,
                c -> casework.reject(center, Reject.of(c.id()).reason("重复").build()));

        Case f = at(MON, () -> report(JINQIAO_MICRO_1, jinqiaoGridManager()));
        f = at(MON.plusMinutes(5), f, c -> casework.register(center, register(c)));
        f = at(MON.plusMinutes(15), f, c -> casework.dispatch(center, dispatch(c)));
        f = at(
                TUE,
                f,
                c -> casework.requestExtension(
                        fireOfficer(),
                        RequestExtension.of(c.id())
                                .requestedDeadline(at(LocalDateTime.of(2026, 4, 10, 17, 0)))
                                .reason("待料")
                                .build()));
        at(
                TUE.plusMinutes(5),
                f,
                c -> casework.approveExtension(
                        center, ApproveExtension.of(c.id()).build()));

        LocalDateTime friday = LocalDateTime.of(2026, 4, 3, 15, 0);
        Case e = at(friday, () -> report(SHIHU_MICRO_1, shihuGridManager()));
        at(friday.plusHours(1), e, c -> casework.register(shihuCommandCenter(), register(c)));

        casework.escalateOverdue(SATURDAY_NOON);
    }

    private Case report(org.gridsafe.grid.GridCode grid, Actor gridManager) {
        return casework.report(
                gridManager,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(grid)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description("仓库消防通道堆放货物")
                        .build());
    }

    private static Register register(Case c) {
        return Register.of(c.id()).build();
    }

    private static Dispatch dispatch(Case c) {
        return Dispatch.of(c.id()).build();
    }

    private Case rectify(Case c) {
        return casework.submitRectification(
                fireOfficer(), SubmitRectification.of(c.id()).evidence("已整改").build());
    }

    private Case verify(Case c, boolean passed) {
        return casework.verify(
                jinqiaoGridManager(),
                Verify.of(c.id()).passed(passed).remarks(passed ? "通过" : "未通过").build());
    }

    private Case close(Case c) {
        return casework.close(jinqiaoCommandCenter(), Close.of(c.id()).build());
    }

    private Case at(LocalDateTime time, Supplier<Case> action) {
        clock.setInstant(at(time));
        return action.get();
    }

    private Case at(LocalDateTime time, Case c, UnaryOperator<Case> action) {
        clock.setInstant(at(time));
        return action.apply(c);
    }
}
