package org.gridsafe.duty;

import java.util.Objects;

/**
 * How long a step may take, in working hours or working days (办理时限).
 *
 * <p>The amount is between 0 and {@value #MAX_AMOUNT}. Zero is allowed and meaningful: 0 working
 * hours means "immediately" (the first working instant at or after the start), 0 working days means
 * "by the close of the same working day" (当日). {@link WorkCalendar#deadline} defines exactly how a
 * limit becomes an instant.
 *
 * <pre>{@code
 * TimeLimit register = TimeLimit.workingHours(2);
 * TimeLimit rectify = TimeLimit.workingDays(30);
 * }</pre>
 *
 * @param amount how many units, 0 to {@value #MAX_AMOUNT}
 * @param unit working hours or working days
 */
public record TimeLimit(long amount, TimeUnitKind unit) {

    /** The largest amount accepted: about 40 years of working days; more is a configuration mistake. */
    public static final long MAX_AMOUNT = 10_000;

    /** Checks the amount's range. */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException(
                    "time limit of " + amount + " " + unit.enName() + " is outside 0-" + MAX_AMOUNT);
        }
    }

    /** {@code n} working hours (工作时). */
    public static TimeLimit workingHours(long n) {
        return new TimeLimit(n, TimeUnitKind.WORKING_HOURS);
    }

    /** {@code n} working days (工作日). */
    public static TimeLimit workingDays(long n) {
        return new TimeLimit(n, TimeUnitKind.WORKING_DAYS);
    }

    /** E.g. {@code 3 working days}. */
    @Override
    public String toString() {
        return amount + " " + unit.enName();
    }
}
