package org.gridsafe.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One indicator, this period against a basis period (同比 the same period last year, 环比 the one before).
 *
 * @param indicator which (accidents, deaths, injuries, direct loss)
 * @param current this period's value
 * @param previous the basis period's value
 */
public record IndicatorChange(String indicator, BigDecimal current, BigDecimal previous) {

    /** current − previous. */
    public BigDecimal change() {
        return current.subtract(previous);
    }

    /** -1 decreased, 0 unchanged, +1 increased. */
    public int sign() {
        return change().signum();
    }

    /** The change in percent of the previous value, to two places; empty when the previous value is 0. */
    public Optional<BigDecimal> percent() {
        if (previous.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(change().multiply(BigDecimal.valueOf(100)).divide(previous, 2, RoundingMode.HALF_UP));
    }
}
