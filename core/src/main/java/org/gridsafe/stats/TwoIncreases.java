package org.gridsafe.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 两升 beside the four decreases: the supervision work of a period — on-site inspections and penalties
 * (执法检查、行政处罚) and hazards found and their rectification rate (隐患排查数、隐患整改率) — compared
 * first 同比 (the same period one year earlier) and second 环比 (the period just before), as {@link
 * FourDecreases} compares the accidents. {@link #allIncreased()} is the 同比 result.
 *
 * <pre>{@code
 * TwoIncreases work = TwoIncreases.of(november, Figures.of(inspections, cases), lastYear, ..., before, ...);
 * work.yearOnYear().penalties().sign();   // 同比 penalties
 * }</pre>
 *
 * @param current this period's figures
 * @param yearOnYear 同比: against the same period one year earlier ({@link Period#sameTimeLastYear})
 * @param periodOnPeriod 环比: against the period just before ({@link Period#previousIn})
 */
public record TwoIncreases(Figures current, Comparison yearOnYear, Comparison periodOnPeriod) {

    /** Checks that every part is present. */
    public TwoIncreases {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(yearOnYear, "yearOnYear");
        Objects.requireNonNull(periodOnPeriod, "periodOnPeriod");
    }

    /**
     * One period's figures.
     *
     * @param onSiteInspections administrative inspections whose day lies in the period ({@link
     *     InspectionIndicators#inspections()})
     * @param penalties penalty decisions dated in the period ({@link InspectionIndicators#penaltyDecisions()})
     * @param hazardsFound cases reported in the period (上报数, {@link CaseIndicators#reported()})
     * @param rectification 隐患整改率: the closure rate (结案率, {@link CaseIndicators#closureRate()})
     */
    public record Figures(long onSiteInspections, long penalties, long hazardsFound, Rate rectification) {
        public Figures {
            Objects.requireNonNull(rectification, "rectification");
        }

        /** The figures of a period from its inspection and case indicators. */
        public static Figures of(InspectionIndicators inspections, CaseIndicators cases) {
            return new Figures(
                    inspections.inspections(), inspections.penaltyDecisions(), cases.reported(), cases.closureRate());
        }

        /** The rectification rate in percent to two places (half up); empty when nothing was due. */
        public Optional<BigDecimal> rectificationPercent() {
            if (rectification.denominator() == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(rectification.numerator() * 100)
                    .divide(BigDecimal.valueOf(rectification.denominator()), 2, RoundingMode.HALF_UP));
        }
    }

    /**
     * The four figures of one period against one basis period.
     *
     * @param basis what the period is compared with
     * @param basisPeriod the period compared with
     * @param earlier the basis period's figures
     * @param onSiteInspections the change of on-site inspections
     * @param penalties the change of penalties
     * @param hazardsFound the change of hazards found
     * @param rectification the change of the rectification rate in percentage points; empty when either
     *     period had nothing due
     */
    public record Comparison(
            FourDecreases.Basis basis,
            Period basisPeriod,
            Figures earlier,
            IndicatorChange onSiteInspections,
            IndicatorChange penalties,
            IndicatorChange hazardsFound,
            Optional<IndicatorChange> rectification) {

        public Comparison {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(basisPeriod, "basisPeriod");
            Objects.requireNonNull(earlier, "earlier");
            Objects.requireNonNull(rectification, "rectification");
        }

        /** Compares {@code current} with {@code earlier}, the figures of {@code basisPeriod}. */
        public static Comparison of(FourDecreases.Basis basis, Period basisPeriod, Figures current, Figures earlier) {
            Optional<IndicatorChange> rate = current.rectificationPercent().isPresent()
                            && earlier.rectificationPercent().isPresent()
                    ? Optional.of(new IndicatorChange(
                            "rectificationRate",
                            current.rectificationPercent().get(),
                            earlier.rectificationPercent().get()))
                    : Optional.empty();
            return new Comparison(
                    basis,
                    basisPeriod,
                    earlier,
                    change("onSiteInspections", current.onSiteInspections(), earlier.onSiteInspections()),
                    change("penalties", current.penalties(), earlier.penalties()),
                    change("hazardsFound", current.hazardsFound(), earlier.hazardsFound()),
                    rate);
        }

        private static IndicatorChange change(String name, long current, long earlier) {
            return new IndicatorChange(name, BigDecimal.valueOf(current), BigDecimal.valueOf(earlier));
        }

        /** The changes there are: inspections, penalties, hazards found, and the rate when both periods have one. */
        public List<IndicatorChange> changes() {
            List<IndicatorChange> all = new ArrayList<>(List.of(onSiteInspections, penalties, hazardsFound));
            rectification.ifPresent(all::add);
            return all;
        }

        /**
         * 两升: inspections and penalties both rose, and hazards found and the rectification rate both
         * rose (a rate that cannot be compared is not a rise).
         */
        public boolean allIncreased() {
            return onSiteInspections.sign() > 0
                    && penalties.sign() > 0
                    && hazardsFound.sign() > 0
                    && rectification.map(c -> c.sign() > 0).orElse(false);
        }
    }

    /** The two comparisons, 同比 first. */
    public List<Comparison> comparisons() {
        return List.of(yearOnYear, periodOnPeriod);
    }

    /** Whether all rose 同比 (judged against last year, as the four decreases). */
    public boolean allIncreased() {
        return yearOnYear.allIncreased();
    }
}
