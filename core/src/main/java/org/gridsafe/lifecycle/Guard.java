package org.gridsafe.lifecycle;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A condition on the aggregate that must hold, beyond its state, for a row of a
 * {@link TransitionTable} to apply; when it does not, the command is refused as being in the wrong
 * state with {@link #refusal()} as the reason.
 *
 * <pre>{@code
 * Guard<Case> noPendingRequest = Guard.of(
 *         "no extension request waiting",
 *         "an extension request is already waiting for a decision",
 *         c -> c.pendingExtension().isEmpty());
 * }</pre>
 *
 * @param requirement what must hold, as the documentation shows it
 * @param refusal why a command is refused when it does not hold
 * @param holds the condition itself
 * @param <T> the aggregate type
 */
public record Guard<T>(String requirement, String refusal, Predicate<T> holds) {

    public Guard {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(holds, "holds");
    }

    /** A guard; see the record components. */
    public static <T> Guard<T> of(String requirement, String refusal, Predicate<T> holds) {
        return new Guard<>(requirement, refusal, holds);
    }

    /** Whether the guard holds for {@code aggregate}. */
    public boolean test(T aggregate) {
        return holds.test(aggregate);
    }
}
