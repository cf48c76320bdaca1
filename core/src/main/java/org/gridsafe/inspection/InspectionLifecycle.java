package org.gridsafe.inspection;

import static org.gridsafe.inspection.InspectionState.CHECKED;
import static org.gridsafe.inspection.InspectionState.CLOSED;
import static org.gridsafe.inspection.InspectionState.OPEN;

import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.Guard;
import org.gridsafe.lifecycle.TransitionTable;

/**
 * The lifecycle of an inspection as one table; {@code docs/inspections.md} embeds its
 * {@link TransitionTable#markdown()}.
 */
public final class InspectionLifecycle {

    static final Guard<Inspection> FINDING_PENDING = Guard.of(
            "a finding waits for its case",
            "every finding of this inspection has its case already",
            Inspection::hasPendingFindings);

    static final Guard<Inspection> NO_FINDING_PENDING = Guard.of(
            "every finding has its case",
            "a finding still waits for its case; report it first",
            i -> !i.hasPendingFindings());

    /** The table; {@link InspectionDecider} dispatches on it and nothing else. */
    public static final TransitionTable<InspectionState, Inspection, InspectionCommand, InspectionStepContext> TABLE =
            TransitionTable.<InspectionState, Inspection, InspectionCommand, InspectionStepContext>builder(
                            InspectionState.class)
                    .creating(InspectionCommand.Open.class, Action.OPEN_INSPECTION)
                    .yields(InspectionEvent.Opened.class)
                    .to(OPEN)
                    .decidedBy(new OpeningInspection())
                    .in(OPEN)
                    .on(InspectionCommand.SubmitChecklist.class, Action.RECORD_INSPECTION)
                    .yields(InspectionEvent.ChecklistSubmitted.class)
                    .to(CHECKED)
                    .decidedBy(new SubmittingChecklist())
                    .in(CHECKED)
                    .on(InspectionCommand.RecordFinding.class, Action.RECORD_INSPECTION)
                    .when(FINDING_PENDING)
                    .yields(InspectionEvent.FindingReported.class)
                    .keepingState()
                    .decidedBy(new RecordingInspectionFinding())
                    .in(OPEN, CHECKED)
                    .on(InspectionCommand.RecordDocument.class, Action.RECORD_INSPECTION)
                    .yields(InspectionEvent.DocumentRecorded.class)
                    .keepingState()
                    .decidedBy(new RecordingDocument())
                    .in(CHECKED)
                    .on(InspectionCommand.Close.class, Action.RECORD_INSPECTION)
                    .when(NO_FINDING_PENDING)
                    .yields(InspectionEvent.Closed.class)
                    .to(CLOSED)
                    .decidedBy(new ClosingInspection())
                    .build();

    private InspectionLifecycle() {}
}
