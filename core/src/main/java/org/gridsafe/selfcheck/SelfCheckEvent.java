package org.gridsafe.selfcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;

/** What happened to a self-inspection run; each has a stable {@link #type()} name for stores. */
public sealed interface SelfCheckEvent {

    /** The stable name stores keep. */
    String type();

    /**
     * The run was answered and submitted; each report is a ledger entry waiting for its case.
     *
     * @param plan the plan it ran under
     * @param entity the entity that inspected itself
     * @param entityName its name then
     * @param grid its micro-grid then
     * @param enterpriseId the enterprise acting on it
     * @param checklist the template version answered
     * @param entityKinds the entity's kinds (which items apply)
     * @param sectors the entity's sectors (which items apply)
     * @param answers one per applicable item
     * @param reports one per failed item
     */
    record Submitted(
            SelfCheckPlanId plan,
            EntityId entity,
            String entityName,
            GridCode grid,
            Optional<String> enterpriseId,
            ChecklistRef checklist,
            Set<String> entityKinds,
            List<String> sectors,
            List<ChecklistAnswer> answers,
            List<SelfReport> reports)
            implements SelfCheckEvent {

        public Submitted {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(grid, "grid");
            enterpriseId = enterpriseId == null ? Optional.empty() : enterpriseId;
            entityKinds = Set.copyOf(entityKinds);
            sectors = List.copyOf(sectors);
            answers = List.copyOf(answers);
            reports = List.copyOf(reports);
        }

        @Override
        public String type() {
            return "selfcheck.submitted";
        }
    }

    /**
     * A ledger entry became a case.
     *
     * @param item the failed item
     * @param caseId the case
     */
    record EntryReported(String item, CaseId caseId) implements SelfCheckEvent {

        public EntryReported {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public String type() {
            return "selfcheck.entry-reported";
        }
    }
}
