package org.gridsafe.stats;

import java.util.OptionalDouble;

/**
 * A ratio with its parts, so tables can show "911 / 972 = 93.72%" and an empty denominator is
 * not mistaken for 0%.
 *
 * @param numerator the counted cases
 * @param denominator the cases they are counted among
 */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "a rate needs 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
        }
    }

    /** numerator ÷ denominator, or empty when the denominator is 0. */
    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** E.g. {@code 93.72%}, or {@code —} when the denominator is 0. */
    public String percent() {
        return denominator == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * numerator / denominator);
    }
}
