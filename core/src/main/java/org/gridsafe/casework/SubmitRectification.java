package org.gridsafe.casework;

import java.util.List;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 4, 整改处置: report the hazard fixed, with evidence.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param evidence what was done
 * @param attachments references to photos and documents
 */
public record SubmitRectification(
        CaseId caseId, OptionalLong expectedVersion, String evidence, List<String> attachments)
        implements ExistingCaseCommand {

    public SubmitRectification {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.SUBMIT_RECTIFICATION;
    }
}
