package org.gridsafe.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;

/**
 * The departments, duty rules (the duty matrix) and time limits as they stood on a day, and the
 * recorded directory version that held them.
 *
 * @param dutyMatrix the departments and duty rules of that version
 * @param timeLimits the time limits of that version
 * @param version the number of the recorded change that made that version (from 1)
 * @param effectiveFrom the day that version took effect
 */
public record DatedDuties(DutyMatrix dutyMatrix, TimeLimits timeLimits, long version, LocalDate effectiveFrom) {

    public DatedDuties {
        Objects.requireNonNull(dutyMatrix, "dutyMatrix");
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** The departments of that version. */
    public Collection<Department> departments() {
        return dutyMatrix.departments();
    }

    /** The duty rules of that version, in their order. */
    public List<DutyRule> dutyRules() {
        return dutyMatrix.rules();
    }
}
