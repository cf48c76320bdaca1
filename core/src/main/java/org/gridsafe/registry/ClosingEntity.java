package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** The entity closes. The table decides from which statuses; the reason is kept in the history. */
final class ClosingEntity implements Step<EntityCommand.Close, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Close command, EntityStepContext context) {
        context.emit(new EntityEvent.StatusChanged(context.entity().status(), EntityStatus.CLOSED));
    }
}
