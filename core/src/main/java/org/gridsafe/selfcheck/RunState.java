package org.gridsafe.selfcheck;

/** Where a self-inspection run stands. */
public enum RunState {
    /** 已提交: answered; some ledger entries still wait for their case. */
    SUBMITTED("已提交"),
    /** 已上报: every ledger entry has its case (or nothing failed). */
    REPORTED("已上报");

    private final String zhName;

    RunState(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
