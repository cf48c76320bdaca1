package org.gridsafe.duty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a statistical return for a {@link ReturnPeriod} stands on a day, in the district's zone:
 * the same five states for the major-hazard returns a grid files and for the returns an enterprise
 * owes, decided by one rule ({@link #unfiled}, {@link #filed}).
 */
public enum ReturnStatus {
    /** The period has not ended: nothing to file yet. */
    NOT_DUE_YET("未到报送期"),
    /** The period has ended and the due day has not passed. */
    DUE("待报送"),
    /** The due day has passed and nothing was filed. */
    OVERDUE("逾期未报"),
    /** Filed on or before the due day. */
    FILED_ON_TIME("按时报送"),
    /** Filed after the due day. */
    FILED_LATE("逾期报送");

    private final String zhName;

    ReturnStatus(String zhName) {
        this.zhName = zhName;
    }

    /** The display name. */
    public String zhName() {
        return zhName;
    }

    /** Whether a return was filed (on time or late). */
    public boolean filed() {
        return this == FILED_ON_TIME || this == FILED_LATE;
    }

    /** The status of a filed return: late when filed after the period's due day. */
    public static ReturnStatus filed(boolean late) {
        return late ? FILED_LATE : FILED_ON_TIME;
    }

    /** The status of {@code period} on {@code today} while nothing is filed. */
    public static ReturnStatus unfiled(ReturnPeriod period, LocalDate today) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        if (today.isBefore(period.endExclusive())) {
            return NOT_DUE_YET;
        }
        return period.isOverdueOn(today) ? OVERDUE : DUE;
    }
}
