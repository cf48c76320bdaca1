package org.gridsafe.casework;

import java.util.OptionalLong;

/** A command on a case that already exists. */
public sealed interface ExistingCaseCommand extends CaseCommand
        permits Register,
                Reject,
                Merge,
                Dispatch,
                ReturnCase,
                Reassign,
                SubmitRectification,
                RequestExtension,
                ApproveExtension,
                DenyExtension,
                Verify,
                Close,
                Escalate,
                EscalateReportDuty,
                ChangeCaseEntity,
                Suspend,
                Resume,
                Reopen,
                DowngradeMajorHazard,
                ChangeMajorHazardCriterion,
                MoveToGrid,
                FileMajorHazardReport,
                StopProduction,
                ApplyForResumption,
                ReviewResumption {

    /** The case to act on. */
    CaseId caseId();

    /**
     * The version the actor saw (HTTP {@code If-Match}); when present and the case has moved on,
     * the command is refused as stale instead of acting on a state nobody looked at.
     */
    OptionalLong expectedVersion();
}
