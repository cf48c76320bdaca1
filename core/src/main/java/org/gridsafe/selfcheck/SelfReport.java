package org.gridsafe.selfcheck;

import java.util.List;
import java.util.Objects;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaReference;

/**
 * What the enterprise writes for a failed item so it becomes a ledger entry (台账) and a case: where,
 * what exactly, what it does about it, and how it is classed. {@link SelfReportQuality} says whether it
 * is good enough to be a report.
 *
 * @param item the failed item's code
 * @param place where the hazard is (部位)
 * @param description what is wrong, in the enterprise's words (not the item's text)
 * @param measure the rectification measure (整改措施)
 * @param domain the safety domain
 * @param hazard the GB/T 13861 hazard code
 * @param grade general or major
 * @param photos photos of the hazard
 */
public record SelfReport(
        String item,
        String place,
        String description,
        String measure,
        SafetyDomain domain,
        HazardCode hazard,
        HazardGrade grade,
        List<MediaReference> photos) {

    public SelfReport {
        Objects.requireNonNull(item, "item");
        // Not List.copyOf: a null element is a field problem, not a crash here.
        photos = photos == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(photos));
    }
}
