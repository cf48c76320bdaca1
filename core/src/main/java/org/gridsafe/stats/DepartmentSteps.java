package org.gridsafe.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.CaseClosed;
import org.gridsafe.casework.CaseDispatched;
import org.gridsafe.casework.CaseEvent;
import org.gridsafe.casework.CaseMerged;
import org.gridsafe.casework.CaseReassigned;
import org.gridsafe.casework.CaseRejected;
import org.gridsafe.casework.CaseReopened;
import org.gridsafe.casework.CaseResumed;
import org.gridsafe.casework.CaseReturned;
import org.gridsafe.casework.CaseSuspended;
import org.gridsafe.casework.ExtensionApproved;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationSubmitted;
import org.gridsafe.casework.ResumptionApplied;
import org.gridsafe.casework.ResumptionRefused;
import org.gridsafe.casework.VerificationFailed;
import org.gridsafe.duty.DepartmentId;

/**
 * Derives the {@link DepartmentStep}s of a case from its events: the whole history at once
 * ({@link #of}), or one event at a time for a store that keeps the steps as a projection
 * ({@link #next}).
 */
public final class DepartmentSteps {

    private DepartmentSteps() {}

    /**
     * What one event does to the case's department steps.
     *
     * @param ended the step that was open and ended with this event, if any
     * @param open the step open after the event (a new one, or the old one with a new deadline), if any
     */
    public record Change(Optional<DepartmentStep> ended, Optional<DepartmentStep> open) {}

    /** Every department step of the case whose log is {@code history}, oldest first. */
    public static List<DepartmentStep> of(List<RecordedEvent> history) {
        List<DepartmentStep> steps = new ArrayList<>();
        if (history.isEmpty()) {
            return steps;
        }
        Optional<DepartmentStep> latest = Optional.empty();
        for (RecordedEvent e : history) {
            Change change = next(latest, e);
            if (change.ended().isPresent()) {
                steps.set(steps.size() - 1, change.ended().get());
            }
            if (change.open().isPresent()) {
                DepartmentStep open = change.open().get();
                if (latest.isPresent() && latest.get().openedBy() == open.openedBy()) {
                    steps.set(steps.size() - 1, open);
                } else {
                    steps.add(open);
                }
                latest = change.open();
            } else if (change.ended().isPresent()) {
                latest = change.ended();
            }
        }
        return steps;
    }

    /**
     * The change event {@code e} makes, given the case's latest step before it (open or ended). A
     * resumption, reopening or failed verification gives the step back to the department of the
     * latest step: only a dispatch or reassignment gives a case a department, and each starts a step.
     */
    public static Change next(Optional<DepartmentStep> latest, RecordedEvent e) {
        Optional<DepartmentStep> open = latest.filter(DepartmentStep::isOpen);
        CaseEvent event = e.event();
        Instant at = e.at();
        if (event instanceof CaseDispatched d) {
            return replace(open, at, DepartmentStep.Outcome.WITHDRAWN, start(e, d.department(), d.rectifyDeadline()));
        } else if (event instanceof CaseReassigned r) {
            return replace(open, at, DepartmentStep.Outcome.REASSIGNED, start(e, r.to(), r.rectifyDeadline()));
        } else if (event instanceof CaseResumed r) {
            return restart(open, latest, e, r.rectifyDeadline());
        } else if (event instanceof CaseReopened r) {
            return restart(open, latest, e, r.rectifyDeadline());
        } else if (event instanceof VerificationFailed f) {
            return restart(open, latest, e, f.rectifyDeadline());
        } else if (event instanceof ExtensionApproved x) {
            return new Change(Optional.empty(), open.map(s -> s.withDeadline(x.newDeadline())));
        } else if (event instanceof ResumptionRefused f) {
            return restart(open, latest, e, f.rectifyDeadline());
        } else if (event instanceof RectificationSubmitted || event instanceof ResumptionApplied) {
            // An application to resume production reports the rectification under the stop done.
            return replace(open, at, DepartmentStep.Outcome.DONE, Optional.empty());
        } else if (event instanceof CaseReturned) {
            return replace(open, at, DepartmentStep.Outcome.RETURNED, Optional.empty());
        } else if (event instanceof CaseSuspended) {
            return replace(open, at, DepartmentStep.Outcome.SUSPENDED, Optional.empty());
        } else if (event instanceof CaseClosed || event instanceof CaseRejected || event instanceof CaseMerged) {
            return replace(open, at, DepartmentStep.Outcome.WITHDRAWN, Optional.empty());
        }
        return new Change(Optional.empty(), open);
    }

    /** Whether events of this kind start, move or end a department step (the others leave them). */
    public static boolean concerns(CaseEvent event) {
        return event instanceof CaseDispatched
                || event instanceof CaseReassigned
                || event instanceof CaseResumed
                || event instanceof CaseReopened
                || event instanceof VerificationFailed
                || event instanceof ExtensionApproved
                || event instanceof RectificationSubmitted
                || event instanceof ResumptionApplied
                || event instanceof ResumptionRefused
                || event instanceof CaseReturned
                || event instanceof CaseSuspended
                || event instanceof CaseClosed
                || event instanceof CaseRejected
                || event instanceof CaseMerged;
    }

    private static Change restart(
            Optional<DepartmentStep> open, Optional<DepartmentStep> latest, RecordedEvent e, Instant deadline) {
        // The case kept its department while suspended, rectified or closed.
        Optional<DepartmentStep> next = latest.flatMap(s -> start(e, s.department(), deadline));
        return replace(open, e.at(), DepartmentStep.Outcome.WITHDRAWN, next);
    }

    private static Optional<DepartmentStep> start(RecordedEvent e, DepartmentId department, Instant deadline) {
        return Optional.of(new DepartmentStep(
                e.caseId(), e.version(), department, e.at(), deadline, Optional.empty(), Optional.empty()));
    }

    private static Change replace(
            Optional<DepartmentStep> open, Instant at, DepartmentStep.Outcome how, Optional<DepartmentStep> next) {
        return new Change(open.map(s -> s.end(at, how)), next);
    }
}
