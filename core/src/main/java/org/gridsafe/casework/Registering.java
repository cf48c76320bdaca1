package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.lifecycle.Step;

/** Step 2, 受理立案: take the case up, keeping or correcting its domain, hazard and grade. */
final class Registering implements Step<Register, StepContext> {

    @Override
    public void decide(Register command, StepContext ctx) {
        Case c = ctx.current();
        SafetyDomain domain = StepContext.orElse(command.domain(), c.domain());
        HazardCode hazard = StepContext.orElse(command.hazard(), c.hazard());
        Optional<String> criterion = StepContext.orEmpty(command.majorHazardCriterion());
        criterion.ifPresent(key -> ctx.checkMajorHazardCriterion("majorHazardCriterion", key));
        boolean linked = criterion.isPresent() || c.majorHazardCriterion().isPresent();
        // Linking a criterion makes the case MAJOR unless the registrar says otherwise, which is refused.
        HazardGrade grade = StepContext.orElse(command.grade(), criterion.isPresent() ? HazardGrade.MAJOR : c.grade());
        if (linked && grade != HazardGrade.MAJOR) {
            ctx.checks()
                    .fail(
                            "grade",
                            "a case linked to major-hazard criterion "
                                    + criterion.orElseGet(
                                            () -> c.majorHazardCriterion().orElseThrow())
                                    + " is MAJOR; the command center downgrades it with a reason"
                                    + " (DowngradeMajorHazard)");
        }
        ctx.checkHazard("hazard", hazard);
        ctx.checks().optionalText("note", command.note(), InputLimits.NOTE);
        // Naming the entity the case already names changes nothing; another one is recorded with
        // its facts as of the report.
        Optional<CaseEntity> entity = Optional.empty();
        if (command.entity().isPresent() && !command.entity().equals(c.entity().map(CaseEntity::id))) {
            entity = ctx.entity("entity", command.entity().get(), c.reportedAt());
        }
        ctx.add(new CaseRegistered(
                domain,
                hazard,
                grade,
                command.note(),
                ctx.deadline(CaseState.REGISTERED, grade),
                entity,
                criterion.equals(c.majorHazardCriterion()) ? Optional.empty() : criterion,
                Accountability.of(ctx.rules().grids(), c.grid())));
    }
}
