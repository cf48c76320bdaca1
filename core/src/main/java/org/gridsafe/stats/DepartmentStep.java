package org.gridsafe.stats;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.duty.DepartmentId;

/**
 * One rectification step (整改 / 处置) of a case as a department held it: from the event that
 * gave the department the step (dispatch, reassignment to it, resumption, reopening, failed
 * verification) until it submitted the rectification, returned the case, lost it to a
 * reassignment, the case was suspended or finished; open while it still holds the step.
 *
 * @param caseId the case
 * @param openedBy the version of the event that gave the department the step
 * @param department the department that held the step
 * @param startedAt when it got the step
 * @param deadline when the step was due, with any extension granted while it held it
 * @param endedAt when the step ended; empty while the department still holds it
 * @param outcome how it ended; empty while open
 */
public record DepartmentStep(
        CaseId caseId,
        long openedBy,
        DepartmentId department,
        Instant startedAt,
        Instant deadline,
        Optional<Instant> endedAt,
        Optional<Outcome> outcome) {

    /** How a department's step ended. */
    public enum Outcome {
        /** The department submitted its rectification (处置). */
        DONE,
        /** The department returned the case as not its duty (回退). */
        RETURNED,
        /** The command center moved the case to another department (改派). */
        REASSIGNED,
        /** The case was suspended (缓办 / 挂账): the step has no deadline any more. */
        SUSPENDED,
        /** The case was closed, rejected or merged while the step was held. */
        WITHDRAWN
    }

    public DepartmentStep {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (endedAt.isPresent() != outcome.isPresent()) {
            throw new IllegalArgumentException("a step has an end exactly when it has an outcome");
        }
    }

    /** Whether the department still holds the step. */
    public boolean isOpen() {
        return endedAt.isEmpty();
    }

    DepartmentStep withDeadline(Instant newDeadline) {
        return new DepartmentStep(caseId, openedBy, department, startedAt, newDeadline, endedAt, outcome);
    }

    DepartmentStep end(Instant at, Outcome how) {
        return new DepartmentStep(caseId, openedBy, department, startedAt, deadline, Optional.of(at), Optional.of(how));
    }
}
