package org.gridsafe.access;

import java.util.Objects;

/**
 * The answer of {@link AccessPolicy}: allowed or not, and the rule that decided it.
 *
 * @param allowed whether the action may go ahead
 * @param rule the rule that decided, in words a person can look up (e.g. "grid-staff-own-subtree")
 * @param explanation why, naming actor, action and case
 */
public record AccessDecision(boolean allowed, String rule, String explanation) {

    public AccessDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }

    static AccessDecision allow(String rule, String explanation) {
        return new AccessDecision(true, rule, explanation);
    }

    static AccessDecision deny(String rule, String explanation) {
        return new AccessDecision(false, rule, explanation);
    }
}
