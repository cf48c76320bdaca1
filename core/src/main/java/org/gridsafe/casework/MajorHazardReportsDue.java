package org.gridsafe.casework;

import java.util.List;

/**
 * The reports a major hazard owes arose, each with its deadline (fixed now from the district's
 * {@link MajorHazardRules}, so a replay never depends on today's configuration).
 *
 * @param duties the reports owed and when each is due
 */
public record MajorHazardReportsDue(List<MajorHazardReportDuty> duties) implements CaseEvent {
    public MajorHazardReportsDue {
        duties = List.copyOf(duties);
    }
}
