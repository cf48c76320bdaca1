package org.gridsafe.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.PatrolFacts;
import org.gridsafe.lifecycle.Transition;

/**
 * Decides a command on a patrol occurrence by {@link PatrolLifecycle#TABLE}: access first (the row's
 * action, before the state, so a refusal does not reveal where the occurrence stands), then the expected
 * version, the row and its guards, the step's field rules; the events and resulting state are checked
 * against the row. Pure: no clock, no I/O.
 */
public final class PatrolDecider {

    private final AccessPolicy policy;

    /** A decider asking {@code policy}. */
    public PatrolDecider(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Decides {@code command} by {@code actor} on {@code current} at {@code now}.
     *
     * @throws InvalidPatrolException for bad fields, naming each
     * @throws PatrolAccessDeniedException when the policy refuses
     * @throws PatrolNotFoundException when the occurrence does not exist
     * @throws OccurrenceAlreadyExistsException when a scheduling's id is taken
     * @throws PatrolVersionConflictException when the expected version is not the current one
     * @throws WrongPatrolStateException when the state has no row for the command, or a guard fails
     */
    public PatrolDecision decide(
            Actor actor, PatrolCommand command, Optional<PatrolOccurrence> current, PatrolRules rules, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Action action = PatrolLifecycle.TABLE.action(command.getClass());
        boolean creates = command instanceof PatrolCommand.Schedule;
        if (creates && current.isPresent()) {
            throw new OccurrenceAlreadyExistsException("occurrence " + command.id() + " is scheduled already");
        }
        if (!creates && current.isEmpty()) {
            throw new PatrolNotFoundException("no patrol occurrence " + command.id());
        }
        PatrolFacts facts = creates
                ? new PatrolFacts(
                        Optional.of(command.id().value()),
                        ((PatrolCommand.Schedule) command).scheduled().grid(),
                        Optional.of(
                                ((PatrolCommand.Schedule) command).scheduled().assignee()))
                : current.get().facts();
        AccessDecision decision = policy.decide(actor, action, facts);
        if (!decision.allowed()) {
            throw new PatrolAccessDeniedException(decision);
        }
        if (current.isPresent()
                && command.expectedVersion().isPresent()
                && command.expectedVersion().getAsLong() != current.get().version()) {
            throw new PatrolVersionConflictException("occurrence " + command.id() + " is at version "
                    + current.get().version() + ", not "
                    + command.expectedVersion().getAsLong()
                    + "; reload it and decide again");
        }
        Transition<OccurrenceState, PatrolOccurrence, PatrolCommand, PatrolStepContext> row = creates
                ? PatrolLifecycle.TABLE.creating(command.getClass()).orElseThrow()
                : PatrolLifecycle.TABLE
                        .find(current.get().state(), command.getClass())
                        .orElseThrow(() -> wrongState(command, current.get()));
        if (current.isPresent()) {
            row.failingGuard(current.get()).ifPresent(g -> {
                throw new WrongPatrolStateException("occurrence " + command.id() + ": " + g.refusal());
            });
        }
        PatrolStepContext context = new PatrolStepContext(current, rules, now);
        row.decide(command, context);
        context.throwIfAny();
        long version = current.map(PatrolOccurrence::version).orElse(0L);
        List<RecordedPatrolEvent> recorded = new ArrayList<>();
        PatrolOccurrence after = current.orElse(null);
        for (PatrolEvent event : context.events()) {
            if (!row.yields(event.getClass())) {
                throw new IllegalStateException(
                        "the step of " + row.command().getSimpleName() + " yielded " + event.type() + " undeclared");
            }
            RecordedPatrolEvent r = new RecordedPatrolEvent(command.id(), ++version, event, actor.id(), now);
            recorded.add(r);
            after = after == null ? PatrolOccurrence.replay(List.of(r)) : after.apply(r);
        }
        if (after == null || recorded.isEmpty()) {
            throw new IllegalStateException("the step of " + row.command().getSimpleName() + " yielded no event");
        }
        if (current.isPresent() && !row.leadsTo(current.get().state(), after.state())) {
            throw new IllegalStateException(row.command().getSimpleName() + " led from "
                    + current.get().state() + " to " + after.state() + ", which its row does not declare");
        }
        return new PatrolDecision(after, current.map(PatrolOccurrence::version).orElse(0L), recorded);
    }

    private static WrongPatrolStateException wrongState(PatrolCommand command, PatrolOccurrence o) {
        List<String> accepted = PatrolLifecycle.TABLE.accepted(o.state()).stream()
                .map(Class::getSimpleName)
                .toList();
        String hint = command instanceof PatrolCommand.Submit && o.state() == OccurrenceState.SCHEDULED
                ? "; check in first"
                : "";
        return new WrongPatrolStateException("occurrence " + command.id() + " is " + o.state() + " ("
                + o.state().zhName() + "): it does not accept "
                + command.getClass().getSimpleName()
                + (accepted.isEmpty() ? "; it accepts no command" : "; it accepts " + String.join(", ", accepted))
                + hint);
    }
}
