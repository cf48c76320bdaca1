package org.gridsafe.notice;

import java.util.List;

/**
 * What one run of the district notices' sweep did.
 *
 * @param raised the notices new this run (none when the day's were raised already)
 * @param delivered how many waiting notices reached the notifier
 * @param undelivered how many still wait (the notifier failed; the next run tries again)
 */
public record NoticeSweep(List<DistrictNotice> raised, int delivered, int undelivered) {
    public NoticeSweep {
        raised = List.copyOf(raised);
    }
}
