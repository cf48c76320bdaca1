package org.gridsafe.duty;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a statistical return (统计报表) covers, a calendar quarter or a calendar year, and the
 * day it is due.
 *
 * <p>The due days are those of 原国家安全监管总局令第16号 art. 14 for the statistics of hazard
 * investigation and treatment: a quarter's return by the 15th of the next quarter's first month, a
 * year's by 31 January of the next year. "15日前" is read as "on or before the 15th" (the project's
 * reading): a return filed on the due day is on time, one filed the day after is late.
 *
 * <pre>{@code
 * ReturnPeriod q3 = ReturnPeriod.quarter(2026, 3);
 * q3.dueDate();                               // 2026-10-15
 * ReturnPeriod.year(2026).dueDate();          // 2027-01-31
 * ReturnPeriod.quarterContaining(LocalDate.parse("2026-12-02")).previous();  // 2026-Q3
 * }</pre>
 *
 * @param year the calendar year
 * @param quarter 1 to 4 for a quarter; empty for the whole year
 */
public record ReturnPeriod(Year year, Optional<Integer> quarter) implements Comparable<ReturnPeriod> {

    /** Checks the quarter's range. */
    public ReturnPeriod {
        Objects.requireNonNull(year, "year");
        quarter = quarter == null ? Optional.empty() : quarter;
        quarter.ifPresent(q -> {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quarter " + q + " is not 1 to 4");
            }
        });
    }

    /** The quarter {@code quarter} (1 to 4) of {@code year}. */
    public static ReturnPeriod quarter(int year, int quarter) {
        return new ReturnPeriod(Year.of(year), Optional.of(quarter));
    }

    /** The calendar year {@code year}. */
    public static ReturnPeriod year(int year) {
        return new ReturnPeriod(Year.of(year), Optional.empty());
    }

    /** The quarter {@code day} falls in. */
    public static ReturnPeriod quarterContaining(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Reads {@code 2026-Q3} or {@code 2026}, the forms {@link #toString()} writes.
     *
     * @throws IllegalArgumentException naming what to write instead
     */
    public static ReturnPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-Q[1-4]")) {
                return quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
            }
            if (t.matches("\\d{4}")) {
                return year(Integer.parseInt(t));
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(
                "return period '" + text + "' is neither a quarter like 2026-Q3 nor a year like 2026");
    }

    /** Whether this is a year's return rather than a quarter's. */
    public boolean isYear() {
        return quarter.isEmpty();
    }

    /** The first day inside the period. */
    public LocalDate firstDay() {
        return LocalDate.of(year.getValue(), quarter.map(q -> (q - 1) * 3 + 1).orElse(1), 1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return isYear() ? firstDay().plusYears(1) : firstDay().plusMonths(3);
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && day.isBefore(endExclusive());
    }

    /** The last day the return is on time: the 15th of the next quarter, or 31 January of the next year. */
    public LocalDate dueDate() {
        LocalDate after = endExclusive();
        return isYear() ? LocalDate.of(after.getYear(), Month.JANUARY, 31) : after.withDayOfMonth(15);
    }

    /** Whether a return filed on {@code filedOn} is late. */
    public boolean isLate(LocalDate filedOn) {
        return filedOn.isAfter(dueDate());
    }

    /** Whether the return is overdue on {@code today} when it has not been filed. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueDate());
    }

    /** The period of the same kind just before this one (2026-Q1 → 2025-Q4, 2026 → 2025). */
    public ReturnPeriod previous() {
        if (isYear()) {
            return new ReturnPeriod(year.minusYears(1), Optional.empty());
        }
        int q = quarter.orElseThrow();
        return q == 1 ? quarter(year.getValue() - 1, 4) : quarter(year.getValue(), q - 1);
    }

    /** The period's start as an instant in {@code zone} (midnight of {@link #firstDay()}). */
    public ZonedDateTime start(ZoneId zone) {
        return firstDay().atStartOfDay(zone);
    }

    /** The period's end as an instant in {@code zone} (midnight of {@link #endExclusive()}). */
    public ZonedDateTime end(ZoneId zone) {
        return endExclusive().atStartOfDay(zone);
    }

    /** Earlier periods first; a year sorts after its fourth quarter. */
    @Override
    public int compareTo(ReturnPeriod other) {
        int c = year.compareTo(other.year);
        return c != 0 ? c : Integer.compare(quarter.orElse(5), other.quarter.orElse(5));
    }

    /** {@code 2026-Q3} or {@code 2026}. */
    @Override
    public String toString() {
        return quarter.map(q -> year + "-Q" + q).orElse(year.toString());
    }
}
