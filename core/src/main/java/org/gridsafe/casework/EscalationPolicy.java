package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.WorkCalendar;

/**
 * When overdue work climbs each rung of the ladder. A case reaches a rung once the time is after
 * the rung's due time; rungs only rise within a step.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.every(TimeLimit.workingHours(4));
 * }</pre>
 */
@FunctionalInterface
public interface EscalationPolicy {

    /**
     * When {@code rung} is due for a step whose deadline is {@code deadline}. Must not decrease as
     * the rung rises, and the first rung above {@link EscalationRung#NONE} must not be due before
     * the deadline.
     */
    Instant rungDueAt(EscalationRung rung, Instant deadline, WorkCalendar calendar);

    /**
     * The first rung is reached as soon as the deadline passes, each further rung {@code interval}
     * of working time later.
     */
    static EscalationPolicy every(TimeLimit interval) {
        Objects.requireNonNull(interval, "interval");
        return (rung, deadline, calendar) -> {
            Instant due = deadline;
            for (int step = EscalationRung.SPECIFIC.ordinal(); step < rung.ordinal(); step++) {
                due = calendar.deadline(due, interval);
            }
            return due;
        };
    }

    /** One rung per working day of delay: the default. */
    static EscalationPolicy standard() {
        return every(TimeLimit.workingDays(1));
    }
}
