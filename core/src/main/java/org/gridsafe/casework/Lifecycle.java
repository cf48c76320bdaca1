package org.gridsafe.casework;

import static org.gridsafe.casework.CaseState.CLOSED;
import static org.gridsafe.casework.CaseState.DISPATCHED;
import static org.gridsafe.casework.CaseState.MERGED;
import static org.gridsafe.casework.CaseState.PRODUCTION_STOPPED;
import static org.gridsafe.casework.CaseState.RECTIFIED;
import static org.gridsafe.casework.CaseState.REGISTERED;
import static org.gridsafe.casework.CaseState.REJECTED;
import static org.gridsafe.casework.CaseState.REPORTED;
import static org.gridsafe.casework.CaseState.RESUMPTION_REQUESTED;
import static org.gridsafe.casework.CaseState.SUSPENDED;
import static org.gridsafe.casework.CaseState.VERIFIED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.Guard;
import org.gridsafe.lifecycle.TransitionTable;

/**
 * The transition table of the six-step loop: the one place that says which command a case accepts
 * in which state, which access {@link Action} it needs, which guards must hold, which events it
 * yields, the state it leads to, and which step class holds its field rules. {@link CaseDecider}
 * dispatches every command on it, and {@code docs/workflow.md} embeds {@link #markdown()}.
 *
 * <pre>
 * (new)      → REPORTED (report) | CLOSED (fixed on the spot)
 * REPORTED   → REGISTERED | REJECTED | MERGED
 * REGISTERED → DISPATCHED | MERGED
 * DISPATCHED → RECTIFIED | REGISTERED (returned by the department: 回退; extension requests and
 *              decisions and reassignment to another department, 改派, keep the state)
 * RECTIFIED  → VERIFIED | DISPATCHED (verification failed: rework)
 * VERIFIED   → CLOSED
 * SUSPENDED  → DISPATCHED (resumed); DISPATCHED → SUSPENDED (缓办 / 挂账, renewed in SUSPENDED)
 * CLOSED     → DISPATCHED (reopened on a complaint: 投诉重办)
 * DISPATCHED → PRODUCTION_STOPPED (a major hazard: 停产停业) → RESUMPTION_REQUESTED (恢复生产申请)
 *            → VERIFIED (审查通过, 核销) | PRODUCTION_STOPPED (审查未通过)
 * </pre>
 *
 * A major hazard closes only once the reports it owes are filed; its VERIFIED state is reached
 * only through a review (verification, or the resumption review).
 *
 * Escalations keep the state in every open state (a suspended case is not open: no step runs).
 * REJECTED and MERGED accept no command; CLOSED only a reopening.
 */
public final class Lifecycle {

    private static final Guard<Case> NO_PENDING_EXTENSION = Guard.of(
            "no extension request waiting",
            "an extension request is already waiting for a decision",
            c -> c.pendingExtension().isEmpty());

    private static final Guard<Case> PENDING_EXTENSION = Guard.of(
            "an extension request waiting",
            "no extension request is waiting for a decision",
            c -> c.pendingExtension().isPresent());

    private static final Set<CaseState> OPEN = Arrays.stream(CaseState.values())
            .filter(CaseState::isOpen)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    /** Not closed, rejected or merged: a suspended case moves with its grid too. */
    private static final Set<CaseState> UNFINISHED = Arrays.stream(CaseState.values())
            .filter(state -> !state.isFinished())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    private static final Guard<Case> MAJOR_HAZARD = Guard.of(
            "a major hazard",
            "it is not a major hazard: only a major hazard's production is stopped in the loop",
            c -> c.grade() == org.gridsafe.hazard.HazardGrade.MAJOR);

    private static final Guard<Case> REPORT_OUTSTANDING = Guard.of(
            "a major-hazard report outstanding",
            "it owes no major-hazard report (none arose, or all are filed)",
            Case::owesMajorHazardReport);

    private static final Guard<Case> MAJOR_HAZARD_REPORTS_FILED = Guard.of(
            "a major hazard's reports filed",
            "it is a major hazard whose reports are not all filed (majorHazardReports)",
            c -> c.grade() != org.gridsafe.hazard.HazardGrade.MAJOR || !c.owesMajorHazardReport());

    private static final Guard<Case> MAJOR_HAZARD_REPORT_OUTSTANDING = Guard.of(
            "a major hazard with a report outstanding",
            "it is not a major hazard with a report outstanding (a downgraded case owes none)",
            c -> c.grade() == org.gridsafe.hazard.HazardGrade.MAJOR && c.owesMajorHazardReport());

