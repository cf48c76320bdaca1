package org.gridsafe.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.InspectionFacts;
import org.gridsafe.lifecycle.Transition;

/**
 * Decides a command on an inspection by {@link InspectionLifecycle#TABLE}: access first (the row's
 * action, before the state), then the expected version, the row and its guards, the step's field
 * rules; the events and resulting state are checked against the row. Pure: no clock, no I/O.
 */
public final class InspectionDecider {

    private final AccessPolicy policy;

    /** A decider asking {@code policy}. */
    public InspectionDecider(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Decides {@code command} by {@code actor} on {@code current}.
     *
     * @param credentials the registered credentials the command names, by number (for an opening)
     * @param joined the combined inspection an opening joins, if it names one and it exists
     * @param capSlot the cap slot an opening takes (the store takes it in the same write)
     */
    public InspectionDecision decide(
            Actor actor,
            InspectionCommand command,
            Optional<Inspection> current,
            InspectionRules rules,
            Instant now,
            LocalDate today,
            Map<String, EnforcementCredential> credentials,
            Optional<Inspection> joined,
            Optional<CapSlot> capSlot) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Action action = InspectionLifecycle.TABLE.action(command.getClass());
        boolean creates = command instanceof InspectionCommand.Open;
        if (creates && current.isPresent()) {
            throw new InspectionAlreadyExistsException("inspection " + command.id() + " is opened already");
        }
        if (!creates && current.isEmpty()) {
            throw new InspectionNotFoundException("no inspection " + command.id());
        }
        InspectionFacts facts;
        if (creates) {
            InspectionEvent.Opened o = ((InspectionCommand.Open) command).opened();
            facts = InspectionFacts.of(
                    command.id().value(),
                    o.department(),
                    o.grid(),
                    o.inspectors().stream().map(Inspector::personId).collect(Collectors.toSet()));
        } else {
            facts = current.get().facts();
        }
        AccessDecision decision = policy.decide(actor, action, facts);
        if (!decision.allowed()) {
            throw new InspectionAccessDeniedException(decision);
        }
        if (current.isPresent()
                && command.expectedVersion().isPresent()
                && command.expectedVersion().getAsLong() != current.get().version()) {
            throw new InspectionVersionConflictException("inspection " + command.id() + " is at version "
                    + current.get().version() + ", not "
                    + command.expectedVersion().getAsLong()
                    + "; reload it and decide again");
        }
        Transition<InspectionState, Inspection, InspectionCommand, InspectionStepContext> row = creates
                ? InspectionLifecycle.TABLE.creating(command.getClass()).orElseThrow()
                : InspectionLifecycle.TABLE
                        .find(current.get().state(), command.getClass())
                        .orElseThrow(() -> wrongState(command, current.get()));
        if (current.isPresent()) {
            row.failingGuard(current.get()).ifPresent(g -> {
                throw new WrongInspectionStateException("inspection " + command.id() + ": " + g.refusal());
            });
        }
        InspectionStepContext context = new InspectionStepContext(current, rules, now, today, credentials, joined);
        row.decide(command, context);
        context.throwIfAny();
        long version = current.map(Inspection::version).orElse(0L);
        List<RecordedInspectionEvent> recorded = new ArrayList<>();
        Inspection after = current.orElse(null);
        for (InspectionEvent event : context.events()) {
            if (!row.yields(event.getClass())) {
                throw new IllegalStateException(
                        "the step of " + row.command().getSimpleName() + " yielded " + event.type() + " undeclared");
            }
            RecordedInspectionEvent r = new RecordedInspectionEvent(command.id(), ++version, event, actor.id(), now);
            recorded.add(r);
            after = after == null ? Inspection.replay(List.of(r)) : after.apply(r);
        }
        if (after == null || recorded.isEmpty()) {
            throw new IllegalStateException("the step of " + row.command().getSimpleName() + " yielded no event");
        }
        if (current.isPresent() && !row.leadsTo(current.get().state(), after.state())) {
            throw new IllegalStateException(row.command().getSimpleName() + " led from "
                    + current.get().state() + " to " + after.state() + ", which its row does not declare");
        }
        return new InspectionDecision(
                after, current.map(Inspection::version).orElse(0L), recorded, creates ? capSlot : Optional.empty());
    }

    private static WrongInspectionStateException wrongState(InspectionCommand command, Inspection i) {
        List<String> accepted = InspectionLifecycle.TABLE.accepted(i.state()).stream()
                .map(Class::getSimpleName)
                .toList();
        return new WrongInspectionStateException("inspection " + command.id() + " is " + i.state() + " ("
                + i.state().zhName() + "): it does not accept "
                + command.getClass().getSimpleName()
                + (accepted.isEmpty() ? "; it accepts no command" : "; it accepts " + String.join(", ", accepted)));
    }
}
