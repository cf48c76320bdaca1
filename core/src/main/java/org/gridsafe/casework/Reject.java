package org.gridsafe.casework;

import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 2, 不予立案: do not take the case up.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why, as the reporter will read it
 */
public record Reject(CaseId caseId, OptionalLong expectedVersion, String reason) implements ExistingCaseCommand {

    public Reject {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REJECT;
    }
}
