package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.access.CaseFacts;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.immutables.value.Value;

/**
 * One reported problem (案件), from report to close: the fold of its events.
 *
 * <p>Immutable. Build it with {@link #replay(List)} from a log, or {@link #apply(RecordedEvent)}
 * one event at a time. A store that keeps a projection of each case (a snapshot of every
 * attribute) restores it with {@link #builder()}; that is the only other public way to make one.
 * {@link #reporterContact()} is private data: adapters must not show it to anyone but the
 * command center.
 *
 * <pre>{@code
 * Case restored = Case.builder()
 *         .id(snapshot.id())
 *         .source(snapshot.source())
 *         // ... every attribute of the stored projection
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Case {

    Case() {}

    /**
     * A builder for restoring a case from a stored projection; every attribute without a default
     * must be set, or {@link Builder#build()} throws {@link IllegalStateException} naming them. It
     * checks no business rule: the attributes must come from a fold of the case's events.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets a case's attributes one by one; see {@link Case#builder()}. */
    public static final class Builder extends ImmutableCase.Builder {
        Builder() {}
    }

    public abstract CaseId id();

    public abstract CaseSource source();

    public abstract GridCode grid();

    public abstract Optional<GeoPoint> location();

    public abstract SafetyDomain domain();

    public abstract HazardCode hazard();

    public abstract HazardGrade grade();

    public abstract String description();

    public abstract List<String> attachments();

    /** Who reported the case (an actor id). */
    public abstract String reporterId();

    /** Whether the reporter asked to stay anonymous to everyone but command centers. */
    public abstract boolean anonymous();

    public abstract Optional<String> reporterContact();

    public abstract Optional<String> enterpriseId();

    /**
     * The production unit or place the case concerns, with its facts as of the case's report
     * (recorded on the case, so a later regrade of the entity does not change it).
     */
    public abstract Optional<CaseEntity> entity();

    /**
     * The major-hazard criterion (重大事故隐患判定标准 item key) the case was found to meet; a linked
     * case is MAJOR until the command center downgrades it.
     */
    public abstract Optional<String> majorHazardCriterion();

    /** The expired licence the case is about ({@link CaseSource#LICENCE_EXPIRED} cases). */
    public abstract Optional<CaseLicence> licence();

    /** The patrol occurrence and checklist item the case came from, if work that finds hazards reported it. */
    public abstract Optional<CaseOrigin> origin();

    public abstract CaseState state();

    /** When the pending step is due; present exactly while the case is open (not while suspended). */
    public abstract Optional<Instant> deadline();

    /** How far overdue work in the current step has been escalated. */
    public abstract EscalationRung escalationRung();

    public abstract Optional<DepartmentId> department();

    public abstract Optional<String> handlerId();

    public abstract Optional<RectificationPlan> rectificationPlan();

    public abstract Optional<ListedSupervision> listedSupervision();

    public abstract Optional<ExtensionRequest> pendingExtension();

    /** The approved suspension (缓办 / 挂账); present exactly while the case is {@link CaseState#SUSPENDED}. */
    public abstract Optional<Suspension> suspension();

    /** Granted extensions. */
    public abstract int extensionCount();

    /** How often a complaint after closing reopened the case (投诉重办). */
    @Value.Default
    public int reopenCount() {
        return 0;
    }

    /** The elements of a major hazard's treatment plan (令第16号), as dispatched. */
    public abstract Optional<TreatmentPlan> treatmentPlan();

    /**
     * The reports a major hazard owes (重大事故隐患报告), filed or outstanding; empty until a major hazard
     * is dispatched. A major hazard cannot close while any is outstanding.
     */
    public abstract List<MajorHazardReport> majorHazardReports();

    /** The stopped production (停产停业) of a major hazard, from the stop until it is written off. */
    public abstract Optional<ProductionStop> productionStop();

    /** When the review of its resumption wrote the major hazard off (核销), if it did. */
    public abstract Optional<Instant> writtenOffAt();

    /** Whether a major-hazard report is outstanding. */
    public boolean owesMajorHazardReport() {
        return majorHazardReports().stream().anyMatch(r -> !r.filed());
    }

    /** Failed verifications (返工). */
    public abstract int reworkCount();

    /** Whether any step finished, or was escalated, after its deadline. */
    public abstract boolean everOverdue();

    public abstract Optional<CaseId> mergedInto();

    /**
     * Why the case was rejected, merged, returned, reassigned, suspended, resumed or (for the last
     * failed verification) sent back.
     */
    public abstract Optional<String> lastReason();

    public abstract Instant reportedAt();

    /** When the current state was entered. */
    public abstract Instant stateSince();

    /** When the case was registered (立案), if it was. */
    public abstract Optional<Instant> registeredAt();

    /** When the case was first dispatched (派遣), if it was. */
    public abstract Optional<Instant> dispatchedAt();

    /** When the latest rectification was submitted, if any. */
    public abstract Optional<Instant> rectifiedAt();

    /** When verification passed, if it did. */
    public abstract Optional<Instant> verifiedAt();

    /** When the case left the loop: closed, rejected or merged. */
    public abstract Optional<Instant> finishedAt();

    public abstract Optional<Boolean> closedOnTime();

    public abstract Optional<Integer> satisfaction();

    /** The number of events so far; the version the next event must follow. */
    public abstract long version();

    /** The hash of the last event, to chain the next one to. */
    public abstract String lastHash();

    /** Whether the case is open and its deadline lies before {@code now}. */
    public boolean isOverdueAt(Instant now) {
        return state().isOpen() && deadline().map(now::isAfter).orElse(false);
    }

    /** What access control needs to know about this case. */
    public CaseFacts facts() {
        return new CaseFacts(
                Optional.of(id().value()), grid(), grade(), department(), Optional.of(reporterId()), enterpriseId());
    }

    /** Rebuilds a case from its whole log; the first event must be a {@link CaseReported}. */
    public static Case replay(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least its report event");
        }
        Case state = start(events.get(0));
        for (RecordedEvent event : events.subList(1, events.size())) {
            state = state.apply(event);
        }
        return state;
    }

    /** Starts a case from its first event. */
    public static Case start(RecordedEvent first) {
        if (!(first.event() instanceof CaseReported reported) || first.version() != 1) {
            throw new IllegalArgumentException(
                    "case " + first.caseId() + " must start with CaseReported at version 1, found "
                            + first.event().type() + " at version " + first.version());
        }
        return ImmutableCase.builder()
                .id(first.caseId())
                .source(reported.source())
                .grid(reported.grid())
                .location(reported.location())
                .domain(reported.domain())
                .hazard(reported.hazard())
                .grade(reported.grade())
                .description(reported.description())
                .attachments(reported.attachments())
                .reporterId(first.actorId())
                .anonymous(reported.anonymous())
                .reporterContact(reported.reporterContact())
                .enterpriseId(reported.enterpriseId())
                .entity(reported.entity())
                .licence(reported.licence())
                .origin(reported.origin())
                .majorHazardCriterion(reported.majorHazardCriterion())
                .state(CaseState.REPORTED)
                .deadline(reported.registerDeadline())
                .escalationRung(EscalationRung.NONE)
                .extensionCount(0)
                .reworkCount(0)
                .everOverdue(false)
                .reportedAt(first.at())
                .stateSince(first.at())
                .version(1)
                .lastHash(first.hash())
                .build();
    }

    /** The case after {@code recorded}, which must be the next version of this case. */
    public Case apply(RecordedEvent recorded) {
        if (!recorded.caseId().equals(id()) || recorded.version() != version() + 1) {
            throw new IllegalArgumentException("event " + recorded.caseId() + " v" + recorded.version()
                    + " does not follow case " + id() + " v" + version());
        }
        // Every case is an ImmutableCase (the constructor is package-private), so the cast holds.
        ImmutableCase current = (ImmutableCase) ImmutableCase.copyOf(this);
        ImmutableCase next = fold(current, recorded.event(), recorded.at(), recorded.actorId())
                .withVersion(recorded.version())
                .withLastHash(recorded.hash());
        if (!Lifecycle.allows(state(), next.state())) {
            throw new IllegalStateException("event " + recorded.event().type() + " would move case " + id() + " from "
                    + state() + " to " + next.state() + ", which the lifecycle does not allow");
        }
        return next;
    }

    private static ImmutableCase fold(ImmutableCase c, CaseEvent event, Instant at, String actorId) {
        boolean late = c.isOverdueAt(at);
        if (event instanceof CaseRegistered e) {
            return enter(c, CaseState.REGISTERED, at, late)
                    .withRegisteredAt(at)
                    .withDomain(e.domain())
                    .withHazard(e.hazard())
                    .withGrade(e.grade())
                    .withEntity(e.entity().isPresent() ? e.entity() : c.entity())
                    .withMajorHazardCriterion(
                            e.majorHazardCriterion().isPresent() ? e.majorHazardCriterion() : c.majorHazardCriterion())
                    .withDeadline(e.dispatchDeadline());
        } else if (event instanceof CaseEntityChanged e) {
            return c.withEntity(e.entity());
        } else if (event instanceof MajorHazardCriterionChanged e) {
            return c.withGrade(HazardGrade.MAJOR)
                    .withMajorHazardCriterion(Optional.of(e.criterion()))
                    .withLastReason(e.reason());
        } else if (event instanceof MajorHazardDowngraded e) {
            return c.withGrade(HazardGrade.GENERAL)
                    .withMajorHazardCriterion(Optional.empty())
                    .withLastReason(e.reason());
        } else if (event instanceof CaseRejected e) {
            return finish(enter(c, CaseState.REJECTED, at, late), at).withLastReason(e.reason());
        } else if (event instanceof CaseMerged e) {
            return finish(enter(c, CaseState.MERGED, at, late), at)
                    .withMergedInto(e.into())
                    .withLastReason(e.reason());
        } else if (event instanceof CaseDispatched e) {
            return enter(c, CaseState.DISPATCHED, at, late)
                    .withDispatchedAt(c.dispatchedAt().orElse(at))
                    .withDepartment(e.department())
                    .withHandlerId(e.handlerId())
                    .withRectificationPlan(e.plan())
                    .withListedSupervision(e.listedSupervision())
                    .withTreatmentPlan(e.treatmentPlan())
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof CaseReturned e) {
            return enter(c, CaseState.REGISTERED, at, late)
                    .withDepartment(Optional.empty())
                    .withHandlerId(Optional.empty())
                    .withPendingExtension(Optional.empty())
                    .withLastReason(e.reason())
                    .withDeadline(e.dispatchDeadline());
        } else if (event instanceof CaseReassigned e) {
            // Same step, so the rung stays; the new department's clock starts with the new deadline.
            return c.withDepartment(e.to())
                    .withHandlerId(e.handlerId())
                    .withPendingExtension(Optional.empty())
                    .withLastReason(e.reason())
                    .withEverOverdue(c.everOverdue() || late)
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof CaseSuspended e) {
            // A renewal keeps when the suspension began; the first one is a step change like any other.
            ImmutableCase suspended = c.state() == CaseState.SUSPENDED ? c : enter(c, CaseState.SUSPENDED, at, late);
            Instant since = c.suspension().map(Suspension::since).orElse(at);
            return suspended
                    .withDeadline(Optional.empty())
                    .withPendingExtension(Optional.empty())
                    .withLastReason(e.reason())
                    .withSuspension(
                            new Suspension(e.kind(), e.reason(), e.approval(), e.reviewDate(), e.reviewAt(), since));
        } else if (event instanceof CaseResumed e) {
            return enter(c, CaseState.DISPATCHED, at, late)
                    .withSuspension(Optional.empty())
                    .withLastReason(e.reason())
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof CaseReopened e) {
            // The closure is undone on the case (it stays in the log): the result of the loop is open again.
            return enter(c, CaseState.DISPATCHED, at, late)
                    .withFinishedAt(Optional.empty())
                    .withClosedOnTime(Optional.empty())
                    .withSatisfaction(Optional.empty())
                    .withReopenCount(c.reopenCount() + 1)
                    .withLastReason(e.complaint())
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof RectificationSubmitted e) {
            return enter(c, CaseState.RECTIFIED, at, late)
                    .withRectifiedAt(at)
                    .withPendingExtension(Optional.empty())
                    .withDeadline(e.verifyDeadline());
        } else if (event instanceof ExtensionRequested e) {
            return c.withPendingExtension(new ExtensionRequest(e.requestedDeadline(), e.reason(), actorId));
        } else if (event instanceof ExtensionApproved e) {
            return c.withPendingExtension(Optional.empty())
                    .withExtensionCount(c.extensionCount() + 1)
                    .withDeadline(e.newDeadline());
        } else if (event instanceof ExtensionDenied) {
            return c.withPendingExtension(Optional.empty());
        } else if (event instanceof VerificationPassed e) {
            return enter(c, CaseState.VERIFIED, at, late).withVerifiedAt(at).withDeadline(e.closeDeadline());
        } else if (event instanceof VerificationFailed e) {
            return enter(c, CaseState.DISPATCHED, at, late)
                    .withReworkCount(c.reworkCount() + 1)
                    .withLastReason(e.reason())
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof CaseClosed e) {
            return finish(enter(c, CaseState.CLOSED, at, late), at)
                    .withClosedOnTime(e.onTime())
                    .withSatisfaction(e.satisfaction());
        } else if (event instanceof MajorHazardReportsDue e) {
            return c.withMajorHazardReports(e.duties().stream()
                    .map(d -> new MajorHazardReport(
                            d.kind(), d.dueAt(), Optional.empty(), Optional.empty(), Optional.empty()))
                    .toList());
        } else if (event instanceof MajorHazardReportFiled e) {
            return c.withMajorHazardReports(c.majorHazardReports().stream()
                    .map(r -> r.kind() == e.kind()
                            ? new MajorHazardReport(
                                    r.kind(),
                                    r.dueAt(),
                                    Optional.of(at),
                                    Optional.of(e.recipient()),
                                    Optional.of(e.reference()),
                                    r.rung())
                            : r)
                    .toList());
        } else if (event instanceof MajorHazardReportEscalated e) {
            // The report's own ladder: the step's rung and the case's timeliness stay as they are.
            return c.withMajorHazardReports(c.majorHazardReports().stream()
                    .map(r -> r.kind() == e.kind()
                            ? new MajorHazardReport(
                                    r.kind(), r.dueAt(), r.filedAt(), r.recipient(), r.reference(), e.rung())
                            : r)
                    .toList());
        } else if (event instanceof ProductionStopped e) {
            // The rectification goes on under the stop: the running deadline is kept.
            return enter(c, CaseState.PRODUCTION_STOPPED, at, late)
                    .withPendingExtension(Optional.empty())
                    .withLastReason(e.reason())
                    .withProductionStop(new ProductionStop(e.scope(), e.evacuated(), e.reason(), at));
        } else if (event instanceof ResumptionApplied e) {
            return enter(c, CaseState.RESUMPTION_REQUESTED, at, late)
                    .withRectifiedAt(at)
                    .withDeadline(e.reviewDeadline());
        } else if (event instanceof ResumptionApproved e) {
            return enter(c, CaseState.VERIFIED, at, late)
                    .withVerifiedAt(at)
                    .withWrittenOffAt(at)
                    .withProductionStop(Optional.empty())
                    .withDeadline(e.closeDeadline());
        } else if (event instanceof ResumptionRefused e) {
            return enter(c, CaseState.PRODUCTION_STOPPED, at, late)
                    .withReworkCount(c.reworkCount() + 1)
                    .withLastReason(e.reason())
                    .withDeadline(e.rectifyDeadline());
        } else if (event instanceof CaseEscalated e) {
            return c.withEscalationRung(e.rung()).withEverOverdue(true);
        } else if (event instanceof CaseMovedToGrid e) {
            return c.withGrid(e.to());
        } else if (event instanceof CaseReported) {
            throw new IllegalArgumentException("case " + c.id() + " was already reported");
        }
        throw new IllegalArgumentException("unknown event type " + event.type());
    }

    /** A step change: the escalation ladder starts again; a late step marks the case overdue. */
    private static ImmutableCase enter(ImmutableCase c, CaseState state, Instant at, boolean late) {
        return c.withState(state)
                .withStateSince(at)
                .withEscalationRung(EscalationRung.NONE)
                .withEverOverdue(c.everOverdue() || late);
    }

    private static ImmutableCase finish(ImmutableCase c, Instant at) {
        return c.withDeadline(Optional.empty())
                .withPendingExtension(Optional.empty())
                .withFinishedAt(at);
    }
}
