package org.gridsafe.inspection;

import java.util.Objects;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.hazard.HazardCatalog;

/**
 * What inspection steps check against.
 *
 * @param checklists the checklist templates an inspection may run
 * @param hazards the hazard catalog findings name their codes from
 * @param caps the yearly caps per enterprise
 * @param minimumInspectors the fewest credentialed officers an inspection needs: 2 (国办发〔2024〕54号
 *     and the 双随机 rules require at least two law-enforcement officers; a host may raise it, never lower)
 */
public record InspectionRules(
        ChecklistCatalog checklists, HazardCatalog hazards, InspectionCaps caps, int minimumInspectors) {

    /** The fewest officers the law allows. */
    public static final int LEGAL_MINIMUM_INSPECTORS = 2;

    public InspectionRules {
        Objects.requireNonNull(checklists, "checklists");
        Objects.requireNonNull(hazards, "hazards");
        Objects.requireNonNull(caps, "caps");
        if (minimumInspectors < LEGAL_MINIMUM_INSPECTORS) {
            throw new IllegalArgumentException(
                    "an inspection needs at least " + LEGAL_MINIMUM_INSPECTORS + " officers; got " + minimumInspectors);
        }
    }

    /** The shipped checklists, the standard hazard catalog, {@link InspectionCaps#standard()}, two officers. */
    public static InspectionRules standard() {
        return new InspectionRules(
                ChecklistCatalog.shipped(),
                HazardCatalog.standard(),
                InspectionCaps.standard(),
                LEGAL_MINIMUM_INSPECTORS);
    }

    /** These rules with {@code value} as the caps. */
    public InspectionRules withCaps(InspectionCaps value) {
        return new InspectionRules(checklists, hazards, value, minimumInspectors);
    }

    /** These rules with {@code value} as the checklists. */
    public InspectionRules withChecklists(ChecklistCatalog value) {
        return new InspectionRules(value, hazards, caps, minimumInspectors);
    }
}
