package org.gridsafe.casework;

import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 2, 合并: close this case as a duplicate of another open case.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param into the open case that carries on
 * @param reason why they are the same
 */
public record Merge(CaseId caseId, OptionalLong expectedVersion, CaseId into, String reason)
        implements ExistingCaseCommand {

    public Merge {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.MERGE;
    }
}
