package org.gridsafe.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;

/** A change of an inspection, as stored in its history; {@link Inspection#replay} folds them. */
public sealed interface InspectionEvent
        permits InspectionEvent.Opened,
                InspectionEvent.ChecklistSubmitted,
                InspectionEvent.FindingReported,
                InspectionEvent.DocumentRecorded,
                InspectionEvent.Closed {

    /** The stable name the event is stored under. */
    String type();

    /**
     * The inspection was opened; it copies what it needs of the entity then.
     *
     * @param entity the entity inspected
     * @param entityName its name then
     * @param grid its micro-grid then
     * @param entityKinds its kind names (for the checklist's applicability)
     * @param sectors its sectors then
     * @param enterpriseId the enterprise a case about it concerns
     * @param department the department that inspects
     * @param origin why: plan, random draw, complaint, referral
     * @param basis the plan item, draw, complaint or referral it answers (free text, e.g. its number)
     * @param day the day of the inspection
     * @param inspectors at least two officers with their credentials
     * @param checklist the checklist the inspection runs
     * @param combined whether other departments may join it (联合检查)
     * @param joins the combined inspection it joins, if any (then it is not counted against the cap)
     * @param counted whether it counts against the entity's yearly cap
     * @param cap the yearly cap its slot was taken under, when counted (kept so the cap-violation figure
     *     can be recounted from the history; empty in histories written before it was recorded)
     */
    record Opened(
            EntityId entity,
            String entityName,
            GridCode grid,
            Set<String> entityKinds,
            List<String> sectors,
            Optional<String> enterpriseId,
            DepartmentId department,
            InspectionOrigin origin,
            String basis,
            LocalDate day,
            List<Inspector> inspectors,
            ChecklistRef checklist,
            boolean combined,
            Optional<InspectionId> joins,
            boolean counted,
            Optional<Integer> cap)
            implements InspectionEvent {
        public Opened {
            cap = cap == null ? Optional.empty() : cap;
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(entityName, "entityName");
            Objects.requireNonNull(grid, "grid");
            entityKinds = Set.copyOf(entityKinds);
            sectors = List.copyOf(sectors);
            Objects.requireNonNull(enterpriseId, "enterpriseId");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(day, "day");
            inspectors = List.copyOf(inspectors);
            Objects.requireNonNull(checklist, "checklist");
            Objects.requireNonNull(joins, "joins");
        }

        /** An opening that does not record the cap it was counted under. */
        public Opened(
                EntityId entity,
                String entityName,
                GridCode grid,
                Set<String> entityKinds,
                List<String> sectors,
                Optional<String> enterpriseId,
                DepartmentId department,
                InspectionOrigin origin,
                String basis,
                LocalDate day,
                List<Inspector> inspectors,
                ChecklistRef checklist,
                boolean combined,
                Optional<InspectionId> joins,
                boolean counted) {
            this(
                    entity,
                    entityName,
                    grid,
                    entityKinds,
                    sectors,
                    enterpriseId,
                    department,
                    origin,
                    basis,
                    day,
                    inspectors,
                    checklist,
                    combined,
                    joins,
                    counted,
                    Optional.empty());
        }

        @Override
        public String type() {
            return "inspection.opened";
        }
    }

    /**
     * The checklist answers were submitted, with a finding for every failed item.
     *
     * @param answers the answers
     * @param findings one per failed item
     */
    record ChecklistSubmitted(List<ChecklistAnswer> answers, List<InspectionFinding> findings)
            implements InspectionEvent {
        public ChecklistSubmitted {
            answers = List.copyOf(answers);
            findings = List.copyOf(findings);
        }

        @Override
        public String type() {
            return "inspection.checklist-submitted";
        }
    }

    /**
     * A finding became a case (source department inspection).
     *
     * @param item the failed item
     * @param caseId the case
     */
    record FindingReported(String item, CaseId caseId) implements InspectionEvent {
        public FindingReported {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public String type() {
            return "inspection.finding-reported";
        }
    }

    /**
     * An enforcement document was issued.
     *
     * @param document kind, number, date and issuing officer
     */
    record DocumentRecorded(InspectionDocument document) implements InspectionEvent {
        public DocumentRecorded {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String type() {
            return "inspection.document-recorded";
        }
    }

    /**
     * The inspection was closed.
     *
     * @param conclusion its conclusion (检查结论)
     */
    record Closed(String conclusion) implements InspectionEvent {
        public Closed {
            Objects.requireNonNull(conclusion, "conclusion");
        }

        @Override
        public String type() {
            return "inspection.closed";
        }
    }
}
