package org.gridsafe.patrol;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.CaseId;

/**
 * A failed item of a submitted occurrence and the case it became: empty until the case is reported
 * (a submission whose case could not be reported yet keeps its finding pending, and
 * {@code Patrols.reportPendingFindings} reports it).
 *
 * @param report what the patroller said about it
 * @param caseId the hazard report's case, once reported
 */
public record Finding(FindingReport report, Optional<CaseId> caseId) {

    public Finding {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(caseId, "caseId");
    }

    /** Whether the case is still to be reported. */
    public boolean pending() {
        return caseId.isEmpty();
    }
}
