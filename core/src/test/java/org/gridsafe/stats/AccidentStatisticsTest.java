package org.gridsafe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.AccidentGrade;
import org.gridsafe.hazard.AccidentType;
import org.gridsafe.hazard.AccidentTypeCatalog;
import org.junit.jupiter.api.Test;

/** Accident grades on records, counts by grade, and 四降 同比 first, 环比 second. */
class AccidentStatisticsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final GridCode DISTRICT = GridCode.parse("430105");
    private static final GridCode STREET = GridCode.parse("430105001");
    private static final GridCode OTHER_DISTRICT = GridCode.parse("430102");
    private static final AccidentType FALL_1986 =
            AccidentTypeCatalog.standard().find("GB/T 6441-1986", "09").orElseThrow();
    private static final AccidentType FALL_2025 = AccidentTypeCatalog.standard().types("GB 6441-2025").stream()
            .filter(t -> t.zhName().equals("高处坠落"))
            .findFirst()
            .orElseThrow();

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(ZONE).toInstant();
    }

    private static Period month(int year, int month) {
        return new Period(
                LocalDateTime.of(year, month, 1, 0, 0).atZone(ZONE).toInstant(),
                LocalDateTime.of(year, month, 1, 0, 0)
                        .plusMonths(1)
                        .atZone(ZONE)
                        .toInstant());
    }

    private static AccidentRecord accident(
            String id, Instant when, GridCode grid, int deaths, int serious, int minor, String loss) {
        AccidentType type = AccidentTypeCatalog.editionFor(when).equals("GB 6441-2025") ? FALL_2025 : FALL_1986;
        return new AccidentRecord(id, when, grid, Optional.empty(), type, deaths, serious, minor, new BigDecimal(loss));
    }

    @Test
    void everyRecordCarriesItsGradeAndTheIndicatorsCountEachGrade() {
        List<AccidentRecord> records = List.of(
                accident("a", at(2026, 3, 2), STREET, 0, 1, 2, "50000"), // 一般
                accident("b", at(2026, 3, 3), STREET, 3, 0, 0, "0"), // 较大 by deaths
                accident("c", at(2026, 3, 4), DISTRICT, 0, 12, 0, "0"), // 较大 by serious injuries
                accident("d", at(2026, 3, 5), STREET, 1, 0, 0, "60000000"), // 重大 by loss
                accident("e", at(2026, 3, 6), STREET, 30, 0, 0, "0"), // 特别重大
                accident("f", at(2026, 3, 7), OTHER_DISTRICT, 5, 0, 0, "0"), // elsewhere
                accident("g", at(2026, 4, 1), STREET, 5, 0, 0, "0")); // next month

        assertThat(records.stream().map(AccidentRecord::grade))
                .containsExactly(
                        AccidentGrade.ORDINARY,
                        AccidentGrade.LARGER,
                        AccidentGrade.LARGER,
                        AccidentGrade.MAJOR,
                        AccidentGrade.ESPECIALLY_MAJOR,
                        AccidentGrade.LARGER,
                        AccidentGrade.LARGER);
        AccidentIndicators march = AccidentIndicators.of(records, Optional.of(DISTRICT), month(2026, 3));
        assertThat(march).isEqualTo(new AccidentIndicators(5, 34, 15, new BigDecimal("60050000"), 2, 1, 1));
        assertThat(march.largerOrWorse()).isEqualTo(4);
        assertThat(AccidentIndicators.of(records, Optional.of(STREET), month(2026, 3))
                        .larger())
                .isEqualTo(1);

        assertThat(AccidentIndicators.latestAtLeast(
                                records, Optional.of(DISTRICT), AccidentGrade.MAJOR, at(2026, 12, 1))
                        .map(AccidentRecord::id))
                .contains("e");
        assertThat(AccidentIndicators.latestAtLeast(
                        records, Optional.of(DISTRICT), AccidentGrade.LARGER, at(2026, 3, 5)))
                .map(AccidentRecord::id)
                .contains("c");
        assertThat(AccidentIndicators.latestAtLeast(
                        records, Optional.of(DISTRICT), AccidentGrade.LARGER, at(2026, 3, 3)))
                .isEmpty();
    }

    @Test
    void anAccidentTakesATypeOfTheEditionItsDateChooses() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccidentRecord(
                        "x", at(2026, 8, 1), STREET, Optional.empty(), FALL_1986, 0, 0, 1, BigDecimal.ZERO))
                .withMessage("accident x on 2026-08-01 has type 09 高处坠落 of GB/T 6441-1986; accidents from"
                        + " 2026-07-01 take a type of GB 6441-2025 (AccidentTypeCatalog.standard().typesFor(date))");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccidentRecord(
                        "y", at(2026, 6, 30), STREET, Optional.empty(), FALL_2025, 0, 0, 1, BigDecimal.ZERO))
                .withMessageContaining("accidents before 2026-07-01 take a type of GB/T 6441-1986");
        AccidentType local = new AccidentType("host edition", "L1", "本地类型", "local type");
        assertThat(new AccidentRecord("z", at(2026, 8, 1), STREET, Optional.empty(), local, 0, 0, 1, BigDecimal.ZERO)
                        .grade())
                .isEqualTo(AccidentGrade.ORDINARY);
    }

    @Test
    void fourDecreasesCompareWithTheSameMonthLastYearFirstAndTheMonthBeforeSecond() {
        List<AccidentRecord> records = List.of(
                // March 2025 (同比 basis): 3 accidents, 2 deaths, 4 injuries, 900,000 yuan
                accident("y1", at(2025, 3, 3), STREET, 1, 1, 1, "300000"),
                accident("y2", at(2025, 3, 10), STREET, 1, 0, 1, "300000"),
                accident("y3", at(2025, 3, 31), STREET, 0, 1, 0, "300000"),
                // February 2026 (环比 basis): 1 accident, no deaths, 1 injury, 10,000 yuan
                accident("p1", at(2026, 2, 28), STREET, 0, 0, 1, "10000"),
                // March 2026: 2 accidents, 1 death, 2 injuries, 100,000 yuan
                accident("c1", at(2026, 3, 1), STREET, 1, 0, 0, "40000"),
                accident("c2", at(2026, 3, 31), STREET, 0, 1, 1, "60000"),
                // April 2025 and 2026: outside every period
                accident("o1", at(2025, 4, 1), STREET, 9, 9, 9, "9000000"),
                accident("o2", at(2026, 4, 1), STREET, 9, 9, 9, "9000000"));

        FourDecreases trend = FourDecreases.of(records, Optional.of(DISTRICT), month(2026, 3), ZONE);

        assertThat(trend.comparisons().stream().map(FourDecreases.Comparison::basis))
                .containsExactly(FourDecreases.Basis.YEAR_ON_YEAR, FourDecreases.Basis.PERIOD_ON_PERIOD);
        assertThat(trend.yearOnYear().basisPeriod()).isEqualTo(month(2025, 3));
        assertThat(trend.periodOnPeriod().basisPeriod()).isEqualTo(month(2026, 2));
        assertThat(trend.current().accidents()).isEqualTo(2);

        FourDecreases.Comparison yoy = trend.yearOnYear();
        assertThat(yoy.accidents().change()).isEqualByComparingTo("-1");
        assertThat(yoy.accidents().percent()).contains(new BigDecimal("-33.33"));
        assertThat(yoy.deaths().change()).isEqualByComparingTo("-1");
        assertThat(yoy.injuries().change()).isEqualByComparingTo("-2");
        assertThat(yoy.directLoss().change()).isEqualByComparingTo("-800000");
        assertThat(yoy.allDecreased()).isTrue();

        FourDecreases.Comparison mom = trend.periodOnPeriod();
        assertThat(mom.accidents().change()).isEqualByComparingTo("1");
        assertThat(mom.deaths().sign()).isPositive();
        assertThat(mom.deaths().percent()).isEmpty();
        assertThat(mom.allDecreased()).isFalse();

        // The four decreases are judged 同比.
        assertThat(trend.allDecreased()).isTrue();
    }

    @Test
    void sameTimeLastYearAndThePeriodBeforeFollowTheCalendar() {
        Period quarter = new Period(
                LocalDateTime.of(2026, 4, 1, 0, 0).atZone(ZONE).toInstant(),
                LocalDateTime.of(2026, 7, 1, 0, 0).atZone(ZONE).toInstant());
        assertThat(quarter.previousIn(ZONE))
                .isEqualTo(new Period(
                        LocalDateTime.of(2026, 1, 1, 0, 0).atZone(ZONE).toInstant(), quarter.from()));
        assertThat(quarter.sameTimeLastYear(ZONE))
                .isEqualTo(new Period(
                        LocalDateTime.of(2025, 4, 1, 0, 0).atZone(ZONE).toInstant(),
                        LocalDateTime.of(2025, 7, 1, 0, 0).atZone(ZONE).toInstant()));
        // March has 31 days, February 28: 环比 of March is all of February, not 31 days back.
        assertThat(month(2026, 3).previousIn(ZONE)).isEqualTo(month(2026, 2));
        Period week = new Period(at(2026, 3, 30), at(2026, 4, 6));
        assertThat(week.previousIn(ZONE)).isEqualTo(week.previous());
        Period leapDay = new Period(at(2028, 2, 29), at(2028, 3, 1));
        assertThat(leapDay.sameTimeLastYear(ZONE).from()).isEqualTo(at(2027, 2, 28));
    }
}
