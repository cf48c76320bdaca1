package org.gridsafe.registry;

import org.gridsafe.access.AccessDecision;

/** The access policy refused the action; {@link #decision()} names the rule. */
public final class EntityAccessDeniedException extends EntityRegistryException {

    private static final long serialVersionUID = 1L;

    private final transient AccessDecision decision;

    /** A refusal for {@code decision}. */
    public EntityAccessDeniedException(AccessDecision decision) {
        super(decision.explanation());
        this.decision = decision;
    }

    /** The policy's decision. */
    public AccessDecision decision() {
        return decision;
    }
}
