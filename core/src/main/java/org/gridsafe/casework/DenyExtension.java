package org.gridsafe.casework;

import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 不同意延期: refuse the pending extension request.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why
 */
public record DenyExtension(CaseId caseId, OptionalLong expectedVersion, String reason) implements ExistingCaseCommand {

    public DenyExtension {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.DECIDE_EXTENSION;
    }
}
