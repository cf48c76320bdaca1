package org.gridsafe.duty;

/**
 * The unit of a {@link TimeLimit}: working hours (工作时) or working days (工作日), both counted on a
 * {@link WorkCalendar}.
 */
public enum TimeUnitKind {
    /** 工作时: hours of working time, counted across days inside the daily working window. */
    WORKING_HOURS("工作时", "working hours"),
    /** 工作日: whole working days, ending at the close of the last one. */
    WORKING_DAYS("工作日", "working days");

    private final String zhName;
    private final String enName;

    TimeUnitKind(String zhName, String enName) {
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
