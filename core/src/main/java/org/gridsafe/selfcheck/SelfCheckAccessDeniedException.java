package org.gridsafe.selfcheck;

import java.util.Objects;
import org.gridsafe.access.AccessDecision;

/** The access policy refused a self-inspection command or read. Nothing was written. */
public final class SelfCheckAccessDeniedException extends SelfCheckException {

    private static final long serialVersionUID = 1L;

    private final transient AccessDecision decision;

    /** The refusal {@code decision}. */
    public SelfCheckAccessDeniedException(AccessDecision decision) {
        super(Objects.requireNonNull(decision, "decision").explanation());
        this.decision = decision;
    }

    /** The policy's decision, with its rule. */
    public AccessDecision decision() {
        return decision;
    }
}
