package org.gridsafe.stats;

/** Where a statistical return stands on a day, in the district's zone. */
public enum ReturnStatus {
    /** The period has not ended: nothing to file yet. */
    NOT_DUE_YET("未到报送期"),
    /** The period has ended and the due day has not passed. */
    DUE("待报送"),
    /** The due day has passed and nothing was filed. */
    OVERDUE("逾期未报"),
    /** Filed on or before the due day. */
    FILED_ON_TIME("按时报送"),
    /** Filed after the due day. */
    FILED_LATE("逾期报送");

    private final String zhName;

    ReturnStatus(String zhName) {
        this.zhName = zhName;
    }

    /** The display name. */
    public String zhName() {
        return zhName;
    }
}
