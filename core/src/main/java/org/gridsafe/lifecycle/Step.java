package org.gridsafe.lifecycle;

/**
 * The rules of one row of a {@link TransitionTable}: checks the command's fields and builds its
 * events into the context. Access, version and state (with the row's guards) are checked before a
 * step runs, by whoever dispatches on the table; a step never reads a clock or does I/O.
 *
 * @param <C> the command type of the row
 * @param <K> what the step reads from and writes to (the aggregate, the rules, the new events)
 */
@FunctionalInterface
public interface Step<C, K> {

    /** Decides {@code command}, writing field errors and events to {@code context}. */
    void decide(C command, K context);
}
