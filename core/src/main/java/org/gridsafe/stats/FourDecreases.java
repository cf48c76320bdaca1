package org.gridsafe.stats;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * 四降: accidents, deaths, injuries and direct economic loss of a period, compared first 同比 (with
 * the same period one year earlier) and second 环比 (with the period just before), the order in
 * which safety situation reports state them.
 *
 * <pre>{@code
 * FourDecreases trend = FourDecreases.of(records, Optional.of(district), quarter, zone);
 * trend.yearOnYear().allDecreased();       // 同比四降
 * trend.periodOnPeriod().deaths().sign();  // 环比 deaths
 * }</pre>
 *
 * <p>{@link #allDecreased()} is the 同比 result: the four decreases are judged against last year;
 * the 环比 comparison is shown beside it.
 *
 * @param current this period's indicators
 * @param yearOnYear 同比: against the same period one year earlier ({@link Period#sameTimeLastYear})
 * @param periodOnPeriod 环比: against the period just before ({@link Period#previousIn})
 */
public record FourDecreases(AccidentIndicators current, Comparison yearOnYear, Comparison periodOnPeriod) {

    /** Checks that every part is present. */
    public FourDecreases {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(yearOnYear, "yearOnYear");
        Objects.requireNonNull(periodOnPeriod, "periodOnPeriod");
    }

    /** What a comparison is against. */
    public enum Basis {
        /** 同比: the same period one year earlier. */
        YEAR_ON_YEAR("同比"),
        /** 环比: the period just before. */
        PERIOD_ON_PERIOD("环比");

        private final String zhName;

        Basis(String zhName) {
            this.zhName = zhName;
        }

        /** Display name in simplified Chinese. */
        public String zhName() {
            return zhName;
        }
    }

    /**
     * The four indicators of one period against one basis period.
     *
     * @param basis what the period is compared with
     * @param basisPeriod the period compared with
     * @param accidents the accident count
     * @param deaths people killed
     * @param injuries people injured
     * @param directLoss direct economic loss in yuan
     */
    public record Comparison(
            Basis basis,
            Period basisPeriod,
            IndicatorChange accidents,
            IndicatorChange deaths,
            IndicatorChange injuries,
            IndicatorChange directLoss) {

        /** Compares {@code current} with {@code earlier}, the indicators of {@code basisPeriod}. */
        public static Comparison of(
                Basis basis, Period basisPeriod, AccidentIndicators current, AccidentIndicators earlier) {
            return new Comparison(
                    basis,
                    basisPeriod,
                    new IndicatorChange(
                            "accidents",
                            BigDecimal.valueOf(current.accidents()),
                            BigDecimal.valueOf(earlier.accidents())),
                    new IndicatorChange(
                            "deaths", BigDecimal.valueOf(current.deaths()), BigDecimal.valueOf(earlier.deaths())),
                    new IndicatorChange(
                            "injuries", BigDecimal.valueOf(current.injuries()), BigDecimal.valueOf(earlier.injuries())),
                    new IndicatorChange("directLoss", current.directLossYuan(), earlier.directLossYuan()));
        }

        /** The four changes: accidents, deaths, injuries, direct loss. */
        public List<IndicatorChange> changes() {
            return List.of(accidents, deaths, injuries, directLoss);
        }

        /** Whether every indicator went down against the basis. */
        public boolean allDecreased() {
            return changes().stream().allMatch(c -> c.sign() < 0);
        }
    }

    /**
     * The four decreases of {@code period} in {@code withinGrid}'s subtree (or everywhere): 同比
     * against {@link Period#sameTimeLastYear(ZoneId)}, 环比 against {@link Period#previousIn(ZoneId)}.
     */
    public static FourDecreases of(
            Collection<AccidentRecord> records, Optional<GridCode> withinGrid, Period period, ZoneId zone) {
        AccidentIndicators current = AccidentIndicators.of(records, withinGrid, period);
        Period lastYear = period.sameTimeLastYear(zone);
        Period before = period.previousIn(zone);
        return new FourDecreases(
                current,
                Comparison.of(
                        Basis.YEAR_ON_YEAR, lastYear, current, AccidentIndicators.of(records, withinGrid, lastYear)),
                Comparison.of(
                        Basis.PERIOD_ON_PERIOD, before, current, AccidentIndicators.of(records, withinGrid, before)));
    }

    /** The two comparisons, 同比 first. */
    public List<Comparison> comparisons() {
        return List.of(yearOnYear, periodOnPeriod);
    }

    /** Whether all four went down 同比 (the four decreases are judged against last year). */
    public boolean allDecreased() {
        return yearOnYear.allDecreased();
    }
}
