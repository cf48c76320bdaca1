package org.gridsafe.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a store when a new case names an origin another case already has: the work was
 * reported before (a retry, or two submissions racing). Nothing of the new case was written.
 * {@code Casework} catches it and answers the case already made.
 */
public final class CaseOriginTakenException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    private final CaseId existing;

    /** The origin {@code origin} is held by the case {@code existing}. */
    public CaseOriginTakenException(CaseOrigin origin, CaseId existing) {
        super(new Rejection(
                RejectionReason.CONCURRENT_UPDATE,
                "origin " + origin + " was already reported as case " + existing,
                List.of(),
                Optional.empty()));
        this.existing = Objects.requireNonNull(existing, "existing");
    }

    /** The case that holds the origin. */
    public CaseId existing() {
        return existing;
    }
}
