package org.gridsafe.registry;

import java.time.LocalDate;
import java.util.Optional;
import org.gridsafe.hazard.RiskLevel;

/**
 * A risk grading of an entity (red / orange / yellow / blue), by the unit itself or by the
 * regulator. Both kinds are kept; the entity's level is the latest regulator's if there is one
 * ({@link SupervisedEntity#riskLevel()}).
 *
 * @param assessor who assessed
 * @param method the method used, e.g. {@code LS}, {@code LEC} or a local scoring table
 * @param level the resulting level
 * @param assessedOn the day of the assessment
 * @param assessedBy the person or body that assessed
 * @param basis what the assessment was based on
 */
public record RiskAssessment(
        AssessorKind assessor,
        String method,
        RiskLevel level,
        LocalDate assessedOn,
        String assessedBy,
        Optional<String> basis) {

    public RiskAssessment {
        FieldRules rules = new FieldRules("");
        rules.notNull(assessor, "assessor");
        rules.text(method, "method", 64);
        rules.notNull(level, "level");
        rules.notNull(assessedOn, "assessedOn");
        rules.text(assessedBy, "assessedBy", FieldRules.MAX_NAME);
        rules.optionalText(basis, "basis", FieldRules.MAX_TEXT);
        rules.throwIfAny();
    }
}
