package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** Production stops. The table decides from which statuses; the reason is kept in the history. */
final class Suspending implements Step<EntityCommand.Suspend, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Suspend command, EntityStepContext context) {
        context.emit(new EntityEvent.StatusChanged(context.entity().status(), EntityStatus.SUSPENDED));
    }
}
