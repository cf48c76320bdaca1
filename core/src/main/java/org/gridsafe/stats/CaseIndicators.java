package org.gridsafe.stats;

import java.util.Map;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.duty.WorkflowStep;

/**
 * The case indicators of a scope and period, counted from the cases as they stand at an "as of"
 * instant. Definitions (the JDBC adapter computes the same in SQL):
 *
 * <ul>
 *   <li><b>reported / registered / dispatched</b>: cases reported, registered, first dispatched in
 *       the period;
 *   <li><b>closed</b> (结案数): cases closed in the period; <b>closed on time</b>: of those, every
 *       step within its deadline and never escalated;
 *   <li><b>due to close</b> (应结案数): closed in the period, plus registered cases still open whose
 *       deadline passed before the period's end (or the as-of instant, if earlier);
 *   <li><b>closure rate</b> (结案率) = closed ÷ due to close; <b>on-time rate</b> (按期结案率) =
 *       closed on time ÷ due to close;
 *   <li><b>rework rate</b> (返工率) = closed cases with at least one failed verification ÷ closed;
 *   <li><b>extension rate</b> (延期率) = cases dispatched in the period that were granted an
 *       extension ÷ dispatched;
 *   <li><b>overdue now</b>: open cases whose deadline is before the as-of instant, by escalation rung;
 *   <li><b>time per step</b>: for cases that completed a step in the period, from entering the step
 *       to completing it (register: reported → registered; dispatch: registered → first dispatch;
 *       rectify: first dispatch → last rectification; verify: last rectification → verified; close:
 *       verified → closed).
 * </ul>
 *
 * @param reported cases reported in the period
 * @param registered cases registered in the period
 * @param dispatched cases first dispatched in the period
 * @param closed cases closed in the period
 * @param closedOnTime cases closed in the period on time
 * @param dueToClose closed plus registered-and-overdue open cases
 * @param closedWithRework closed cases with a failed verification
 * @param dispatchedWithExtension dispatched cases granted an extension
 * @param overdueByRung open overdue cases by escalation rung (every rung present)
 * @param timePerStep durations of the steps completed in the period (every timed step present)
 */
public record CaseIndicators(
        long reported,
        long registered,
        long dispatched,
        long closed,
        long closedOnTime,
        long dueToClose,
        long closedWithRework,
        long dispatchedWithExtension,
        Map<EscalationRung, Long> overdueByRung,
        Map<WorkflowStep, StepDurations> timePerStep) {

    public CaseIndicators {
        overdueByRung = Map.copyOf(overdueByRung);
        timePerStep = Map.copyOf(timePerStep);
    }

    /** 结案率. */
    public Rate closureRate() {
        return new Rate(closed, dueToClose);
    }

    /** 按期结案率. */
    public Rate onTimeRate() {
        return new Rate(closedOnTime, dueToClose);
    }

    /** 返工率. */
    public Rate reworkRate() {
        return new Rate(closedWithRework, closed);
    }

    /** 延期率. */
    public Rate extensionRate() {
        return new Rate(dispatchedWithExtension, dispatched);
    }

    /** All open overdue cases, whatever their rung. */
    public long overdueNow() {
        return overdueByRung.values().stream().mapToLong(Long::longValue).sum();
    }
}
