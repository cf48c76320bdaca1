package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.duty.WorkflowStep;

/** Where a case stands in the six-step loop. See {@link Lifecycle} for the transitions. */
public enum CaseState {
    /** 已上报: waiting to be registered. */
    REPORTED("已上报", "reported", WorkflowStep.REGISTER),
    /** 已立案: waiting to be dispatched. */
    REGISTERED("已立案", "registered", WorkflowStep.DISPATCH),
    /** 已派遣: being rectified by the responsible department or enterprise. */
    DISPATCHED("已派遣", "dispatched", WorkflowStep.RECTIFY),
    /** 已整改: waiting for verification. */
    RECTIFIED("已整改", "rectified", WorkflowStep.VERIFY),
    /** 已核查: verified, waiting to be closed and evaluated. */
    VERIFIED("已核查", "verified", WorkflowStep.CLOSE),
    /** 已结案: closed and evaluated (销号). */
    CLOSED("已结案", "closed", null),
    /** 不予立案: not taken up, with a reason. */
    REJECTED("不予立案", "rejected", null),
    /** 已合并: a duplicate, merged into another open case. */
    MERGED("已合并", "merged", null),
    /**
     * 缓办 / 挂账: dispatched work that cannot be done now, suspended with approval until a review
     * date; no step is pending, so it has no deadline, is never overdue and leaves 应结案数.
     */
    SUSPENDED("缓办", "suspended", null),
    /**
     * 停产停业整改: a major hazard where safety could not be assured; production is stopped (and
     * people evacuated where ordered) while it is rectified, by the running rectification deadline.
     */
    PRODUCTION_STOPPED("停产整改", "production stopped", WorkflowStep.RECTIFY),
    /**
     * 恢复生产审查: the unit applied to resume production; the department reviews the rectification
     * within the review time limit and, when it passes, writes the hazard off (核销).
     */
    RESUMPTION_REQUESTED("恢复生产待审查", "resumption under review", WorkflowStep.VERIFY);

    private final String zhName;
    private final String enName;
    private final WorkflowStep pendingStep;

    CaseState(String zhName, String enName, WorkflowStep pendingStep) {
        this.zhName = zhName;
        this.enName = enName;
        this.pendingStep = pendingStep;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }

    /** Whether the case waits for a step of the loop (and so has a deadline); a suspended case does not. */
    public boolean isOpen() {
        return pendingStep != null;
    }

    /**
     * Whether the case left the loop: closed (until a complaint reopens it), rejected or merged;
     * not a suspended one.
     */
    public boolean isFinished() {
        return this == CLOSED || this == REJECTED || this == MERGED;
    }

    /** The step whose time limit runs in this state; empty once the case is finished. */
    public Optional<WorkflowStep> pendingStep() {
        return Optional.ofNullable(pendingStep);
    }
}
