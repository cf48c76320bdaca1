package org.gridsafe.stats;

/**
 * The weights a patrol ranking scores grids, streets and staff by: score = coverage × {@code coverage} +
 * on-time rate × {@code onTime} + valid-report rate × {@code validReport}, each rate between 0 and 1 (a
 * rate with nothing to count adds 0). No published rule fixes them: {@link #standard()} is the project's
 * own choice, and a host gives its own.
 *
 * @param coverage the weight of 巡查覆盖率
 * @param onTime the weight of 按时巡查率
 * @param validReport the weight of 有效上报率
 */
public record PatrolRankingWeights(double coverage, double onTime, double validReport) {

    /** Each weight is finite and at least 0, and at least one is above 0. */
    public PatrolRankingWeights {
        for (double w : new double[] {coverage, onTime, validReport}) {
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("a patrol ranking weight must be finite and at least 0; got " + w);
            }
        }
        if (coverage + onTime + validReport == 0) {
            throw new IllegalArgumentException("at least one patrol ranking weight must be above 0");
        }
    }

    /** 0.4 coverage, 0.4 on time, 0.2 valid reports: the project's own choice (no source weighs them). */
    public static PatrolRankingWeights standard() {
        return new PatrolRankingWeights(0.4, 0.4, 0.2);
    }

    /** The score of {@code indicators}. */
    public double score(PatrolIndicators indicators) {
        return coverage * indicators.coverage().value().orElse(0)
                + onTime * indicators.onTimeRate().value().orElse(0)
                + validReport * indicators.validReportRate().value().orElse(0);
    }
}
