package org.gridsafe.inspection;

/** The enforcement documents (执法文书) an inspection records, each with its number. */
public enum DocumentKind {
    /** 现场检查记录. */
    ON_SITE_RECORD("现场检查记录"),
    /** 责令限期整改指令书. */
    RECTIFICATION_ORDER("责令限期整改指令书"),
    /** 整改复查意见书. */
    RECHECK_OPINION("整改复查意见书"),
    /** 行政处罚告知书. */
    PENALTY_NOTICE("行政处罚告知书"),
    /** 行政处罚决定书. */
    PENALTY_DECISION("行政处罚决定书");

    private final String zhName;

    DocumentKind(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
