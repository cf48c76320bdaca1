package org.gridsafe.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseLicence;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.ExtensionRequest;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.MajorHazardReport;
import org.gridsafe.casework.ProductionStop;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Suspension;
import org.gridsafe.casework.TreatmentPlan;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * The stored form of a {@link Case} in {@code case_view.snapshot}: one component per attribute of
 * the case, so Jackson maps it field by field and {@link #toCase()} gives back an equal case.
 * Version {@link #VERSION}; bump it when {@link Case} gains attributes an older row cannot stand
 * for (an Optional, list or counter added since reads as empty or 0, see
 * {@link #COUNTERS_ADDED_LATER}): rows with an older snapshot version are rebuilt from their
 * events on read, so no data migration is needed.
 */
record CaseSnapshot(
        CaseId id,
        CaseSource source,
        GridCode grid,
        Optional<GeoPoint> location,
        SafetyDomain domain,
        HazardCode hazard,
        HazardGrade grade,
        String description,
        List<String> attachments,
        String reporterId,
        boolean anonymous,
        Optional<String> reporterContact,
        Optional<String> enterpriseId,
        Optional<CaseEntity> entity,
        Optional<CaseLicence> licence,
        Optional<String> majorHazardCriterion,
        Optional<CaseOrigin> origin,
        CaseState state,
        Optional<Instant> deadline,
        EscalationRung escalationRung,
        Optional<DepartmentId> department,
        Optional<String> handlerId,
        Optional<RectificationPlan> rectificationPlan,
        Optional<ListedSupervision> listedSupervision,
        Optional<ExtensionRequest> pendingExtension,
        Optional<Suspension> suspension,
        int extensionCount,
        int reworkCount,
        int reopenCount,
        boolean everOverdue,
        Optional<CaseId> mergedInto,
        Optional<String> lastReason,
        Instant reportedAt,
        Instant stateSince,
        Optional<Instant> registeredAt,
        Optional<Instant> dispatchedAt,
        Optional<Instant> rectifiedAt,
        Optional<Instant> verifiedAt,
        Optional<Instant> finishedAt,
        Optional<Boolean> closedOnTime,
        Optional<Integer> satisfaction,
        long version,
        String lastHash,
        Optional<TreatmentPlan> treatmentPlan,
        List<MajorHazardReport> majorHazardReports,
        Optional<ProductionStop> productionStop,
        Optional<Instant> writtenOffAt) {

    static final int VERSION = 1;

    /**
     * Counters added after version 1 ({@link Case#reopenCount()}): a row without one reads as 0,
     * as an Optional or list added since reads as empty ({@link Case#suspension()}, {@link
     * Case#entity()}, {@link Case#licence()}, {@link Case#majorHazardCriterion()}, {@link
     * Case#origin()}, and the major-hazard attributes: {@link Case#treatmentPlan()}, {@link
     * Case#majorHazardReports()}, {@link Case#productionStop()}, {@link Case#writtenOffAt()}), because no
     * event could set them when the row was written; so adding them needs no new version.
     */
    static final List<String> COUNTERS_ADDED_LATER = List.of("reopenCount");

    static CaseSnapshot of(Case c) {
        return new CaseSnapshot(
                c.id(),
                c.source(),
                c.grid(),
                c.location(),
                c.domain(),
                c.hazard(),
                c.grade(),
                c.description(),
                c.attachments(),
                c.reporterId(),
                c.anonymous(),
                c.reporterContact(),
                c.enterpriseId(),
                c.entity(),
                c.licence(),
                c.majorHazardCriterion(),
                c.origin(),
                c.state(),
                c.deadline(),
                c.escalationRung(),
                c.department(),
                c.handlerId(),
                c.rectificationPlan(),
                c.listedSupervision(),
                c.pendingExtension(),
                c.suspension(),
                c.extensionCount(),
                c.reworkCount(),
                c.reopenCount(),
                c.everOverdue(),
                c.mergedInto(),
                c.lastReason(),
                c.reportedAt(),
                c.stateSince(),
                c.registeredAt(),
                c.dispatchedAt(),
                c.rectifiedAt(),
                c.verifiedAt(),
                c.finishedAt(),
                c.closedOnTime(),
                c.satisfaction(),
                c.version(),
                c.lastHash(),
                c.treatmentPlan(),
                c.majorHazardReports(),
                c.productionStop(),
                c.writtenOffAt());
    }

    Case toCase() {
        return Case.builder()
                .id(id)
                .source(source)
                .grid(grid)
                .location(location)
                .domain(domain)
                .hazard(hazard)
                .grade(grade)
                .description(description)
                .attachments(attachments)
                .reporterId(reporterId)
                .anonymous(anonymous)
                .reporterContact(reporterContact)
                .enterpriseId(enterpriseId)
                .entity(entity)
                .licence(licence)
                .majorHazardCriterion(majorHazardCriterion)
                .origin(origin)
                .state(state)
                .deadline(deadline)
                .escalationRung(escalationRung)
                .department(department)
                .handlerId(handlerId)
                .rectificationPlan(rectificationPlan)
                .listedSupervision(listedSupervision)
                .pendingExtension(pendingExtension)
                .suspension(suspension)
                .extensionCount(extensionCount)
                .reworkCount(reworkCount)
                .reopenCount(reopenCount)
                .everOverdue(everOverdue)
                .mergedInto(mergedInto)
                .lastReason(lastReason)
                .reportedAt(reportedAt)
                .stateSince(stateSince)
                .registeredAt(registeredAt)
                .dispatchedAt(dispatchedAt)
                .rectifiedAt(rectifiedAt)
                .verifiedAt(verifiedAt)
                .finishedAt(finishedAt)
                .closedOnTime(closedOnTime)
                .satisfaction(satisfaction)
                .version(version)
                .lastHash(lastHash)
                .treatmentPlan(treatmentPlan)
                .majorHazardReports(majorHazardReports)
                .productionStop(productionStop)
                .writtenOffAt(writtenOffAt)
                .build();
    }
}
