package org.gridsafe.selfcheck;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.casework.CaseId;

/** A command on a self-inspection run; {@link SelfCheckLifecycle#TABLE} has a row for each. */
public sealed interface SelfCheckCommand {

    /** The run it acts on. */
    SelfCheckRunId id();

    /** The version the caller saw; empty: whatever is current. */
    OptionalLong expectedVersion();

    /**
     * Submits a run. {@link org.gridsafe.SelfInspections} fills the entity's facts into the event from the
     * plan and the registry; the step checks the answers and reports.
     *
     * @param id the run's id (the terminal's choice, so a retry names the same run)
     * @param submitted the submission
     */
    record Submit(SelfCheckRunId id, SelfCheckEvent.Submitted submitted) implements SelfCheckCommand {

        public Submit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(submitted, "submitted");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Links a ledger entry to the case it became.
     *
     * @param id the run
     * @param item the failed item
     * @param caseId the case
     */
    record RecordEntry(SelfCheckRunId id, String item, CaseId caseId) implements SelfCheckCommand {

        public RecordEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }
}
