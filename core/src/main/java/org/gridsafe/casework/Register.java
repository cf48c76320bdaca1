package org.gridsafe.casework;

import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * Step 2, 受理立案: take the case up, confirming or correcting its classification.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param domain a corrected safety domain, or empty to keep the reported one
 * @param hazard a corrected hazard code, or empty to keep the reported one
 * @param grade a corrected grade, or empty to keep the reported one
 * @param note the registrar's note
 */
public record Register(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<SafetyDomain> domain,
        Optional<HazardCode> hazard,
        Optional<HazardGrade> grade,
        Optional<String> note)
        implements ExistingCaseCommand {

    public Register {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REGISTER;
    }
}
