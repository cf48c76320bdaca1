package org.gridsafe.stats;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;

/**
 * A filed major-hazard statistical return (重大事故隐患统计报送): the figures as they were sent, kept
 * as filed even when cases change later.
 *
 * @param scope the grid whose subtree the return covers (the district or a street)
 * @param period the quarter or year
 * @param figures the figures as filed
 * @param asOf the instant the figures were counted at (the filing)
 * @param signer the command center's principal (主要负责人) who signs it, by name
 * @param note the filer's note
 * @param filedBy the id of the actor who filed it
 * @param filedAt when it was filed
 * @param onTime whether it was filed by the period's due day ({@link ReturnPeriod#isLate}) in the district's zone
 */
public record MajorHazardReturn(
        GridCode scope,
        ReturnPeriod period,
        MajorHazardFigures figures,
        Instant asOf,
        String signer,
        Optional<String> note,
        String filedBy,
        Instant filedAt,
        boolean onTime) {

    public MajorHazardReturn {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
