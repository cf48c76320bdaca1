package org.gridsafe.casework;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 同意延期: grant the pending extension request.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param note the approver's note
 */
public record ApproveExtension(CaseId caseId, OptionalLong expectedVersion, Optional<String> note)
        implements ExistingCaseCommand {

    public ApproveExtension {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.DECIDE_EXTENSION;
    }
}
