package org.gridsafe.access;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;

/**
 * What access control needs to know about a case (or about a case about to be reported).
 *
 * @param caseId the case's id, for messages; empty for a report not yet made
 * @param grid the grid the case belongs to
 * @param grade the hazard grade (major hazards are verified by the department)
 * @param department the department the case is dispatched to, if any
 * @param reporterId who reported the case
 * @param enterpriseId the enterprise concerned, if any
 */
public record CaseFacts(
        Optional<String> caseId,
        GridCode grid,
        HazardGrade grade,
        Optional<DepartmentId> department,
        Optional<String> reporterId,
        Optional<String> enterpriseId) {

    public CaseFacts {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }

    /** How the case is named in messages. */
    public String label() {
        return caseId.map(id -> "case " + id).orElse("a new report in grid " + grid);
    }
}
