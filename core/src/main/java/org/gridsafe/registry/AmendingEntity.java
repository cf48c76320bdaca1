package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** A new profile: same kind, checked as at registration; the grid is decided again. */
final class AmendingEntity implements Step<EntityCommand.Amend, EntityStepContext> {

    @Override
    public void decide(EntityCommand.Amend command, EntityStepContext context) {
        EntityKind kind = context.entity().kind();
        if (command.profile().entityKind() != kind) {
            context.problems()
                    .add(
                            "profile",
                            "entity " + command.id() + " is a " + kind.enName() + " and stays one; got a "
                                    + command.profile().entityKind().enName());
            return;
        }
        context.rules().checkCatalogs(command.profile(), context.problems());
        GridAssignment grid = context.rules().assign(command.profile(), context.problems());
        if (grid != null) {
            context.emit(new EntityEvent.Amended(command.profile(), grid));
        }
    }
}
