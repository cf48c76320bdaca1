package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridsafe.hazard.AccidentTypeCatalog;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.stats.AccidentRecord;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.FourDecreases;
import org.gridsafe.stats.OpenCaseCounts;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.HandCountedWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

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

    private final MutableClock clock = mondayMorningClock();
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
        HandCountedWeek.assertCountsAndRates(gridSafe.statistics().indicators(CaseScope.all(), week, saturdayNoon));
    }

    @Test
    void timePerStepHasTheMeanAndTheNearestRankNinetiethPercentile() {
        HandCountedWeek.assertTimePerStep(gridSafe.statistics().indicators(CaseScope.all(), week, saturdayNoon));
    }

    @Test
    void aScopeCountsOnlyItsCases() {
        HandCountedWeek.assertScopes(gridSafe.statistics());
    }

    @Test
    void childGridsAreRankedBestFirst() {
        HandCountedWeek.assertRanking(gridSafe.statistics());
    }

    @Test
    void openWorkPerChildGridCountsUnfinishedCasesAndTheOverdueAsOfNow() {
        // Saturday noon: C and F open in 金桥 (C past its Friday deadline), E open in 石湖; A, B closed, D rejected.
        List<OpenCaseCounts.OfGrid> streets =
                gridSafe.statistics().openNowPerChildGrid(DISTRICT, CaseScope.all(), saturdayNoon);
        assertThat(streets).extracting(row -> row.grid().code()).containsExactly(JINQIAO_STREET, SHIHU_STREET);
        assertThat(streets.get(0).counts()).isEqualTo(new OpenCaseCounts(2, 0, 1));
        assertThat(streets.get(0).counts().worstGrade()).contains(HazardGrade.GENERAL);
        assertThat(streets.get(1).counts()).isEqualTo(new OpenCaseCounts(1, 0, 0));
        // A micro-grid without children answers for itself.
        assertThat(gridSafe.statistics().openNowPerChildGrid(SHIHU_MICRO_1, CaseScope.all(), saturdayNoon))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.grid().code()).isEqualTo(SHIHU_MICRO_1);
                    assertThat(row.counts().open()).isEqualTo(1);
                });
        // As of Monday morning no deadline had passed yet: the same open cases, none overdue.
        assertThat(gridSafe.statistics().openNow(CaseScope.all().withinGrid(JINQIAO_STREET), week.from()))
                .isEqualTo(new OpenCaseCounts(2, 0, 0));
        assertThat(OpenCaseCounts.NONE.worstGrade()).isEmpty();
    }

    @Test
    void aMajorHazardMakesTheGridsWorstGradeMajor() {
        assertThat(new OpenCaseCounts(3, 1, 0).worstGrade()).contains(HazardGrade.MAJOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpenCaseCounts(1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fourDecreasesOfTheWeekCompareWithTheSameWeekLastYearThenTheWeekBefore() {
        var types = AccidentTypeCatalog.gbt6441_1986();
        var fall = types.find(AccidentTypeCatalog.GBT_6441_1986, "09").orElseThrow();
        List<AccidentRecord> records = List.of(
                accident("a0", LocalDateTime.of(2025, 3, 31, 10, 0), 2, 3, new BigDecimal("900000"), fall),
                accident("a1", LocalDateTime.of(2026, 3, 25, 10, 0), 1, 2, new BigDecimal("300000"), fall),
                accident("a2", LocalDateTime.of(2026, 3, 26, 10, 0), 0, 1, new BigDecimal("50000"), fall),
                accident("a3", LocalDateTime.of(2026, 4, 1, 10, 0), 0, 1, new BigDecimal("80000"), fall));
        FourDecreases trend = FourDecreases.of(records, Optional.of(DISTRICT), week, ZONE);

        assertThat(trend.yearOnYear().accidents().change()).isEqualByComparingTo("0");
        assertThat(trend.yearOnYear().deaths().change()).isEqualByComparingTo("-2");
        assertThat(trend.yearOnYear().allDecreased()).isFalse();
        assertThat(trend.periodOnPeriod().basisPeriod()).isEqualTo(week.previous());
        assertThat(trend.periodOnPeriod().accidents().change()).isEqualByComparingTo("-1");
        assertThat(trend.periodOnPeriod().accidents().percent()).contains(new BigDecimal("-50.00"));
        assertThat(trend.periodOnPeriod().injuries().change()).isEqualByComparingTo("-2");
        assertThat(trend.periodOnPeriod().directLoss().change()).isEqualByComparingTo("-270000");
        assertThat(trend.periodOnPeriod().allDecreased()).isTrue();
        assertThat(trend.allDecreased()).isFalse();
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
