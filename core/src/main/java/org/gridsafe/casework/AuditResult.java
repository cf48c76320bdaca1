package org.gridsafe.casework;

import java.util.Optional;

/**
 * What {@link CaseAudit#verify} found: an intact chain, or the first broken link and why.
 *
 * @param intact whether every link holds
 * @param firstBrokenVersion the version of the first event that does not fit, if any
 * @param problem what is wrong with it
 */
public record AuditResult(boolean intact, Optional<Long> firstBrokenVersion, Optional<String> problem) {

    static AuditResult ok() {
        return new AuditResult(true, Optional.empty(), Optional.empty());
    }

    static AuditResult broken(long version, String problem) {
        return new AuditResult(false, Optional.of(version), Optional.of(problem));
    }
}
