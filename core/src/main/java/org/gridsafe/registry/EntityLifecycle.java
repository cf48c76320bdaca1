package org.gridsafe.registry;

import static org.gridsafe.registry.EntityStatus.CLOSED;
import static org.gridsafe.registry.EntityStatus.DEREGISTERED;
import static org.gridsafe.registry.EntityStatus.OPERATING;
import static org.gridsafe.registry.EntityStatus.SUSPENDED;

import java.util.EnumSet;
import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.TransitionTable;

/**
 * The lifecycle of a supervised entity as one table: which command is accepted in which status,
 * the access action it needs, the events it yields, where it leads and the class holding its
 * rules. {@code docs/supervised-entities.md} embeds {@link TransitionTable#markdown()} of it.
 */
public final class EntityLifecycle {

    /** The table; {@link EntityDecider} dispatches on it and nothing else. */
    public static final TransitionTable<EntityStatus, SupervisedEntity, EntityCommand, EntityStepContext> TABLE =
            TransitionTable.<EntityStatus, SupervisedEntity, EntityCommand, EntityStepContext>builder(
                            EntityStatus.class)
                    .creating(EntityCommand.Register.class, Action.REGISTER_ENTITY)
                    .yields(EntityEvent.Registered.class)
                    .to(OPERATING)
                    .decidedBy(new RegisteringEntity())
                    .in(EnumSet.of(OPERATING, SUSPENDED, CLOSED))
                    .on(EntityCommand.Amend.class, Action.EDIT_ENTITY)
                    .yields(EntityEvent.Amended.class)
                    .keepingState()
                    .decidedBy(new AmendingEntity())
                    .in(OPERATING)
                    .on(EntityCommand.Suspend.class, Action.CHANGE_ENTITY_STATUS)
                    .yields(EntityEvent.StatusChanged.class)
                    .to(SUSPENDED)
                    .decidedBy(new Suspending())
                    .in(SUSPENDED)
                    .on(EntityCommand.Resume.class, Action.CHANGE_ENTITY_STATUS)
                    .yields(EntityEvent.StatusChanged.class)
                    .to(OPERATING)
                    .decidedBy(new Resuming())
                    .in(OPERATING, SUSPENDED)
                    .on(EntityCommand.Close.class, Action.CHANGE_ENTITY_STATUS)
                    .yields(EntityEvent.StatusChanged.class)
                    .to(CLOSED)
                    .decidedBy(new ClosingEntity())
                    .in(EnumSet.of(OPERATING, SUSPENDED, CLOSED))
                    .on(EntityCommand.Deregister.class, Action.CHANGE_ENTITY_STATUS)
                    .yields(EntityEvent.StatusChanged.class)
                    .to(DEREGISTERED)
                    .decidedBy(new Deregistering())
                    .in(OPERATING, SUSPENDED)
                    .on(EntityCommand.SubmitSelfAssessment.class, Action.SUBMIT_SELF_ASSESSMENT)
                    .yields(EntityEvent.RiskAssessed.class)
                    .keepingState()
                    .decidedBy(new SelfAssessing())
                    .in(OPERATING, SUSPENDED)
                    .on(EntityCommand.AssessRisk.class, Action.ASSESS_ENTITY_RISK)
                    .yields(EntityEvent.RiskAssessed.class)
                    .keepingState()
                    .decidedBy(new AssessingRisk())
                    .build();

    private EntityLifecycle() {}
}
