package org.gridsafe.casework;

import org.gridsafe.access.Action;

/**
 * A request to change a case, as an actor makes it. {@link CaseDecider} validates it fully and
 * answers with events or a {@link Rejection}; a command never changes anything by itself.
 */
public sealed interface CaseCommand permits Report, ReportFixedOnSpot, ExistingCaseCommand {

    /** The action access control is asked about. */
    Action action();
}
