package org.gridsafe.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * Computes a major-hazard return's figures ({@link MajorHazardFigures}) from cases in memory: the
 * reference the SQL implementation is tested against.
 *
 * <p>A case counts when it is a major hazard ({@link HazardGrade#MAJOR}) at as-of, was registered
 * (立案) and was not merged into another; as every statistic, cases are read as they stand at as-of
 * (a hazard downgraded since is not counted). With {@code end} the earlier of the period's end and
 * as-of:
 *
 * <ul>
 *   <li><b>found</b>: registered in the period;
 *   <li><b>written off</b> (整改销号): VERIFIED or CLOSED at as-of, its write-off in the period: the
 *       resumption review's ({@code Case.writtenOffAt}) or else the passed verification's time (a
 *       major hazard is written off by the review that verifies it); a case reopened since is
 *       not written off;
 *   <li><b>under treatment</b> at the end: registered before {@code end} and not written off before
 *       it (a suspended case is under treatment);
 *   <li><b>past the plan's due date</b>: under treatment, and its treatment plan's due date lies
 *       before {@code end}'s day in the district's zone (the plan is due at the end of that date);
 *   <li><b>listed for supervision</b> (挂牌督办): found, and listed ({@code Case.listedSupervision});
 *   <li><b>production stopped</b> (停产停业): found, and production was stopped (stopped now, or
 *       written off by the resumption review, which only follows a stop).
 * </ul>
 */
public final class MajorHazardStatistics {

    private MajorHazardStatistics() {}

    /**
     * The figures of the cases in {@code scope} over {@code period}, as they stand at {@code asOf};
     * {@code zone} is the district's, for the plans' due dates.
     */
    public static MajorHazardFigures figures(
            Collection<Case> cases, CaseScope scope, Period period, ZoneId zone, Instant asOf) {
        Instant end = period.to().isBefore(asOf) ? period.to() : asOf;
        LocalDate endDay = end.atZone(zone).toLocalDate();
        Map<SafetyDomain, long[]> counts = new EnumMap<>(SafetyDomain.class);
        for (Case c : cases) {
            if (!scope.includes(c)
                    || c.grade() != HazardGrade.MAJOR
                    || c.registeredAt().isEmpty()
                    || c.state() == CaseState.MERGED) {
                continue;
            }
            long[] n = counts.computeIfAbsent(c.domain(), d -> new long[6]);
            Instant registered = c.registeredAt().get();
            Optional<Instant> writtenOff = writtenOffAt(c);
            if (period.contains(registered)) {
                n[0]++;
                if (c.listedSupervision().isPresent()) {
                    n[4]++;
                }
                if (c.productionStop().isPresent() || c.writtenOffAt().isPresent()) {
                    n[5]++;
                }
            }
            if (writtenOff.isPresent() && period.contains(writtenOff.get())) {
                n[1]++;
            }
            boolean underTreatment = registered.isBefore(end)
                    && (writtenOff.isEmpty() || !writtenOff.get().isBefore(end));
            if (underTreatment) {
                n[2]++;
                if (c.rectificationPlan()
                        .map(RectificationPlan::dueDate)
                        .filter(due -> due.isBefore(endDay))
                        .isPresent()) {
                    n[3]++;
                }
            }
        }
        Map<SafetyDomain, MajorHazardCounts> byDomain = new EnumMap<>(SafetyDomain.class);
        counts.forEach((domain, n) -> byDomain.put(domain, new MajorHazardCounts(n[0], n[1], n[2], n[3], n[4], n[5])));
        return new MajorHazardFigures(byDomain);
    }

    /** When the case was written off, if it stands written off (VERIFIED or CLOSED) at as-of. */
    static Optional<Instant> writtenOffAt(Case c) {
        if (c.state() != CaseState.VERIFIED && c.state() != CaseState.CLOSED) {
            return Optional.empty();
        }
        return c.writtenOffAt().or(c::verifiedAt);
    }
}
