package org.gridsafe.casework;

import java.util.List;
import org.gridsafe.access.Action;

/**
 * 立查立改: a general hazard that grid staff fixed on the spot. It still runs all six steps, at
 * once and with the same evidence, so statistics stay honest.
 *
 * @param report the report, as for any case; its grade must be general
 * @param evidence what was done on the spot
 * @param evidenceAttachments photos of the result
 */
public record ReportFixedOnSpot(Report report, String evidence, List<String> evidenceAttachments)
        implements CaseCommand {

    public ReportFixedOnSpot {
        evidenceAttachments = evidenceAttachments == null ? List.of() : List.copyOf(evidenceAttachments);
    }

    @Override
    public Action action() {
        return Action.REPORT_FIXED_ON_SPOT;
    }
}
