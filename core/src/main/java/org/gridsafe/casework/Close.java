package org.gridsafe.casework;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 6, 结案评价: close the case and record the evaluation and the reporter's feedback.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param satisfaction the reporter's satisfaction, 1 to 5
 * @param feedback the reporter's words
 * @param evaluation the command center's evaluation
 */
public record Close(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<Integer> satisfaction,
        Optional<String> feedback,
        Optional<String> evaluation)
        implements ExistingCaseCommand {

    public Close {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.CLOSE;
    }
}
