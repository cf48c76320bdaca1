package org.gridsafe.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gridsafe.access.Action;

/**
 * One row of a {@link TransitionTable}: in a state of {@code from}, a command of type
 * {@code command}, allowed by {@code action}, when every guard holds, is decided by {@code step},
 * yields events of the types {@code events} and leaves the aggregate in a state of {@code to}.
 *
 * @param from the states the row applies in; empty for a row that creates the aggregate
 * @param command the command type (matched exactly)
 * @param action what access control is asked about
 * @param guards conditions beyond the state, checked in order
 * @param events the event types the step may yield
 * @param to the states the command may lead to; empty when it keeps the state
 * @param step the row's rules
 * @param <S> the state type
 * @param <T> the aggregate type
 * @param <C> the command base type
 * @param <K> the step context type
 */
public record Transition<S extends Enum<S>, T, C, K>(
        Set<S> from,
        Class<? extends C> command,
        Action action,
        List<Guard<T>> guards,
        List<Class<?>> events,
        Set<S> to,
        Step<C, K> step) {

    public Transition {
        from = Set.copyOf(from);
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(action, "action");
        guards = List.copyOf(guards);
        events = List.copyOf(events);
        to = Set.copyOf(to);
        Objects.requireNonNull(step, "step");
        if (events.isEmpty()) {
            throw new IllegalArgumentException(command.getSimpleName() + ": a row names the events it yields");
        }
        if (from.isEmpty() && to.isEmpty()) {
            throw new IllegalArgumentException(
                    command.getSimpleName() + ": a row that creates the aggregate names the state it starts in");
        }
    }

    /** Whether this row creates the aggregate rather than acting on one. */
    public boolean creates() {
        return from.isEmpty();
    }

    /** Whether this row keeps the state it starts in. */
    public boolean keepsState() {
        return to.isEmpty();
    }

    /** Whether the command may leave an aggregate that was in {@code before} in {@code after}. */
    public boolean leadsTo(S before, S after) {
        return keepsState() ? before == after : to.contains(after);
    }

    /** Whether the step may yield an event of {@code type}. */
    public boolean yields(Class<?> type) {
        return events.stream().anyMatch(e -> e.isAssignableFrom(type));
    }

    /** Lets the row's step decide {@code command}, which must be of the row's command type. */
    public void decide(C command, K context) {
        if (!this.command.isInstance(command)) {
            throw new IllegalArgumentException("the row of " + this.command.getSimpleName() + " cannot decide "
                    + (command == null ? "null" : command.getClass().getSimpleName()));
        }
        step.decide(command, context);
    }

    /** The first guard that does not hold for {@code aggregate}, if any. */
    public java.util.Optional<Guard<T>> failingGuard(T aggregate) {
        return guards.stream().filter(g -> !g.test(aggregate)).findFirst();
    }
}
