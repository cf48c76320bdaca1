package org.gridsafe.patrol;

/** Where a patrol occurrence stands; DONE, MISSED and SKIPPED are final. */
public enum OccurrenceState {
    SCHEDULED("待巡查"),
    CHECKED_IN("已签到"),
    DONE("已完成"),
    MISSED("漏巡"),
    SKIPPED("免巡");

    private final String zhName;

    OccurrenceState(String zhName) {
        this.zhName = zhName;
    }

    /** Display name in simplified Chinese. */
    public String zhName() {
        return zhName;
    }

    /** Whether no command moves it on (findings may still get their cases in DONE). */
    public boolean ended() {
        return this == DONE || this == MISSED || this == SKIPPED;
    }
}
