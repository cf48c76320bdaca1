package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;

/**
 * A message the loop owes someone: a department about a dispatch, a leader about overdue work, a
 * reporter about the result. Delivered at least once; {@link #key()} lets receivers drop repeats.
 *
 * @param caseId the case
 * @param caseVersion the version of the event that caused it
 * @param kind what it announces
 * @param grid the grid whose people or command center it concerns
 * @param department the department it concerns, if any
 * @param recipientId the person it is for, if one is known
 * @param message the text, in simplified Chinese
 */
public record Notification(
        CaseId caseId,
        long caseVersion,
        NotificationKind kind,
        GridCode grid,
        Optional<DepartmentId> department,
        Optional<String> recipientId,
        String message) {

    /** Unique per notification: case, version, kind and recipient. */
    public String key() {
        return caseId + "/" + caseVersion + "/" + kind + "/" + recipientId.orElse("-");
    }
}
