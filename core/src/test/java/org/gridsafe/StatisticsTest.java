package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.AccidentTypeCatalog;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.stats.AccidentIndicators;
import org.gridsafe.stats.AccidentRecord;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.FourDecreases;
import org.gridsafe.stats.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Indicators over a hand-built week (Monday 2026-03-30 to Monday 2026-04-06, holiday on Wednesday),
 * counted as of Saturday noon. Six cases:
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
 */
class StatisticsTest {

    private static final LocalDateTime MON = LocalDateTime.of(2026, 3, 30, 9, 0);
    private static final LocalDateTime TUE = MON.plusDays(1);

    private final CaseworkFixture fixture = new CaseworkFixture();
    private final Period week = new Period(
            fixture.clock.at(LocalDateTime.of(2026, 3, 30, 0, 0)),
            fixture.clock.at(LocalDateTime.of(2026, 4, 6, 0, 0)));
    private final java.time.Instant saturdayNoon = fixture.clock.at(LocalDateTime.of(2026, 4, 4, 12, 0));

    @BeforeEach
    void buildTheWeek() {
        Case a = at(MON, () -> fixture.reported(HazardGrade.GENERAL));
        a = at(
                MON.plusMinutes(30),
                a,
                c -> fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(c)));
        a = at(
                MON.plusMinutes(60),
                a,
                c -> fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatch(c)));
        a = at(TUE.plusHours(1), a, this::rectify);
        a = at(TUE.plusHours(2), a, c -> verify(c, true));
        at(TUE.plusHours(2).plusMinutes(30), a, this::close);

        Case b = at(MON, () -> fixture.reported(HazardGrade.GENERAL));
        b = at(
                MON.plusMinutes(60),
                b,
                c -> fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(c)));
        b = at(
                MON.plusMinutes(90),
                b,
                c -> fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatch(c)));
        b = at(TUE, b, this::rectify);
        b = at(TUE.plusHours(1), b, c -> verify(c, false));
        b = at(TUE.plusHours(5), b, this::rectify);
        b = at(TUE.plusHours(6), b, c -> verify(c, true));
        at(TUE.plusHours(6).plusMinutes(30), b, this::close);

        Case cc = at(MON, () -> fixture.reported(HazardGrade.GENERAL));
        cc = at(
                MON.plusMinutes(10),
                cc,
                c -> fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(c)));
        at(
                MON.plusMinutes(20),
                cc,
                c -> fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatch(c)));

        Case d = at(MON, () -> fixture.reported(HazardGrade.GENERAL));
        at(
                MON.plusMinutes(1),
                d,
                c -> fixture.casework.reject(CaseworkFixture.center(), new Reject(c.id(), OptionalLong.empty(), "重复")));

        Case f = at(MON, () -> fixture.reported(HazardGrade.GENERAL));
        f = at(
                MON.plusMinutes(5),
                f,
                c -> fixture.casework.register(CaseworkFixture.center(), CaseworkFixture.register(c)));
        f = at(
                MON.plusMinutes(15),
                f,
                c -> fixture.casework.dispatch(CaseworkFixture.center(), CaseworkFixture.dispatch(c)));
        f = at(
                TUE,
                f,
                c -> fixture.casework.requestExtension(
                        fireOfficer(),
                        new RequestExtension(
                                c.id(),
                                OptionalLong.empty(),
                                fixture.clock.at(LocalDateTime.of(2026, 4, 10, 17, 0)),
                                "待料")));
        at(
                TUE.plusMinutes(5),
                f,
                c -> fixture.casework.approveExtension(
                        CaseworkFixture.center(),
                        new ApproveExtension(c.id(), OptionalLong.empty(), Optional.empty())));

        LocalDateTime friday = LocalDateTime.of(2026, 4, 3, 15, 0);
        Case e = at(
                friday,
                () -> fixture.casework.report(
                        shihuGridManager(),
                        fixture.fireHazard(HazardGrade.GENERAL)
                                .grid(SHIHU_MICRO_1)
                                .source(CaseSource.GRID_PATROL)
                                .build()));
        at(friday.plusHours(1), e, c -> fixture.casework.register(shihuCommandCenter(), CaseworkFixture.register(c)));

        fixture.casework.escalateOverdue(saturdayNoon);
    }

    @Test
    void countsAndRatesMatchTheHandCount() {
        CaseIndicators week = fixture.gridSafe.statistics().indicators(CaseScope.all(), this.week, saturdayNoon);

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

    @Test
    void timePerStepHasTheMeanAndTheNearestRankNinetiethPercentile() {
        CaseIndicators week = fixture.gridSafe.statistics().indicators(CaseScope.all(), this.week, saturdayNoon);

        // Registration took 30, 60, 10, 5 and 60 minutes: mean 33 min, p90 (5th of 5) 60 min.
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).count()).isEqualTo(5);
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).mean()).contains(Duration.ofMinutes(33));
        assertThat(week.timePerStep().get(WorkflowStep.REGISTER).p90()).contains(Duration.ofMinutes(60));
        // Rectification, first dispatch to last rectification: A 24 h, B 27 h 30 min.
        assertThat(week.timePerStep().get(WorkflowStep.RECTIFY).mean())
                .contains(Duration.ofHours(25).plusMinutes(45));
        assertThat(week.timePerStep().get(WorkflowStep.CLOSE).p90()).contains(Duration.ofMinutes(30));
    }

    @Test
    void aScopeCountsOnlyItsCases() {
        CaseIndicators shihu =
                fixture.gridSafe.statistics().indicators(CaseScope.all().withinGrid(SHIHU_STREET), week, saturdayNoon);
        assertThat(shihu.reported()).isEqualTo(1);
        assertThat(shihu.registered()).isEqualTo(1);
        assertThat(shihu.dueToClose()).isZero();
        assertThat(shihu.closureRate().percent()).isEqualTo("—");

        CaseIndicators fire =
                fixture.gridSafe.statistics().indicators(CaseScope.all().department(FIRE_BRIGADE), week, saturdayNoon);
        assertThat(fire.dispatched()).isEqualTo(4);
    }

    @Test
    void childGridsAreRankedBestFirst() {
        var ranking = fixture.gridSafe.statistics().rankChildGrids(DISTRICT, CaseScope.all(), week, saturdayNoon);
        assertThat(ranking).extracting(r -> r.subject().code()).containsExactly(JINQIAO_STREET, SHIHU_STREET);
    }

    @Test
    void fourDecreasesComparesThisPeriodWithTheOneBefore() {
        var types = AccidentTypeCatalog.gbt6441_1986();
        var fall = types.find(AccidentTypeCatalog.GBT_6441_1986, "09").orElseThrow();
        List<AccidentRecord> records = List.of(
                accident("a1", LocalDateTime.of(2026, 3, 25, 10, 0), 1, 2, new BigDecimal("300000"), fall),
                accident("a2", LocalDateTime.of(2026, 3, 26, 10, 0), 0, 1, new BigDecimal("50000"), fall),
                accident("a3", LocalDateTime.of(2026, 4, 1, 10, 0), 0, 1, new BigDecimal("80000"), fall));
        FourDecreases trend = FourDecreases.compare(
                AccidentIndicators.of(records, Optional.of(DISTRICT), week),
                AccidentIndicators.of(records, Optional.of(DISTRICT), week.previous()));

        assertThat(trend.accidents().change()).isEqualByComparingTo("-1");
        assertThat(trend.accidents().percent()).contains(new BigDecimal("-50.00"));
        assertThat(trend.deaths().sign()).isNegative();
        assertThat(trend.injuries().change()).isEqualByComparingTo("-2");
        assertThat(trend.directLoss().change()).isEqualByComparingTo("-270000");
        assertThat(trend.allDecreased()).isTrue();
    }

    private AccidentRecord accident(
            String id,
            LocalDateTime at,
            int deaths,
            int injuries,
            BigDecimal loss,
            org.gridsafe.hazard.AccidentType type) {
        return new AccidentRecord(
                id, fixture.clock.at(at), JINQIAO_MICRO_1, Optional.empty(), type, deaths, injuries, 0, loss);
    }

    private Case rectify(Case c) {
        return fixture.casework.submitRectification(
                fireOfficer(), new SubmitRectification(c.id(), OptionalLong.empty(), "已整改", List.of()));
    }

    private Case verify(Case c, boolean passed) {
        return fixture.casework.verify(
                jinqiaoGridManager(),
                new Verify(c.id(), OptionalLong.empty(), passed, Optional.of(passed ? "通过" : "未通过")));
    }

    private Case close(Case c) {
        return fixture.casework.close(
                CaseworkFixture.center(),
                new Close(c.id(), OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private Case at(LocalDateTime time, java.util.function.Supplier<Case> action) {
        fixture.clock.set(time);
        return action.get();
    }

    private Case at(LocalDateTime time, Case c, java.util.function.UnaryOperator<Case> action) {
        fixture.clock.set(time);
        return action.apply(c);
    }
}
