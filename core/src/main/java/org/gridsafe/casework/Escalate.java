package org.gridsafe.casework;

import java.time.Instant;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 督办: push overdue work up the responsibility chain, as far as is due at {@code now}.
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param now the time the escalation is judged at
 */
public record Escalate(CaseId caseId, OptionalLong expectedVersion, Instant now) implements ExistingCaseCommand {

    public Escalate {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.ESCALATE;
    }
}
