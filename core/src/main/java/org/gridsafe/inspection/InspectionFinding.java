package org.gridsafe.inspection;

import java.util.Objects;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * What a failed checklist item of an inspection is, as a hazard: it becomes a case with source
 * department inspection.
 *
 * @param item the failed item's code
 * @param domain the safety domain
 * @param hazard the GB/T 13861 hazard code
 * @param grade general or major
 */
public record InspectionFinding(String item, SafetyDomain domain, HazardCode hazard, HazardGrade grade) {

    public InspectionFinding {
        Objects.requireNonNull(item, "item");
    }
}
