package org.gridsafe.notice;

/** What a {@link DistrictNotice} announces. */
public enum NoticeKind {
    /**
     * The work calendar holds public holidays up to a year that ends soon: the command center must
     * load the State Council's notice for the next year.
     */
    CALENDAR_COVERAGE_ENDING("工作日历即将到期", "work calendar coverage ending"),
    /** A major-hazard statistical return (重大事故隐患统计) of the district or a street is past its due day. */
    MAJOR_HAZARD_RETURN_OVERDUE("重大事故隐患统计逾期未报", "major-hazard return overdue");

    private final String zhName;
    private final String enName;

    NoticeKind(String zhName, String enName) {
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
