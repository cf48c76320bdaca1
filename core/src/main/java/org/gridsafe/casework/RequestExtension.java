package org.gridsafe.casework;

import java.time.Instant;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 申请延期: ask for a later rectification deadline.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param requestedDeadline the deadline asked for; after the current one
 * @param reason why more time is needed
 */
public record RequestExtension(CaseId caseId, OptionalLong expectedVersion, Instant requestedDeadline, String reason)
        implements ExistingCaseCommand {

    public RequestExtension {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REQUEST_EXTENSION;
    }
}
