package org.gridsafe.stats;

import java.math.BigDecimal;
import java.util.List;

/**
 * 四降: accidents, deaths, injuries and direct economic loss, each this period against the
 * previous one.
 *
 * <pre>{@code
 * FourDecreases trend = FourDecreases.compare(
 *         AccidentIndicators.of(records, district, quarter),
 *         AccidentIndicators.of(records, district, quarter.previous()));
 * boolean allDown = trend.allDecreased();
 * }</pre>
 *
 * @param accidents the accident count
 * @param deaths people killed
 * @param injuries people injured
 * @param directLoss direct economic loss in yuan
 */
public record FourDecreases(
        IndicatorChange accidents, IndicatorChange deaths, IndicatorChange injuries, IndicatorChange directLoss) {

    /** Compares {@code current} with {@code previous}. */
    public static FourDecreases compare(AccidentIndicators current, AccidentIndicators previous) {
        return new FourDecreases(
                new IndicatorChange(
                        "accidents", BigDecimal.valueOf(current.accidents()), BigDecimal.valueOf(previous.accidents())),
                new IndicatorChange(
                        "deaths", BigDecimal.valueOf(current.deaths()), BigDecimal.valueOf(previous.deaths())),
                new IndicatorChange(
                        "injuries", BigDecimal.valueOf(current.injuries()), BigDecimal.valueOf(previous.injuries())),
                new IndicatorChange("directLoss", current.directLossYuan(), previous.directLossYuan()));
    }

    /** The four changes, in the order above. */
    public List<IndicatorChange> changes() {
        return List.of(accidents, deaths, injuries, directLoss);
    }

    /** Whether every indicator went down (the "four decreases" goal). */
    public boolean allDecreased() {
        return changes().stream().allMatch(c -> c.sign() < 0);
    }
}
