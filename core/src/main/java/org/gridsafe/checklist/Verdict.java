package org.gridsafe.checklist;

/** The answer to a pass/fail/n.a. item. */
public enum Verdict {
    PASS("合格"),
    FAIL("不合格"),
    NOT_APPLICABLE("不适用");

    private final String zhName;

    Verdict(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
