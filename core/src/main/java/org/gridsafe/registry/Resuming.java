package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** Production resumes. The table decides from which statuses; the reason is kept in the history. */
final class Resuming implements Step<EntityCommand.Resume, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Resume command, EntityStepContext context) {
        context.emit(new EntityEvent.StatusChanged(context.entity().status(), EntityStatus.OPERATING));
    }
}
