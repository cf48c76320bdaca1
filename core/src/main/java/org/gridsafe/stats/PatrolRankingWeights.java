package org.gridsafe.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The weights a patrol ranking scores grids, streets and staff by. Each part of the score lies between 0
 * and 1 and is multiplied by its weight:
 *
 * <ul>
 *   <li>{@code coverage}, {@code onTime}, {@code validReport}: the rate (a rate with nothing to count adds 0);
 *   <li>{@code missed}: 1 − missed ÷ due (nothing due adds 0), so fewer missed patrols score higher;
 *   <li>{@code hazards}, {@code online}, {@code mileage}: hazards found per 100 entities, online time and
 *       mileage, each divided by the largest in the same ranking (0 when the largest is 0).
 * </ul>
 *
 * No published rule fixes them: {@link #standard()} and {@link #staffStandard()} are the project's own
 * choice, and a host gives its own.
 *
 * @param coverage the weight of 巡查覆盖率
 * @param onTime the weight of 按时巡查率
 * @param validReport the weight of 有效上报率
 * @param missed the weight of the share of due patrols not missed (漏巡)
 * @param hazards the weight of 每百家隐患发现数, relative to the ranking's largest
 * @param online the weight of 在线时长, relative to the ranking's largest
 * @param mileage the weight of 巡查里程, relative to the ranking's largest
 */
public record PatrolRankingWeights(
        double coverage,
        double onTime,
        double validReport,
        double missed,
        double hazards,
        double online,
        double mileage) {

    /** The names of the weights, in component order (the keys of {@link #of(Map)} and of configuration). */
    public static final List<String> NAMES =
            List.of("coverage", "onTime", "validReport", "missed", "hazards", "online", "mileage");

    /** Each weight is finite and at least 0, and at least one is above 0. */
    public PatrolRankingWeights {
        double[] all = {coverage, onTime, validReport, missed, hazards, online, mileage};
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            if (!Double.isFinite(all[i]) || all[i] < 0) {
                throw new IllegalArgumentException(
                        "a patrol ranking weight must be finite and at least 0; " + NAMES.get(i) + " was " + all[i]);
            }
            sum += all[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one patrol ranking weight must be above 0");
        }
    }

    /** The three rate weights only (missed, hazards, online time and mileage weigh 0). */
    public PatrolRankingWeights(double coverage, double onTime, double validReport) {
        this(coverage, onTime, validReport, 0, 0, 0, 0);
    }

    /**
     * For grids: 0.4 coverage, 0.4 on time, 0.2 valid reports, the rest 0 — the project's own choice (no
     * source weighs them).
     */
    public static PatrolRankingWeights standard() {
        return new PatrolRankingWeights(0.4, 0.4, 0.2);
    }

    /**
     * For staff members: 0.3 on time, 0.2 missed, 0.15 hazards found, 0.15 valid reports, 0.1 online time,
     * 0.1 mileage, coverage 0 (a staff member's entities are assigned, so on time already says it) — the
     * project's own choice (no source weighs them).
     */
    public static PatrolRankingWeights staffStandard() {
        return new PatrolRankingWeights(0, 0.3, 0.15, 0.2, 0.15, 0.1, 0.1);
    }

    /**
     * Weights from named values ({@link #NAMES}); a name not given weighs 0.
     *
     * @throws IllegalArgumentException naming the unknown key or the weight that is not allowed
     */
    public static PatrolRankingWeights of(Map<String, Double> values) {
        for (String key : values.keySet()) {
            if (!NAMES.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown patrol ranking weight '" + key + "'; known: " + String.join(", ", NAMES));
            }
        }
        double[] w = new double[NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = values.getOrDefault(NAMES.get(i), 0.0);
        }
        return new PatrolRankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    /** The weights by name, in {@link #NAMES} order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        double[] all = {coverage, onTime, validReport, missed, hazards, online, mileage};
        for (int i = 0; i < all.length; i++) {
            m.put(NAMES.get(i), all[i]);
        }
        return m;
    }

    /**
     * The scores of a ranking's entries, in their order: the parts relative to the largest are divided by
     * the largest among {@code cohort}.
     */
    public List<Double> scores(List<PatrolIndicators> cohort) {
        double maxHazards = max(cohort, PatrolRankingWeights::hazardsOf);
        double maxOnline = max(cohort, PatrolRankingWeights::onlineOf);
        double maxMeters = max(cohort, PatrolRankingWeights::metersOf);
        List<Double> scores = new ArrayList<>(cohort.size());
        for (PatrolIndicators i : Objects.requireNonNull(cohort, "cohort")) {
            double notMissed = i.due() == 0 ? 0 : 1 - (double) i.missed() / i.due();
            scores.add(coverage * i.coverage().value().orElse(0)
                    + onTime * i.onTimeRate().value().orElse(0)
                    + validReport * i.validReportRate().value().orElse(0)
                    + missed * notMissed
                    + hazards * relative(hazardsOf(i), maxHazards)
                    + online * relative(onlineOf(i), maxOnline)
                    + mileage * relative(metersOf(i), maxMeters));
        }
        return scores;
    }

    private static double relative(double value, double max) {
        return max == 0 ? 0 : value / max;
    }

    private static double max(List<PatrolIndicators> cohort, ToDoubleFunction<PatrolIndicators> f) {
        double max = 0;
        for (PatrolIndicators i : cohort) {
            max = Math.max(max, f.applyAsDouble(i));
        }
        return max;
    }

    private static double hazardsOf(PatrolIndicators i) {
        return i.hazardsPer100Entities().map(java.math.BigDecimal::doubleValue).orElse(0.0);
    }

    private static double onlineOf(PatrolIndicators i) {
        return i.staff().stream().mapToLong(t -> t.online().toMillis()).sum();
    }

    private static double metersOf(PatrolIndicators i) {
        return i.staff().stream().mapToLong(PatrolIndicators.StaffTrack::meters).sum();
    }
}
