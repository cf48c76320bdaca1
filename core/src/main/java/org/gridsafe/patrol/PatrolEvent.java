package org.gridsafe.patrol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;

/**
 * A change of a patrol occurrence, as stored in its history; {@link PatrolOccurrence#replay} folds them.
 */
public sealed interface PatrolEvent
        permits PatrolEvent.Scheduled,
                PatrolEvent.CheckedIn,
                PatrolEvent.Submitted,
                PatrolEvent.FindingReported,
                PatrolEvent.Missed,
                PatrolEvent.Skipped {

    /** The stable name the event is stored under. */
    String type();

    /**
     * The occurrence was scheduled by a run of its plan; it copies what it needs of the entity then.
     *
     * @param plan the plan
     * @param entity the entity patrolled
     * @param entityName its name then
     * @param grid its micro-grid then
     * @param premises its point then
     * @param entityKinds its kind names (for the checklist's applicability)
     * @param sectors its sectors then
     * @param enterpriseId the enterprise a case about it concerns (the unit, or a place's operator)
     * @param assignee the staff member's person id
     * @param period the plan's period
     * @param windowStart when the window opens
     * @param windowEnd when it closes; after it the occurrence is missed
     * @param checklist the checklist to answer
     */
    record Scheduled(
            PatrolPlanId plan,
            EntityId entity,
            String entityName,
            GridCode grid,
            GeoPoint premises,
            Set<String> entityKinds,
            List<String> sectors,
            Optional<String> enterpriseId,
            String assignee,
            PatrolPeriod period,
            Instant windowStart,
            Instant windowEnd,
            ChecklistRef checklist)
            implements PatrolEvent {
        public Scheduled {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(entityName, "entityName");
            Objects.requireNonNull(grid, "grid");
            Objects.requireNonNull(premises, "premises");
            entityKinds = Set.copyOf(entityKinds);
            sectors = List.copyOf(sectors);
            Objects.requireNonNull(enterpriseId, "enterpriseId");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(windowStart, "windowStart");
            Objects.requireNonNull(windowEnd, "windowEnd");
            Objects.requireNonNull(checklist, "checklist");
        }

        @Override
        public String type() {
            return "patrol.scheduled";
        }
    }

    /**
     * The patroller checked in (again, if an earlier check-in exists: the latest counts).
     *
     * @param checkIn the check-in with its distance and flags
     */
    record CheckedIn(CheckIn checkIn) implements PatrolEvent {
        public CheckedIn {
            Objects.requireNonNull(checkIn, "checkIn");
        }

        @Override
        public String type() {
            return "patrol.checked-in";
        }
    }

    /**
     * The answers were submitted; the occurrence is done. Each failed item has its finding report.
     *
     * @param answers the checklist answers
     * @param advice advice given
     * @param findings one per failed item
     */
    record Submitted(List<ChecklistAnswer> answers, List<Advice> advice, List<FindingReport> findings)
            implements PatrolEvent {
        public Submitted {
            answers = List.copyOf(answers);
            advice = List.copyOf(advice);
            findings = List.copyOf(findings);
        }

        @Override
        public String type() {
            return "patrol.submitted";
        }
    }

    /**
     * A finding became a case (a hazard report with source grid patrol).
     *
     * @param item the failed item's code
     * @param caseId the case
     */
    record FindingReported(String item, CaseId caseId) implements PatrolEvent {
        public FindingReported {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public String type() {
            return "patrol.finding-reported";
        }
    }

    /**
     * The window closed without a submission: recorded by a run, never rolled forward silently.
     *
     * @param windowEnd when the window closed
     */
    record Missed(Instant windowEnd) implements PatrolEvent {
        public Missed {
            Objects.requireNonNull(windowEnd, "windowEnd");
        }

        @Override
        public String type() {
            return "patrol.missed";
        }
    }

    /**
     * The occurrence was skipped (免巡), with the reason (premises closed, demolished, ...).
     *
     * @param reason why
     */
    record Skipped(String reason) implements PatrolEvent {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String type() {
            return "patrol.skipped";
        }
    }
}
