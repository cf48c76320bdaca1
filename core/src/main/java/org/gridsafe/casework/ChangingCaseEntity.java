package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/**
 * 变更涉及单位: the command center names, changes or removes the entity an open case concerns. The
 * id must be in the registry (where there is one); the facts recorded are the entity's as of the
 * case's report, so the case keeps showing the unit as it was when the hazard was found.
 */
final class ChangingCaseEntity implements Step<ChangeCaseEntity, StepContext> {

    @Override
    public void decide(ChangeCaseEntity command, StepContext ctx) {
        Case c = ctx.current();
        ctx.checks().text("reason", command.reason(), InputLimits.REASON);
        Optional<CaseEntity> entity = Optional.empty();
        if (command.entity().isPresent()) {
            entity = ctx.entity("entity", command.entity().get(), c.reportedAt());
        }
        if (!ctx.checks().ok()) {
            return;
        }
        if (entity.map(CaseEntity::id).equals(c.entity().map(CaseEntity::id))) {
            ctx.checks()
                    .fail(
                            "entity",
                            c.entity().isPresent()
                                    ? "the case already names "
                                            + c.entity().get().id()
                                    : "the case names no entity; give the entity it concerns");
            return;
        }
        ctx.add(new CaseEntityChanged(entity, c.entity(), command.reason()));
    }
}
