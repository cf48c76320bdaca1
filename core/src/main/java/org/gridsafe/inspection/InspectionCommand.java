package org.gridsafe.inspection;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;

/**
 * A request to change an inspection; each type has its rows in {@link InspectionLifecycle#TABLE}. An
 * expected version, when given, must be the current one.
 */
public sealed interface InspectionCommand
        permits InspectionCommand.Open,
                InspectionCommand.SubmitChecklist,
                InspectionCommand.RecordFinding,
                InspectionCommand.RecordDocument,
                InspectionCommand.Close {

    /** The inspection. */
    InspectionId id();

    /** The version the caller saw, if it knows one. */
    OptionalLong expectedVersion();

    /**
     * Open an inspection ({@code Inspections.open} builds it from the request and the entity).
     *
     * @param id the inspection's id
     * @param opened what it fixes
     */
    record Open(InspectionId id, InspectionEvent.Opened opened) implements InspectionCommand {
        public Open {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(opened, "opened");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Submit the checklist answers and a finding for every failed item.
     *
     * @param id the inspection
     * @param expectedVersion the version the caller saw, if known
     * @param answers one per applicable item
     * @param findings one per failed item
     */
    record SubmitChecklist(
            InspectionId id,
            OptionalLong expectedVersion,
            List<ChecklistAnswer> answers,
            List<InspectionFinding> findings)
            implements InspectionCommand {
        public SubmitChecklist {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
            answers = answers == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
            findings = findings == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(findings));
        }
    }

    /**
     * Record the case a finding became ({@code Inspections} sends it after reporting the case).
     *
     * @param id the inspection
     * @param item the failed item
     * @param caseId the case
     */
    record RecordFinding(InspectionId id, String item, CaseId caseId) implements InspectionCommand {
        public RecordFinding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Record an enforcement document the inspection issued.
     *
     * @param id the inspection
     * @param expectedVersion the version the caller saw, if known
     * @param document kind, number, date and issuing officer
     */
    record RecordDocument(InspectionId id, OptionalLong expectedVersion, InspectionDocument document)
            implements InspectionCommand {
        public RecordDocument {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        }
    }

    /**
     * Close the inspection with its conclusion.
     *
     * @param id the inspection
     * @param expectedVersion the version the caller saw, if known
     * @param conclusion 1-1000 characters
     */
    record Close(InspectionId id, OptionalLong expectedVersion, String conclusion) implements InspectionCommand {
        public Close {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        }
    }
}
