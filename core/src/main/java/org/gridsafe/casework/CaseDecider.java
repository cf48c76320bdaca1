package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.lifecycle.Transition;

/**
 * The six-step loop's decisions: given a case, a command, an actor and the time, the new events
 * or a {@link Rejection}. Pure: no I/O, no clock; the same input always gives the same answer.
 *
 * <p>Every command is dispatched on {@link Lifecycle}'s table. Checks run in a fixed order, and the
 * first that fails decides: the case exists, the actor may take the command's action
 * ({@link org.gridsafe.access.AccessPolicy}), the actor saw the current version, the state has a
 * row for the command and the row's guards hold, and then the row's step checks every field (all
 * field errors are reported together). A report's access is asked after its fields, because the
 * facts come from them.
 *
 * <pre>{@code
 * CaseDecider decider = new CaseDecider(rules);
 * Decision decision = decider.decide(currentCase, Reject.of(id).reason("重复上报").build(),
 *         commandCenter, now, lookup);
 * }</pre>
 */
public final class CaseDecider {

    private final CaseRules rules;

    public CaseDecider(CaseRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this decider decides by. */
    public CaseRules rules() {
        return rules;
    }

    /** Step 1: a new case with id {@code id}. */
    public Decision report(CaseId id, Report report, Actor actor, Instant now) {
        return create(id, report, "report", actor, now);
    }

    /** 立查立改: a general hazard fixed on the spot, run through all six steps at once. */
    public Decision reportFixedOnSpot(CaseId id, ReportFixedOnSpot command, Actor actor, Instant now) {
        return create(id, command, "fixed-on-spot report", actor, now);
    }

    private Decision create(CaseId id, CaseCommand command, String what, Actor actor, Instant now) {
        Transition<CaseState, Case, CaseCommand, StepContext> row =
                Lifecycle.TABLE.creating(command.getClass()).orElseThrow();
        StepContext ctx = new StepContext(rules, id, null, actor, row.action(), now, other -> Optional.empty());
        row.decide(command, ctx);
        if (ctx.refusal().isPresent()) {
            return rejected(ctx.refusal().get());
        }
        if (!ctx.checks().ok() || !ctx.hasEvents()) {
            return rejected(Rejection.invalid(what, ctx.checks().errors()));
        }
        return conforming(row, null, ctx.accept());
    }

    /**
     * Any command on an existing case. {@code current} is empty when no case has the command's id;
     * {@code otherCases} is asked only for merge targets.
     */
    public Decision decide(
            Optional<Case> current, ExistingCaseCommand command, Actor actor, Instant now, CaseLookup otherCases) {
        Objects.requireNonNull(command, "command");
        if (current.isEmpty()) {
            return rejected(Rejection.of(RejectionReason.NOT_FOUND, "case " + command.caseId() + " does not exist"));
        }
        Case c = current.get();
        Action action = Lifecycle.TABLE.action(command.getClass());
        Optional<Rejection> refused = StepContext.refusal(rules, actor, action, c.facts());
        if (refused.isPresent()) {
            return rejected(refused.get());
        }
        if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != c.version()) {
            return rejected(Rejection.of(
                    RejectionReason.STALE_VERSION,
                    "case " + c.id() + " is at version " + c.version() + ", not "
                            + command.expectedVersion().getAsLong() + ": reload it and try again"));
        }
        CaseState state = c.state();
        if (Lifecycle.TABLE.accepted(state).isEmpty()) {
            return rejected(wrongState(c, action, "it is " + state.enName() + " and accepts no command"));
        }
        Optional<Transition<CaseState, Case, CaseCommand, StepContext>> found =
                Lifecycle.TABLE.find(state, command.getClass());
        if (found.isEmpty()) {
            return rejected(wrongState(c, action, "it is " + state.enName()));
        }
        Transition<CaseState, Case, CaseCommand, StepContext> row = found.get();
        var failing = row.failingGuard(c);
        if (failing.isPresent()) {
            return rejected(wrongState(c, action, failing.get().refusal()));
        }
        StepContext ctx = new StepContext(rules, c.id(), c, actor, action, now, otherCases);
        row.decide(command, ctx);
        if (!ctx.checks().ok()) {
            return rejected(Rejection.invalid(
                    action.enName() + " of case " + c.id(), ctx.checks().errors()));
        }
        return conforming(row, state, ctx.accept());
    }

    /** A step that yields what its row does not declare is a bug here, never the caller's fault. */
    private static Decision conforming(
            Transition<CaseState, Case, CaseCommand, StepContext> row, CaseState before, Decision.Accepted accepted) {
        for (RecordedEvent event : accepted.events()) {
            if (!row.yields(event.event().getClass())) {
                throw new IllegalStateException(row.command().getSimpleName() + " yielded "
                        + event.event().getClass().getSimpleName() + ", which its row in Lifecycle does not declare");
            }
        }
        CaseState after = accepted.result().state();
        if (!(before == null ? row.to().contains(after) : row.leadsTo(before, after))) {
            throw new IllegalStateException(row.command().getSimpleName() + " led from " + before + " to " + after
                    + ", which its row in Lifecycle does not declare");
        }
        return accepted;
    }

    private static Rejection wrongState(Case c, Action action, String why) {
        return Rejection.of(RejectionReason.WRONG_STATE, "cannot " + action.enName() + " case " + c.id() + ": " + why);
    }

    private static Decision rejected(Rejection rejection) {
        return new Decision.Rejected(rejection);
    }
}
