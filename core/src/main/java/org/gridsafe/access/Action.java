package org.gridsafe.access;

/** Everything an actor can ask to do with a case; {@link AccessPolicy} decides each one. */
public enum Action {
    REPORT("上报", "report"),
    REPORT_FIXED_ON_SPOT("立查立改", "report fixed on the spot"),
    REGISTER("立案", "register"),
    REJECT("不予立案", "reject"),
    MERGE("合并", "merge"),
    DISPATCH("派遣", "dispatch"),
    SUBMIT_RECTIFICATION("整改反馈", "submit rectification"),
    REQUEST_EXTENSION("申请延期", "request extension"),
    DECIDE_EXTENSION("审批延期", "decide extension"),
    VERIFY("核查", "verify"),
    CLOSE("结案", "close"),
    ESCALATE("督办", "escalate"),
    READ("查看", "read"),
    READ_PUBLIC_STATUS("查看办理状态", "read public status");

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
