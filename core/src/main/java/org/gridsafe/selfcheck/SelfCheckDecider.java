package org.gridsafe.selfcheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.SelfCheckFacts;
import org.gridsafe.lifecycle.Transition;

/**
 * Decides a command on a self-inspection run by {@link SelfCheckLifecycle#TABLE}: access first (the
 * row's action, before the state), then the row and its guards, the step's field rules; the events and
 * resulting state are checked against the row. Pure: no clock, no I/O.
 */
public final class SelfCheckDecider {

    private final AccessPolicy policy;

    /** A decider asking {@code policy}. */
    public SelfCheckDecider(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Decides {@code command} by {@code actor} on {@code current} at {@code now}.
     *
     * @throws InvalidSelfCheckException for bad fields, naming each
     * @throws SelfCheckAccessDeniedException when the policy refuses
     * @throws SelfCheckNotFoundException when the run does not exist
     * @throws RunAlreadyExistsException when a submission's id is taken
     * @throws WrongSelfCheckStateException when the state has no row for the command, or a guard fails
     */
    public SelfCheckDecision decide(
            Actor actor, SelfCheckCommand command, Optional<SelfCheckRun> current, SelfCheckRules rules, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Action action = SelfCheckLifecycle.TABLE.action(command.getClass());
        boolean creates = command instanceof SelfCheckCommand.Submit;
        SelfCheckFacts facts;
        if (creates) {
            SelfCheckEvent.Submitted s = ((SelfCheckCommand.Submit) command).submitted();
            facts = SelfCheckFacts.of(command.id().value(), s.grid(), s.enterpriseId());
        } else {
            facts = current.map(SelfCheckRun::facts)
                    .orElseThrow(() -> new SelfCheckNotFoundException("no self-inspection run " + command.id()));
        }
        AccessDecision decision = policy.decide(actor, action, facts);
        if (!decision.allowed()) {
            throw new SelfCheckAccessDeniedException(decision);
        }
        if (creates && current.isPresent()) {
            throw new RunAlreadyExistsException("run " + command.id() + " is submitted already");
        }
        Transition<RunState, SelfCheckRun, SelfCheckCommand, SelfCheckStepContext> row = creates
                ? SelfCheckLifecycle.TABLE.creating(command.getClass()).orElseThrow()
                : SelfCheckLifecycle.TABLE
                        .find(current.get().state(), command.getClass())
                        .orElseThrow(() -> wrongState(command, current.get()));
        if (current.isPresent()) {
            row.failingGuard(current.get()).ifPresent(g -> {
                throw new WrongSelfCheckStateException("run " + command.id() + ": " + g.refusal());
            });
        }
        SelfCheckStepContext context = new SelfCheckStepContext(current, rules);
        row.decide(command, context);
        context.throwIfAny();
        long version = current.map(SelfCheckRun::version).orElse(0L);
        List<RecordedSelfCheckEvent> recorded = new ArrayList<>();
        SelfCheckRun after = current.orElse(null);
        for (SelfCheckEvent event : context.events()) {
            if (!row.yields(event.getClass())) {
                throw new IllegalStateException(
                        "the step of " + row.command().getSimpleName() + " yielded " + event.type() + " undeclared");
            }
            RecordedSelfCheckEvent r = new RecordedSelfCheckEvent(command.id(), ++version, event, actor.id(), now);
            recorded.add(r);
            after = after == null ? SelfCheckRun.replay(List.of(r)) : after.apply(r);
        }
        if (after == null || recorded.isEmpty()) {
            throw new IllegalStateException("the step of " + row.command().getSimpleName() + " yielded no event");
        }
        if (current.isPresent() && !row.leadsTo(current.get().state(), after.state())) {
            throw new IllegalStateException(row.command().getSimpleName() + " led from "
                    + current.get().state() + " to " + after.state() + ", which its row does not declare");
        }
        return new SelfCheckDecision(after, current.map(SelfCheckRun::version).orElse(0L), recorded);
    }

    private static WrongSelfCheckStateException wrongState(SelfCheckCommand command, SelfCheckRun run) {
        List<String> accepted = SelfCheckLifecycle.TABLE.accepted(run.state()).stream()
                .map(Class::getSimpleName)
                .toList();
        return new WrongSelfCheckStateException("run " + command.id() + " is " + run.state() + " ("
                + run.state().zhName() + "): it does not accept "
                + command.getClass().getSimpleName()
                + (accepted.isEmpty() ? "; it accepts no command" : "; it accepts " + String.join(", ", accepted)));
    }
}
