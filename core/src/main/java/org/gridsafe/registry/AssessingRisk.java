package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** The regulator's assessment, which from now on decides the entity's risk level. */
final class AssessingRisk implements Step<EntityCommand.AssessRisk, EntityStepContext> {

    @Override
    public void decide(EntityCommand.AssessRisk command, EntityStepContext context) {
        if (command.assessment().assessor() != AssessorKind.REGULATOR) {
            context.problems().add("assessment.assessor", "the regulator's assessment has assessor REGULATOR");
            return;
        }
        context.emit(new EntityEvent.RiskAssessed(command.assessment()));
    }
}
