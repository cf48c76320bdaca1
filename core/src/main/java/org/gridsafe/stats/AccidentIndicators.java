package org.gridsafe.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.AccidentGrade;

/**
 * The base statistics of the safety situation over a grid subtree and period: accidents, deaths,
 * injuries (serious and minor) and direct economic loss (the four of 四降), and how many accidents
 * were 较大, 重大 and 特别重大 (国务院令第493号, {@link AccidentGrade}).
 *
 * @param accidents number of accidents
 * @param deaths people killed
 * @param injuries people injured, seriously or slightly
 * @param directLossYuan direct economic loss in yuan
 * @param larger accidents graded 较大事故
 * @param major accidents graded 重大事故
 * @param especiallyMajor accidents graded 特别重大事故
 */
public record AccidentIndicators(
        long accidents,
        long deaths,
        long injuries,
        BigDecimal directLossYuan,
        long larger,
        long major,
        long especiallyMajor) {

    /** Checks that no count is negative and the counts by grade fit in the accident count. */
    public AccidentIndicators {
        Objects.requireNonNull(directLossYuan, "directLossYuan");
        if (accidents < 0 || deaths < 0 || injuries < 0 || larger < 0 || major < 0 || especiallyMajor < 0) {
            throw new IllegalArgumentException("accident indicators cannot be negative");
        }
        if (larger + major + especiallyMajor > accidents) {
            throw new IllegalArgumentException("accidents by grade (" + larger + " 较大, " + major + " 重大, "
                    + especiallyMajor + " 特别重大) exceed the " + accidents + " accidents");
        }
    }

    /** The indicators of the accidents in {@code withinGrid}'s subtree (or everywhere) during {@code period}. */
    public static AccidentIndicators of(
            Collection<AccidentRecord> records, Optional<GridCode> withinGrid, Period period) {
        long accidents = 0;
        long deaths = 0;
        long injuries = 0;
        long[] byGrade = new long[AccidentGrade.values().length];
        BigDecimal loss = BigDecimal.ZERO;
        for (AccidentRecord record : records) {
            if (!period.contains(record.occurredAt()) || !within(withinGrid, record)) {
                continue;
            }
            accidents++;
            deaths += record.deaths();
            injuries += record.seriousInjuries() + record.minorInjuries();
            loss = loss.add(record.directLossYuan());
            byGrade[record.grade().ordinal()]++;
        }
        return new AccidentIndicators(
                accidents,
                deaths,
                injuries,
                loss,
                byGrade[AccidentGrade.LARGER.ordinal()],
                byGrade[AccidentGrade.MAJOR.ordinal()],
                byGrade[AccidentGrade.ESPECIALLY_MAJOR.ordinal()]);
    }

    /** Accidents graded 较大 or worse (the district report's headline: "no 较大 or worse accident"). */
    public long largerOrWorse() {
        return larger + major + especiallyMajor;
    }

    /**
     * The latest accident of {@code grade} or worse in {@code withinGrid}'s subtree (or everywhere)
     * before {@code asOf}, for "no 较大 or worse accident since ..."; empty if there is none.
     */
    public static Optional<AccidentRecord> latestAtLeast(
            Collection<AccidentRecord> records, Optional<GridCode> withinGrid, AccidentGrade grade, Instant asOf) {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(asOf, "asOf");
        return records.stream()
                .filter(r -> r.occurredAt().isBefore(asOf)
                        && within(withinGrid, r)
                        && r.grade().isAtLeast(grade))
                .max(Comparator.comparing(AccidentRecord::occurredAt).thenComparing(AccidentRecord::id));
    }

    private static boolean within(Optional<GridCode> withinGrid, AccidentRecord record) {
        return withinGrid.map(g -> g.isSameOrAncestorOf(record.grid())).orElse(true);
    }
}
