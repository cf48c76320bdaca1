package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.AccidentTypeCatalog;
import org.gridsafe.stats.AccidentIndicators;
import org.gridsafe.stats.AccidentRecord;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.FourDecreases;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.HandCountedWeek;
import org.gridsafe.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Indicators over the hand-counted week of {@link HandCountedWeek} (Monday 2026-03-30 to Monday 2026-04-06, holiday on Wednesday),
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

    private final TestClock clock = TestClock.mondayMorning();
    private final GridSafe gridSafe =
            GridSafe.builder().directory(directory()).clock(clock).build();
    private final Period week = HandCountedWeek.WEEK;
    private final java.time.Instant saturdayNoon = HandCountedWeek.SATURDAY_NOON;

    @BeforeEach
    void buildTheWeek() {
        HandCountedWeek.build(gridSafe.casework(), clock);
    }

    @Test
    void countsAndRatesMatchTheHandCount() {
        CaseIndicators week = gridSafe.statistics().indicators(CaseScope.all(), this.week, saturdayNoon);

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
        CaseIndicators week = gridSafe.statistics().indicators(CaseScope.all(), this.week, saturdayNoon);

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
                gridSafe.statistics().indicators(CaseScope.all().withinGrid(SHIHU_STREET), week, saturdayNoon);
        assertThat(shihu.reported()).isEqualTo(1);
        assertThat(shihu.registered()).isEqualTo(1);
        assertThat(shihu.dueToClose()).isZero();
        assertThat(shihu.closureRate().percent()).isEqualTo("—");

        CaseIndicators fire =
                gridSafe.statistics().indicators(CaseScope.all().department(FIRE_BRIGADE), week, saturdayNoon);
        assertThat(fire.dispatched()).isEqualTo(4);
    }

    @Test
    void childGridsAreRankedBestFirst() {
        var ranking = gridSafe.statistics().rankChildGrids(DISTRICT, CaseScope.all(), week, saturdayNoon);
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
                id, at.atZone(ZONE).toInstant(), JINQIAO_MICRO_1, Optional.empty(), type, deaths, injuries, 0, loss);
    }
}
