package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** Registration: the profile's catalog ids and grid are checked; the point (or the assignment) decides the grid. */
final class RegisteringEntity implements Step<EntityCommand.Register, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Register command, EntityStepContext context) {
        context.rules().checkCatalogs(command.profile(), context.problems());
        GridAssignment grid = context.rules().assign(command.profile(), context.problems());
        if (grid != null) {
            context.emit(new EntityEvent.Registered(command.profile(), grid));
        }
    }
}
