package org.gridsafe.inspection;

import org.gridsafe.access.AccessDecision;

/** The access policy refused an inspection action; {@link #decision()} names the rule. */
public final class InspectionAccessDeniedException extends InspectionException {
    private static final long serialVersionUID = 1L;
    private final transient AccessDecision decision;

    /** For the refusal {@code decision}. */
    public InspectionAccessDeniedException(AccessDecision decision) {
        super(decision.explanation());
        this.decision = decision;
    }

    /** The refusal, with its rule. */
    public AccessDecision decision() {
        return decision;
    }
}
