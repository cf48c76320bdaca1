package org.gridsafe.patrol;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.grid.GridCode;

/**
 * Criteria for listing occurrences; empty criteria do not narrow. {@link #matches} is the rule every
 * store follows; results come in occurrence-id order, at most {@link #limit()}.
 *
 * @param within a grid's subtree
 * @param assignee the staff member
 * @param plan the plan
 * @param states the states (empty: any)
 * @param windowEndsBefore only occurrences whose window closed before this instant
 * @param after only ids after this one (the cursor of a page)
 * @param limit at most this many, 1 to {@link #MAX_LIMIT}
 */
public record PatrolQuery(
        Optional<GridCode> within,
        Optional<String> assignee,
        Optional<PatrolPlanId> plan,
        Set<OccurrenceState> states,
        Optional<Instant> windowEndsBefore,
        Optional<OccurrenceId> after,
        int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public PatrolQuery {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(plan, "plan");
        states = Set.copyOf(states);
        Objects.requireNonNull(windowEndsBefore, "windowEndsBefore");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidPatrolException("limit", "must be 1 to " + MAX_LIMIT + "; got " + limit);
        }
    }

    /** Everything, 100 at a time. */
    public static PatrolQuery all() {
        return new PatrolQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                100);
    }

    public PatrolQuery within(GridCode grid) {
        return new PatrolQuery(Optional.of(grid), assignee, plan, states, windowEndsBefore, after, limit);
    }

    public PatrolQuery assignee(String id) {
        return new PatrolQuery(within, Optional.of(id), plan, states, windowEndsBefore, after, limit);
    }

    public PatrolQuery plan(PatrolPlanId id) {
        return new PatrolQuery(within, assignee, Optional.of(id), states, windowEndsBefore, after, limit);
    }

    public PatrolQuery states(Set<OccurrenceState> value) {
        return new PatrolQuery(within, assignee, plan, value, windowEndsBefore, after, limit);
    }

    public PatrolQuery windowEndsBefore(Instant instant) {
        return new PatrolQuery(within, assignee, plan, states, Optional.of(instant), after, limit);
    }

    public PatrolQuery after(OccurrenceId id) {
        return new PatrolQuery(within, assignee, plan, states, windowEndsBefore, Optional.of(id), limit);
    }

    public PatrolQuery limit(int value) {
        return new PatrolQuery(within, assignee, plan, states, windowEndsBefore, after, value);
    }

    /** Whether {@code o} meets every criterion. */
    public boolean matches(PatrolOccurrence o) {
        return within.map(g -> g.isSameOrAncestorOf(o.scheduled().grid())).orElse(true)
                && assignee.map(a -> a.equals(o.assignee())).orElse(true)
                && plan.map(p -> p.equals(o.scheduled().plan())).orElse(true)
                && (states.isEmpty() || states.contains(o.state()))
                && windowEndsBefore
                        .map(t -> o.scheduled().windowEnd().isBefore(t))
                        .orElse(true)
                && after.map(a -> o.id().compareTo(a) > 0).orElse(true);
    }
}
