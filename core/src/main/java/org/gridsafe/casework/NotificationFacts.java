package org.gridsafe.casework;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * What a {@link NotificationTemplates} renders a {@link Notification}'s text from: its structured
 * fields, with the deadline already in the district's zone.
 *
 * @param caseId the case
 * @param kind what the notification announces
 * @param grid the grid whose people or command center it concerns
 * @param department the department it concerns, if any
 * @param recipientId the person it is for, if one is known
 * @param rung the rung reached, for an escalation
 * @param state the case's state once the command was decided
 * @param deadline the deadline that matters to the receiver, in the district's zone
 * @param detail the free text to quote (a reason, or the start of the description)
 * @param reportKind the overdue report, for a major-hazard report's escalation
 */
public record NotificationFacts(
        CaseId caseId,
        NotificationKind kind,
        GridCode grid,
        Optional<DepartmentId> department,
        Optional<String> recipientId,
        Optional<EscalationRung> rung,
        CaseState state,
        Optional<ZonedDateTime> deadline,
        Optional<String> detail,
        Optional<MajorHazardReportKind> reportKind) {

    public NotificationFacts {
        reportKind = reportKind == null ? Optional.empty() : reportKind;
    }

    /** The facts of a notification about no report duty (the shape before report escalations). */
    public NotificationFacts(
            CaseId caseId,
            NotificationKind kind,
            GridCode grid,
            Optional<DepartmentId> department,
            Optional<String> recipientId,
            Optional<EscalationRung> rung,
            CaseState state,
            Optional<ZonedDateTime> deadline,
            Optional<String> detail) {
        this(caseId, kind, grid, department, recipientId, rung, state, deadline, detail, Optional.empty());
    }
}
