package org.gridsafe.stats;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import org.gridsafe.grid.GridCode;

/**
 * The four base statistics of the safety situation over a grid subtree and period: accidents,
 * deaths, injuries (serious and minor) and direct economic loss.
 *
 * @param accidents number of accidents
 * @param deaths people killed
 * @param injuries people injured, seriously or slightly
 * @param directLossYuan direct economic loss in yuan
 */
public record AccidentIndicators(long accidents, long deaths, long injuries, BigDecimal directLossYuan) {

    /** The indicators of the accidents in {@code withinGrid}'s subtree (or everywhere) during {@code period}. */
    public static AccidentIndicators of(
            Collection<AccidentRecord> records, Optional<GridCode> withinGrid, Period period) {
        long accidents = 0;
        long deaths = 0;
        long injuries = 0;
        BigDecimal loss = BigDecimal.ZERO;
        for (AccidentRecord record : records) {
            if (!period.contains(record.occurredAt())
                    || !withinGrid.map(g -> g.isSameOrAncestorOf(record.grid())).orElse(true)) {
                continue;
            }
            accidents++;
            deaths += record.deaths();
            injuries += record.seriousInjuries() + record.minorInjuries();
            loss = loss.add(record.directLossYuan());
        }
        return new AccidentIndicators(accidents, deaths, injuries, loss);
    }
}
