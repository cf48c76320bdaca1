package org.gridsafe.patrol;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * What the patroller adds to a failed item so it can be reported as a hazard: its domain, hazard code,
 * grade, and, for a general hazard fixed there and then (立查立改), what was done.
 *
 * @param item the failed item's code
 * @param domain the safety domain
 * @param hazard the GB/T 13861 hazard code
 * @param grade general or major; a major-hazard candidate item suggests major
 * @param fixedOnSpot what was done on the spot, if the hazard was fixed there (general hazards only)
 */
public record FindingReport(
        String item, SafetyDomain domain, HazardCode hazard, HazardGrade grade, Optional<String> fixedOnSpot) {

    public FindingReport {
        Objects.requireNonNull(item, "item");
        fixedOnSpot = fixedOnSpot == null ? Optional.empty() : fixedOnSpot;
    }
}
