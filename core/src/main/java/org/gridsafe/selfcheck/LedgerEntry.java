package org.gridsafe.selfcheck;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.registry.EntityId;

/**
 * An entry of the enterprise's hazard ledger (隐患台账): a failed item of a run and the case it became.
 * The case names the run and item as its origin, so the link runs both ways.
 *
 * @param run the run it was found in
 * @param entity the entity
 * @param report what the enterprise wrote
 * @param foundAt when the run was submitted
 * @param caseId the case; empty while it waits to be reported
 */
public record LedgerEntry(
        SelfCheckRunId run, EntityId entity, SelfReport report, Instant foundAt, Optional<CaseId> caseId) {

    public LedgerEntry {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(foundAt, "foundAt");
        caseId = caseId == null ? Optional.empty() : caseId;
    }

    /** Whether it waits for its case. */
    public boolean pending() {
        return caseId.isEmpty();
    }

    /** The failed item's code. */
    public String item() {
        return report.item();
    }
}
