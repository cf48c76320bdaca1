package org.gridsafe.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.EntityFacts;
import org.gridsafe.lifecycle.Transition;

/**
 * Decides a command on a supervised entity by {@link EntityLifecycle#TABLE}: the row's action is asked
 * of the access policy (before the status, so a refusal does not reveal where the entity stands), then
 * the expected version, the row and its guards, the step's field rules; the events and resulting
 * status are checked against the row. Pure: no clock, no I/O.
 */
public final class EntityDecider {

    static final int MAX_REASON = 500;

    private final AccessPolicy policy;

    /** A decider asking {@code policy}. */
    public EntityDecider(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Decides {@code command} by {@code actor} on {@code current} at {@code now}.
     *
     * @throws org.gridsafe.entity.InvalidEntityValueException for bad fields, naming each field and rule
     * @throws EntityAccessDeniedException when the policy refuses
     * @throws EntityNotFoundException when the entity does not exist
     * @throws EntityAlreadyExistsException when a registration's id is taken
     * @throws EntityVersionConflictException when the expected version is not the current one
     * @throws WrongEntityStateException when the entity's status has no row for the command
     */
    public EntityDecision decide(
            Actor actor, EntityCommand command, Optional<SupervisedEntity> current, RegistryRules rules, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Action action = EntityLifecycle.TABLE.action(command.getClass());
        boolean creates = command instanceof EntityCommand.Register;
        EntityStepContext context = new EntityStepContext(current, rules);
        if (creates) {
            if (current.isPresent()) {
                throw new EntityAlreadyExistsException("entity " + command.id() + " is already registered");
            }
        } else if (current.isEmpty()) {
            throw new EntityNotFoundException("no entity " + command.id());
        }
        checkReason(command.reason(), context.problems());
        if (current.isPresent()) {
            require(actor, action, current.get().facts());
        } else {
            // Ask before the field rules where the grid is already known, so a refusal comes first.
            GridAssignment grid = rules.assign(((EntityCommand.Register) command).profile(), new FieldRules(""));
            if (grid != null) {
                require(actor, action, facts(command.id(), ((EntityCommand.Register) command).profile(), grid));
            }
        }
        if (current.isPresent()) {
            long expected = command.expectedVersion().orElseThrow();
            if (expected != current.get().version()) {
                throw new EntityVersionConflictException("entity " + command.id() + " is at version "
                        + current.get().version() + ", not " + expected + "; reload it and decide again");
            }
        }
        Transition<EntityStatus, SupervisedEntity, EntityCommand, EntityStepContext> row = creates
                ? EntityLifecycle.TABLE.creating(command.getClass()).orElseThrow()
                : EntityLifecycle.TABLE
                        .find(current.get().status(), command.getClass())
                        .orElseThrow(() -> wrongState(command, current.get()));
        if (current.isPresent()) {
            row.failingGuard(current.get()).ifPresent(g -> {
                throw new WrongEntityStateException("entity " + command.id() + ": " + g.refusal());
            });
        }
        row.decide(command, context);
        context.problems().throwIfAny();
        List<EntityEvent> events = context.events();
        long version = current.map(SupervisedEntity::version).orElse(0L);
        List<RecordedEntityEvent> recorded = new ArrayList<>();
        SupervisedEntity after = current.orElse(null);
        for (EntityEvent event : events) {
            if (!row.yields(event.getClass())) {
                throw new IllegalStateException(
                        "the step of " + row.command().getSimpleName() + " yielded " + event.type() + " undeclared");
            }
            RecordedEntityEvent r =
                    new RecordedEntityEvent(command.id(), ++version, event, actor.id(), now, command.reason());
            recorded.add(r);
            after = after == null ? SupervisedEntity.replay(List.of(r)) : after.apply(r);
        }
        if (after == null) {
            throw new IllegalStateException("the step of " + row.command().getSimpleName() + " yielded no event");
        }
        if (creates) {
            // The registration's grid is known only now; the actor must be allowed there.
            require(actor, action, after.facts());
        } else {
            if (!row.leadsTo(current.get().status(), after.status())) {
                throw new IllegalStateException(row.command().getSimpleName() + " led from "
                        + current.get().status() + " to " + after.status() + ", which its row does not declare");
            }
            if (!after.grid().grid().equals(current.get().grid().grid())
                    || !after.facts()
                            .enterpriseId()
                            .equals(current.get().facts().enterpriseId())) {
                // Moving an entity to another grid (or operator) needs the action there as well.
                require(actor, action, after.facts());
            }
        }
        return new EntityDecision(after, current.map(SupervisedEntity::version).orElse(0L), recorded);
    }

    private void require(Actor actor, Action action, EntityFacts facts) {
        AccessDecision decision = policy.decide(actor, action, facts);
        if (!decision.allowed()) {
            throw new EntityAccessDeniedException(decision);
        }
    }

    private static EntityFacts facts(EntityId id, EntityProfile profile, GridAssignment grid) {
        return new SupervisedEntity(id, profile, EntityStatus.OPERATING, grid, List.of(), 1, Instant.EPOCH).facts();
    }

    private static WrongEntityStateException wrongState(EntityCommand command, SupervisedEntity entity) {
        List<String> accepted = EntityLifecycle.TABLE.accepted(entity.status()).stream()
                .map(Class::getSimpleName)
                .toList();
        return new WrongEntityStateException("entity " + command.id() + " is " + entity.status() + " ("
                + entity.status().zhName() + "): it does not accept "
                + command.getClass().getSimpleName()
                + (accepted.isEmpty() ? "; it accepts no command" : "; it accepts " + String.join(", ", accepted)));
    }

    private static void checkReason(String reason, FieldRules problems) {
        problems.text(reason, "reason", MAX_REASON);
    }
}
