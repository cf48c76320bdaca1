package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** The registration ends; the history stays. The table decides from which statuses; the reason is kept in the history. */
final class Deregistering implements Step<EntityCommand.Deregister, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Deregister command, EntityStepContext context) {
        context.emit(new EntityEvent.StatusChanged(context.entity().status(), EntityStatus.DEREGISTERED));
    }
}
