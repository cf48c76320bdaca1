package org.gridsafe.access;

/**
 * Everything an actor can ask to do with a case or with a set of cases; {@link AccessPolicy}
 * decides each one. The workflow's actions are named per command in the transition table
 * ({@code casework.Lifecycle}); {@link #READ_STATISTICS} and {@link #RUN_ESCALATIONS} are decided
 * over a {@link ScopeFacts} instead of one case.
 */
public enum Action {
    REPORT("上报", "report"),
    REPORT_FIXED_ON_SPOT("立查立改", "report fixed on the spot"),
    REGISTER("立案", "register"),
    REJECT("不予立案", "reject"),
    MERGE("合并", "merge"),
    DISPATCH("派遣", "dispatch"),
    /** 改派: the command center moves a dispatched case to another department. */
    REASSIGN("改派", "reassign"),
    SUBMIT_RECTIFICATION("整改反馈", "submit rectification"),
    REQUEST_EXTENSION("申请延期", "request extension"),
    /** 回退: the department hands a case that is not its duty back to the command center. */
    RETURN("回退", "return to the command center"),
    DECIDE_EXTENSION("审批延期", "decide extension"),
    VERIFY("核查", "verify"),
    CLOSE("结案", "close"),
    ESCALATE("督办", "escalate"),
    READ("查看", "read"),
    READ_PUBLIC_STATUS("查看办理状态", "read public status"),
    /** The reporter's contact, and who reported an anonymous report: private data of the case. */
    READ_REPORTER("查看上报人信息", "read reporter identity"),
    READ_STATISTICS("查看统计", "read statistics"),
    RUN_ESCALATIONS("督办扫描", "run escalations");

    /** Whether the action is decided over a scope of cases ({@link ScopeFacts}) rather than one case. */
    public boolean onScope() {
        return this == READ_STATISTICS || this == RUN_ESCALATIONS;
    }

    private final String zhName;
    private final String enName;

    Action(String zhName, String enName) {
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
