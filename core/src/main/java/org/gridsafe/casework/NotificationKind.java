package org.gridsafe.casework;

/** What a {@link Notification} announces. */
public enum NotificationKind {
    /** A new report waits for the command center. */
    CASE_REPORTED("新上报", "case reported"),
    /** The case was not taken up; the reporter hears why. */
    CASE_REJECTED("不予立案", "case rejected"),
    /** A case was handed to a department. */
    CASE_DISPATCHED("派遣", "case dispatched"),
    /** A department returned a case as not its duty; the command center dispatches it again. */
    CASE_RETURNED("回退", "case returned"),
    /** Verification failed; the handler must rework. */
    REWORK_REQUIRED("返工", "rework required"),
    /** An extension request was granted or refused. */
    EXTENSION_DECIDED("延期审批", "extension decided"),
    /** Overdue work reached a new rung of the chain. */
    CASE_ESCALATED("督办", "case escalated"),
    /** A report a major hazard owes is overdue and its duty reached a new rung of the chain. */
    MAJOR_HAZARD_REPORT_ESCALATED("重大事故隐患报告督办", "major-hazard report escalated"),
    /** The case was closed; the reporter hears the result. */
    CASE_CLOSED("结案", "case closed"),
    /** The department's dispatched work was suspended (缓办 / 挂账) until a review date. */
    CASE_SUSPENDED("缓办", "case suspended"),
    /** A suspended case is worked on again, with a new rectification deadline. */
    CASE_RESUMED("恢复办理", "case resumed"),
    /** A complaint after closing reopened the case; the department rectifies again. */
    CASE_REOPENED("投诉重办", "case reopened"),
    /** A major hazard's production was stopped (停产停业) while it is rectified. */
    PRODUCTION_STOPPED("停产停业", "production stopped"),
    /** The unit applied to resume production; the department reviews it within its time limit. */
    RESUMPTION_APPLIED("恢复生产申请", "resumption applied for"),
    /** The department reviewed the application: written off (核销) or rectify again. */
    RESUMPTION_REVIEWED("恢复生产审查", "resumption reviewed");

    private final String zhName;
    private final String enName;

    NotificationKind(String zhName, String enName) {
        this.zhName = zhName;
        this.enName = enName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Display name in English. */
    public String enName() {
        return enName;
    }
}
