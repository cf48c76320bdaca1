package org.gridsafe.selfcheck;

/** Where a reporting obligation stands on a day. */
public enum ObligationStatus {
    /** 已报送: filed by its due day. */
    FILED("已报送"),
    /** 逾期报送: filed after its due day. */
    FILED_LATE("逾期报送"),
    /** 待报送: not filed, not yet overdue. */
    DUE("待报送"),
    /** 逾期未报: not filed, the due day has passed. */
    OVERDUE("逾期未报");

    private final String zhName;

    ObligationStatus(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }
}
