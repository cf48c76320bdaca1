package org.gridsafe.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How often a plan's entities are patrolled: once per week, month, quarter or year. */
public enum PatrolFrequency {
    WEEKLY("每周"),
    MONTHLY("每月"),
    QUARTERLY("每季度"),
    YEARLY("每年");

    private final String zhName;

    PatrolFrequency(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** The period of this frequency that contains {@code day} (weeks are ISO weeks, Monday first). */
    public PatrolPeriod periodOf(LocalDate day) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new PatrolPeriod(
                        String.format(
                                "%d-W%02d",
                                start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                        start,
                        start.plusWeeks(1));
            }
            case MONTHLY -> {
                LocalDate start = day.withDayOfMonth(1);
                yield new PatrolPeriod(
                        String.format("%d-%02d", start.getYear(), start.getMonthValue()), start, start.plusMonths(1));
            }
            case QUARTERLY -> {
                int q = (day.getMonthValue() - 1) / 3;
                LocalDate start = LocalDate.of(day.getYear(), q * 3 + 1, 1);
                yield new PatrolPeriod(day.getYear() + "-Q" + (q + 1), start, start.plusMonths(3));
            }
            case YEARLY -> {
                LocalDate start = day.withDayOfYear(1);
                yield new PatrolPeriod(String.valueOf(day.getYear()), start, start.plusYears(1));
            }
        };
    }
}
