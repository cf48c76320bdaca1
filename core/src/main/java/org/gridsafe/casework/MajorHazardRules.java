package org.gridsafe.casework;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The district's time limits for the duties of a major hazard (重大事故隐患), counted in calendar
 * time from the moment the duty arises (the dispatch of the major hazard, or its becoming major
 * after the dispatch). The law says "及时" (promptly) for the reports and names no number, so those
 * defaults are the project's own; the review's default is a local rule's.
 *
 * <pre>{@code
 * MajorHazardRules fujian = MajorHazardRules.standard().withPublication(Duration.ofDays(7));
 * }</pre>
 *
 * @param reportToDepartment the report to the supervising department (令第16号, 安全生产法 art. 41:
 *     "及时"; default 3 days, the project's own choice)
 * @param reportToWorkersCongress the report to the workers' congress (安全生产法 art. 41: "及时";
 *     default 30 days, the project's own choice: a congress or its standing body rarely meets more often)
 * @param publication the publication of the listed supervision (挂牌督办公告), where the local rule
 *     requires it (e.g. 福建's rule has the plan published in local media); empty: not required,
 *     the project's default
 * @param resumptionReview how long the department has to review an application to resume production
 *     (default 10 days: 湖北 鄂安〔2010〕20号, "10日内"; the national text is not confirmed)
 */
public record MajorHazardRules(
        Duration reportToDepartment,
        Duration reportToWorkersCongress,
        Optional<Duration> publication,
        Duration resumptionReview) {

    public MajorHazardRules {
        Objects.requireNonNull(reportToDepartment, "reportToDepartment");
        Objects.requireNonNull(reportToWorkersCongress, "reportToWorkersCongress");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(resumptionReview, "resumptionReview");
        for (Duration d : List.of(
                reportToDepartment,
                reportToWorkersCongress,
                resumptionReview,
                publication.orElse(Duration.ofDays(1)))) {
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("a major-hazard time limit lies in (0, 366 days]; got " + d);
            }
        }
    }

    /** The defaults above. */
    public static MajorHazardRules standard() {
        return new MajorHazardRules(Duration.ofDays(3), Duration.ofDays(30), Optional.empty(), Duration.ofDays(10));
    }

    /** These rules with the publication of the listed supervision required within {@code limit}. */
    public MajorHazardRules withPublication(Duration limit) {
        return new MajorHazardRules(reportToDepartment, reportToWorkersCongress, Optional.of(limit), resumptionReview);
    }

    /** The duties that arise at {@code now}, in the order of {@link MajorHazardReportKind}. */
    List<MajorHazardReportDuty> dutiesFrom(java.time.Instant now) {
        List<MajorHazardReportDuty> duties = new ArrayList<>();
        duties.add(
                new MajorHazardReportDuty(MajorHazardReportKind.SUPERVISING_DEPARTMENT, now.plus(reportToDepartment)));
        duties.add(
                new MajorHazardReportDuty(MajorHazardReportKind.WORKERS_CONGRESS, now.plus(reportToWorkersCongress)));
        publication.ifPresent(p -> duties.add(
                new MajorHazardReportDuty(MajorHazardReportKind.LISTED_SUPERVISION_PUBLICATION, now.plus(p))));
        return List.copyOf(duties);
    }
}
