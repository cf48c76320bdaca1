package org.gridsafe.registry;

import org.gridsafe.lifecycle.Step;

/** The unit's own assessment: kept beside the regulator's, which wins. */
final class SelfAssessing implements Step<EntityCommand.SubmitSelfAssessment, EntityStepContext> {

    @Override
    public void decide(EntityCommand.SubmitSelfAssessment command, EntityStepContext context) {
        if (command.assessment().assessor() != AssessorKind.SELF) {
            context.problems().add("assessment.assessor", "a self-assessment has assessor SELF");
            return;
        }
        context.emit(new EntityEvent.RiskAssessed(command.assessment()));
    }
}
