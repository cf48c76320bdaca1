package org.gridsafe.casework;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 5, 核查验收: accept the rectification, or send it back for rework with a reason.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param passed whether the rectification is accepted
 * @param remarks the verifier's note; required when it is not accepted
 */
public record Verify(CaseId caseId, OptionalLong expectedVersion, boolean passed, Optional<String> remarks)
        implements ExistingCaseCommand {

    public Verify {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.VERIFY;
    }
}
