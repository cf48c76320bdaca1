package org.gridsafe.patrol;

import org.gridsafe.access.AccessDecision;

/** The access policy refused a patrol action; {@link #decision()} names the rule. */
public final class PatrolAccessDeniedException extends PatrolException {

    private static final long serialVersionUID = 1L;

    private final transient AccessDecision decision;

    /** For the refusal {@code decision}. */
    public PatrolAccessDeniedException(AccessDecision decision) {
        super(decision.explanation());
        this.decision = decision;
    }

    /** The refusal, with its rule. */
    public AccessDecision decision() {
        return decision;
    }
}
