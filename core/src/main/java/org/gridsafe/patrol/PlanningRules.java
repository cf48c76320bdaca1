package org.gridsafe.patrol;

/**
 * How staff time converts into visits when planning.
 *
 * @param staffDayMinutes a staff-day's working time; 480 by default, the 8-hour working day of 国务院关于职工工作时间的规定
 *     (1995, art. 3: 职工每日工作8小时)
 * @param minutesPerVisit the time one visit takes with its travel and record; 60 by default, the project's own
 *     choice (no source gives one)
 */
public record PlanningRules(int staffDayMinutes, int minutesPerVisit) {

    /** The default staff-day (8 hours). */
    public static final int DEFAULT_STAFF_DAY_MINUTES = 480;

    /** The default time per visit (the project's own choice). */
    public static final int DEFAULT_MINUTES_PER_VISIT = 60;

    public PlanningRules {
        if (staffDayMinutes <= 0 || minutesPerVisit <= 0 || minutesPerVisit > staffDayMinutes) {
            throw new IllegalArgumentException("staffDayMinutes and minutesPerVisit must be positive, and a visit fit"
                    + " in a staff-day; got " + staffDayMinutes + " and " + minutesPerVisit);
        }
    }

    /** The defaults: 8 visits per staff-day. */
    public static PlanningRules standard() {
        return new PlanningRules(DEFAULT_STAFF_DAY_MINUTES, DEFAULT_MINUTES_PER_VISIT);
    }

    /** Whole visits one staff member makes in a staff-day. */
    public int visitsPerStaffDay() {
        return staffDayMinutes / minutesPerVisit;
    }

    /** The visits {@code staffDays} staff-days allow. */
    public int visitsOf(int staffDays) {
        return Math.multiplyExact(staffDays, visitsPerStaffDay());
    }

    /** The staff-days {@code visits} need, rounded up. */
    public int staffDaysFor(int visits) {
        int per = visitsPerStaffDay();
        return (visits + per - 1) / per;
    }
}
