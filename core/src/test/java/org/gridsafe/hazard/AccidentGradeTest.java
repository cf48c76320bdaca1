package org.gridsafe.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** Accident grades of 国务院令第493号: the band table, and monotone in every measure. */
class AccidentGradeTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000);

    /** Measures around every band edge: many values land on or next to a threshold. */
    private static Gen<Long> count() {
        Gen<Long> edges =
                integers().between(0, 11).map(i -> new long[] {0, 2, 3, 9, 10, 29, 30, 49, 50, 99, 100, 101}[i]);
        return edges.mix(longs().between(0, 500));
    }

    private static Gen<BigDecimal> loss() {
        Gen<BigDecimal> edges = integers()
                .between(0, 7)
                .map((Integer i) -> new BigDecimal(new String[] {
                            "0",
                            "9999999.99",
                            "10000000",
                            "49999999.99",
                            "50000000",
                            "99999999.99",
                            "100000000",
                            "100000000.01"
                        }
                        [i]));
        return edges.mix(longs().between(0, 300_000_000L).map((Long n) -> BigDecimal.valueOf(n)));
    }

    /** The band table written out independently of the enum's thresholds. */
    private static AccidentGrade byTable(long deaths, long serious, BigDecimal loss) {
        if (deaths >= 30 || serious >= 100 || loss.compareTo(new BigDecimal("100000000")) >= 0) {
            return AccidentGrade.ESPECIALLY_MAJOR;
        }
        if (deaths >= 10 || serious >= 50 || loss.compareTo(new BigDecimal("50000000")) >= 0) {
            return AccidentGrade.MAJOR;
        }
        if (deaths >= 3 || serious >= 10 || loss.compareTo(new BigDecimal("10000000")) >= 0) {
            return AccidentGrade.LARGER;
        }
        return AccidentGrade.ORDINARY;
    }

    @Test
    void theGradeMatchesTheBandTable() {
        qt().withExamples(EXAMPLES)
                .forAll(count(), count(), loss())
                .checkAssert((deaths, serious, loss) ->
                        assertThat(AccidentGrade.of(deaths, serious, loss)).isEqualTo(byTable(deaths, serious, loss)));
    }

    @Test
    void theGradeNeverFallsWhenAnyMeasureRises() {
        qt().withExamples(EXAMPLES)
                .forAll(count(), count(), loss(), integers().between(0, 2).zip(count(), (w, m) -> new long[] {w, m}))
                .checkAssert((deaths, serious, loss, step) -> {
                    long which = step[0];
                    long more = step[1];
                    AccidentGrade before = AccidentGrade.of(deaths, serious, loss);
                    AccidentGrade after = which == 0
                            ? AccidentGrade.of(deaths + more, serious, loss)
                            : which == 1
                                    ? AccidentGrade.of(deaths, serious + more, loss)
                                    : AccidentGrade.of(
                                            deaths, serious, loss.add(BigDecimal.valueOf(more * 1_000_000L)));
                    assertThat(after.isAtLeast(before)).isTrue();
                    assertThat(after).isGreaterThanOrEqualTo(before);
                });
    }

    @Test
    void theGradeIsTheHighestBandAnyOneMeasureReaches() {
        qt().withExamples(EXAMPLES).forAll(count(), count(), loss()).checkAssert((deaths, serious, loss) -> {
            AccidentGrade byDeaths = AccidentGrade.of(deaths, 0, BigDecimal.ZERO);
            AccidentGrade bySerious = AccidentGrade.of(0, serious, BigDecimal.ZERO);
            AccidentGrade byLoss = AccidentGrade.of(0, 0, loss);
            AccidentGrade highest = byDeaths.compareTo(bySerious) >= 0 ? byDeaths : bySerious;
            highest = highest.compareTo(byLoss) >= 0 ? highest : byLoss;
            assertThat(AccidentGrade.of(deaths, serious, loss)).isEqualTo(highest);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, ORDINARY",
        "2, 9, 9999999.99, ORDINARY",
        "3, 0, 0, LARGER",
        "0, 10, 0, LARGER",
        "0, 0, 10000000, LARGER",
        "9, 49, 49999999, LARGER",
        "10, 0, 0, MAJOR",
        "0, 50, 0, MAJOR",
        "0, 0, 50000000, MAJOR",
        "29, 99, 99999999, MAJOR",
        "30, 0, 0, ESPECIALLY_MAJOR",
        "0, 100, 0, ESPECIALLY_MAJOR",
        "0, 0, 100000000, ESPECIALLY_MAJOR",
        "1, 12, 0, LARGER",
        "2, 3, 60000000, MAJOR",
    })
    void bandEdges(long deaths, long serious, String loss, AccidentGrade grade) {
        assertThat(AccidentGrade.of(deaths, serious, new BigDecimal(loss))).isEqualTo(grade);
    }

    @Test
    void thresholdsNamesAndReportingChainAreThePublishedOnes() {
        assertThat(AccidentGrade.LARGER.minDeaths()).isEqualTo(3);
        assertThat(AccidentGrade.MAJOR.minSeriousInjuries()).isEqualTo(50);
        assertThat(AccidentGrade.ESPECIALLY_MAJOR.minDirectLossYuan()).isEqualByComparingTo("100000000");
        assertThat(AccidentGrade.LARGER.zhName()).isEqualTo("较大事故");
        assertThat(AccidentGrade.ORDINARY.reportedUpTo()).isEqualTo("设区的市");
        assertThat(AccidentGrade.LARGER.reportedUpTo()).isEqualTo("省、自治区、直辖市");
        assertThat(AccidentGrade.MAJOR.reportedUpTo()).isEqualTo("国务院");
        assertThat(AccidentReporting.UNIT_TO_AUTHORITY).hasHours(1);
        assertThat(AccidentReporting.PER_LEVEL).hasHours(2);
        assertThat(AccidentReporting.SUPPLEMENTARY.getDays()).isEqualTo(30);
        assertThat(AccidentReporting.SUPPLEMENTARY_ROAD_TRAFFIC_AND_FIRE.getDays())
                .isEqualTo(7);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccidentGrade.of(-1, 0, BigDecimal.ZERO))
                .withMessage("accident measures cannot be negative: deaths -1, serious injuries 0, direct loss 0");
    }
}