    /** Where a report a major hazard owes may be filed: any state with work left, suspended too. */
    private static final Set<CaseState> REPORTING = EnumSet.copyOf(Set.of(
            REPORTED,
            REGISTERED,
            DISPATCHED,
            RECTIFIED,
            VERIFIED,
            SUSPENDED,
            PRODUCTION_STOPPED,
            RESUMPTION_REQUESTED));

    static final TransitionTable<CaseState, Case, CaseCommand, StepContext> TABLE =
            TransitionTable.<CaseState, Case, CaseCommand, StepContext>builder(CaseState.class)
                    // step 1, 发现上报
                    .creating(Report.class, Action.REPORT)
                    .yields(CaseReported.class)
                    .to(REPORTED)
                    .decidedBy(new Reporting())
                    .creating(ReportFixedOnSpot.class, Action.REPORT_FIXED_ON_SPOT)
                    .yields(
                            CaseReported.class,
                            CaseRegistered.class,
                            CaseDispatched.class,
                            RectificationSubmitted.class,
                            VerificationPassed.class,
                            CaseClosed.class)
                    .to(CLOSED)
                    .decidedBy(new FixingOnTheSpot())
                    // step 2, 受理立案
                    .in(REPORTED)
                    .on(Register.class, Action.REGISTER)
                    .yields(CaseRegistered.class)
                    .to(REGISTERED)
                    .decidedBy(new Registering())
                    .in(REPORTED)
                    .on(Reject.class, Action.REJECT)
                    .yields(CaseRejected.class)
                    .to(REJECTED)
                    .decidedBy(new Rejecting())
                    .in(REPORTED, REGISTERED)
                    .on(Merge.class, Action.MERGE)
                    .yields(CaseMerged.class)
                    .to(MERGED)
                    .decidedBy(new Merging())
                    // step 3, 派遣交办
                    .in(REGISTERED)
                    .on(Dispatch.class, Action.DISPATCH)
                    .yields(CaseDispatched.class, MajorHazardReportsDue.class)
                    .to(DISPATCHED)
                    .decidedBy(new Dispatching())
                    // step 4, 整改处置, with extensions of its deadline
                    .in(DISPATCHED)
                    .on(SubmitRectification.class, Action.SUBMIT_RECTIFICATION)
                    .yields(RectificationSubmitted.class)
                    .to(RECTIFIED)
                    .decidedBy(new Rectifying())
                    .in(DISPATCHED)
                    .on(ReturnCase.class, Action.RETURN)
                    .yields(CaseReturned.class)
                    .to(REGISTERED)
                    .decidedBy(new Returning())
                    .in(DISPATCHED)
                    .on(Reassign.class, Action.REASSIGN)
                    .yields(CaseReassigned.class)
                    .keepingState()
                    .decidedBy(new Reassigning())
                    .in(DISPATCHED)
                    .on(RequestExtension.class, Action.REQUEST_EXTENSION)
                    .when(NO_PENDING_EXTENSION)
                    .yields(ExtensionRequested.class)
                    .keepingState()
                    .decidedBy(new RequestingExtension())
                    .in(DISPATCHED)
                    .on(ApproveExtension.class, Action.DECIDE_EXTENSION)
                    .when(PENDING_EXTENSION)
                    .yields(ExtensionApproved.class)
                    .keepingState()
                    .decidedBy(new ApprovingExtension())
                    .in(DISPATCHED)
                    .on(DenyExtension.class, Action.DECIDE_EXTENSION)
                    .when(PENDING_EXTENSION)
                    .yields(ExtensionDenied.class)
                    .keepingState()
                    .decidedBy(new DenyingExtension())
                    // step 5, 核查验收
                    .in(RECTIFIED)
                    .on(Verify.class, Action.VERIFY)
                    .yields(VerificationPassed.class, VerificationFailed.class)
                    .to(VERIFIED, DISPATCHED)
                    .decidedBy(new Verifying())
                    // step 6, 结案评价
                    .in(VERIFIED)
                    .on(Close.class, Action.CLOSE)
                    .when(MAJOR_HAZARD_REPORTS_FILED)
                    .yields(CaseClosed.class)
                    .to(CLOSED)
                    .decidedBy(new Closing())
                    // 督办, whenever work is overdue
                    .in(OPEN)
                    .on(Escalate.class, Action.ESCALATE)
                    .yields(CaseEscalated.class)
                    .keepingState()
                    .decidedBy(new Escalating())
                    // 涉及单位: the command center names, changes or removes the entity a case concerns
                    .in(OPEN)
                    .on(ChangeCaseEntity.class, Action.CHANGE_CASE_ENTITY)
                    .yields(CaseEntityChanged.class)
                    .keepingState()
                    .decidedBy(new ChangingCaseEntity())
                    // 重大事故隐患降级: the command center makes an open MAJOR case GENERAL, with a reason
                    .in(OPEN)
                    .on(DowngradeMajorHazard.class, Action.DOWNGRADE_MAJOR_HAZARD)
                    .yields(MajorHazardDowngraded.class)
                    .keepingState()
                    .decidedBy(new DowngradingMajorHazard())
                    // 变更重大事故隐患判定依据: the command center links a criterion to an open case, or replaces it
                    .in(OPEN)
                    .on(ChangeMajorHazardCriterion.class, Action.CHANGE_MAJOR_HAZARD_CRITERION)
                    .yields(MajorHazardCriterionChanged.class, MajorHazardReportsDue.class)
                    .keepingState()
                    .decidedBy(new ChangingMajorHazardCriterion())
                    // 缓办 / 挂账: the clocks stop until the case resumes (by hand or at the review date)
                    .in(DISPATCHED, SUSPENDED)
                    .on(Suspend.class, Action.SUSPEND)
                    .yields(CaseSuspended.class)
                    .to(SUSPENDED)
                    .decidedBy(new Suspending())
                    .in(SUSPENDED)
                    .on(Resume.class, Action.RESUME)
                    .yields(CaseResumed.class)
                    .to(DISPATCHED)
                    .decidedBy(new Resuming())
                    // 投诉重办: a complaint after closing sends the case back to its department
                    .in(CLOSED)
                    .on(Reopen.class, Action.REOPEN)
                    .yields(CaseReopened.class)
                    .to(DISPATCHED)
                    .decidedBy(new Reopening())
                    // 网格调整: the case's grid left the directory; it follows the documented rule (GridMove)
                    .in(UNFINISHED)
                    .on(MoveToGrid.class, Action.MOVE_TO_GRID)
                    .yields(CaseMovedToGrid.class)
                    .keepingState()
                    .decidedBy(new MovingToGrid())
                    // 重大事故隐患: the reports the law requires, stopped production, 恢复生产 → 审查 → 核销
                    .in(REPORTING)
                    .on(FileMajorHazardReport.class, Action.FILE_MAJOR_HAZARD_REPORT)
                    .when(REPORT_OUTSTANDING)
                    .yields(MajorHazardReportFiled.class)
                    .keepingState()
                    .decidedBy(new FilingMajorHazardReport())
                    // 督办 of an overdue report: its own ladder, in any state the report may still be filed in
                    .in(REPORTING)
                    .on(EscalateReportDuty.class, Action.ESCALATE)
                    .when(MAJOR_HAZARD_REPORT_OUTSTANDING)
                    .yields(MajorHazardReportEscalated.class)
                    .keepingState()
                    .decidedBy(new EscalatingReportDuty())
                    .in(DISPATCHED)
                    .on(StopProduction.class, Action.STOP_PRODUCTION)
                    .when(MAJOR_HAZARD)
                    .yields(ProductionStopped.class)
                    .to(PRODUCTION_STOPPED)
                    .decidedBy(new StoppingProduction())
                    .in(PRODUCTION_STOPPED)
                    .on(ApplyForResumption.class, Action.APPLY_FOR_RESUMPTION)
                    .yields(ResumptionApplied.class)
                    .to(RESUMPTION_REQUESTED)
                    .decidedBy(new ApplyingForResumption())
                    .in(RESUMPTION_REQUESTED)
                    .on(ReviewResumption.class, Action.REVIEW_RESUMPTION)
                    .yields(ResumptionApproved.class, ResumptionRefused.class)
                    .to(VERIFIED, PRODUCTION_STOPPED)
                    .decidedBy(new ReviewingResumption())
                    .build();

    private Lifecycle() {}

    /** Whether a case in {@code from} may move to {@code to}; staying in the same state is allowed. */
    public static boolean allows(CaseState from, CaseState to) {
        return from == to || TABLE.next(from).contains(to);
    }

    /** The states a case in {@code from} may move to. */
    public static Set<CaseState> next(CaseState from) {
        return TABLE.next(from);
    }

    /** The state every case starts in. */
    public static CaseState initial() {
        return CaseState.REPORTED;
    }

    /** The command types a case in {@code state} accepts. */
    public static Set<Class<?>> accepted(CaseState state) {
        return TABLE.accepted(state);
    }

    /** The action access control is asked about for {@code command}, whatever the case's state. */
    public static Action action(Class<? extends CaseCommand> command) {
        return TABLE.action(command);
    }

    /** The table as Markdown, as {@code docs/workflow.md} shows it. */
    public static String markdown() {
        return TABLE.markdown();
    }
}
