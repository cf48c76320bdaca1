package org.gridsafe.examples;

import org.gridsafe.patrol.PatrolFrequency;

/**
 * How patrols find hazards in the {@link DistrictSimulation}: hazards arise unseen on the premises of
 * each micro-grid, and a patrol visit to premises holding one finds it with a probability. Every
 * parameter is the project's own choice for the simulation (no measured source); only the visits per
 * staff-day default to {@link org.gridsafe.patrol.PlanningRules}' 8 (a 480-minute day, 60 minutes a
 * visit). The rule, per micro-grid and working day:
 *
 * <ul>
 *   <li>the plan asks every entity of the grid once per period: {@code entitiesPerGrid ÷ working days
 *       of the period} visits a day;
 *   <li>the staff can make {@code staffPerGrid × visitsPerStaffDay × patrolShare} visits a day;
 *   <li>visits made = the smaller of the two; <b>coverage</b> (the share of entities visited per
 *       period) = visits made × working days of the period ÷ {@code entitiesPerGrid}, at most 1;
 *   <li>each unseen hazard of the grid is found that day with probability {@code detection × visits made
 *       ÷ entitiesPerGrid} (its premises are visited, and the patroller sees it).
 * </ul>
 *
 * New unseen hazards arise at {@code hazardsPerEntityYear} per entity and year (as a Poisson count per
 * day over the district), and the district starts with {@code initialHazardsPerGrid} per grid. A found
 * hazard is reported by the grid's staff and then runs the six steps like any other case.
 *
 * @param staffPerGrid patrolling staff per micro-grid (the 安全员 and whoever shares the rounds)
 * @param frequency how often the plan asks every entity to be visited
 * @param entitiesPerGrid production units and places per micro-grid
 * @param visitsPerStaffDay visits one staff member can make in a working day given only to patrols
 * @param patrolShare the share of a staff member's working day that goes to patrol visits
 * @param detection the probability a visit to premises with a hazard finds it
 * @param hazardsPerEntityYear new unseen hazards per entity and year
 * @param initialHazardsPerGrid unseen hazards per micro-grid on the first day
 */
public record PatrolModel(
        int staffPerGrid,
        PatrolFrequency frequency,
        int entitiesPerGrid,
        double visitsPerStaffDay,
        double patrolShare,
        double detection,
        double hazardsPerEntityYear,
        double initialHazardsPerGrid) {

    public PatrolModel {
        if (staffPerGrid < 0 || staffPerGrid > 50) {
            throw new IllegalArgumentException("staff per grid must be 0 to 50, was " + staffPerGrid);
        }
        if (frequency == null) {
            throw new IllegalArgumentException("frequency is required: WEEKLY, MONTHLY, QUARTERLY or YEARLY");
        }
        if (entitiesPerGrid < 1 || entitiesPerGrid > 10_000) {
            throw new IllegalArgumentException("entities per grid must be 1 to 10000, was " + entitiesPerGrid);
        }
        if (visitsPerStaffDay <= 0 || visitsPerStaffDay > 100) {
            throw new IllegalArgumentException("visits per staff-day must be above 0 and at most 100");
        }
        for (double share : new double[] {patrolShare, detection}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("patrol share and detection must be 0 to 1, was " + share);
            }
        }
        if (hazardsPerEntityYear < 0 || initialHazardsPerGrid < 0) {
            throw new IllegalArgumentException("hazard rates cannot be negative");
        }
    }

    /**
     * One patrolling staff member per micro-grid, a monthly plan, 60 entities a grid, 8 visits a
     * staff-day, a quarter of the day on visits, 80% detection, 0.25 new hazards per entity and year,
     * 2 unseen hazards per grid at the start: all the project's own choice. One staff member then
     * covers about 72% of a grid's entities a month; two cover all of them.
     */
    public static PatrolModel defaults() {
        return new PatrolModel(1, PatrolFrequency.MONTHLY, 60, 8, 0.25, 0.8, 0.25, 2);
    }

    /** The same model with {@code staff} patrolling staff per micro-grid. */
    public PatrolModel withStaffPerGrid(int staff) {
        return new PatrolModel(
                staff,
                frequency,
                entitiesPerGrid,
                visitsPerStaffDay,
                patrolShare,
                detection,
                hazardsPerEntityYear,
                initialHazardsPerGrid);
    }

    /** The same model with a plan of {@code value}. */
    public PatrolModel withFrequency(PatrolFrequency value) {
        return new PatrolModel(
                staffPerGrid,
                value,
                entitiesPerGrid,
                visitsPerStaffDay,
                patrolShare,
                detection,
                hazardsPerEntityYear,
                initialHazardsPerGrid);
    }

    /**
     * Working days of a period: 5 a week, and 261 a year spread evenly (52.2 weeks of 5 days), the
     * project's approximation; the simulation patrols only on the calendar's working days.
     */
    public static double workingDays(PatrolFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> 5;
            case MONTHLY -> 261.0 / 12;
            case QUARTERLY -> 261.0 / 4;
            case YEARLY -> 261;
        };
    }

    /** Visits made per micro-grid and working day: what the plan asks, as far as the staff can. */
    public double visitsPerDay() {
        double asked = entitiesPerGrid / workingDays(frequency);
        double capacity = staffPerGrid * visitsPerStaffDay * patrolShare;
        return Math.min(asked, capacity);
    }

    /** The share of a grid's entities visited per period of the plan, 0 to 1. */
    public double coverage() {
        return Math.min(1, visitsPerDay() * workingDays(frequency) / entitiesPerGrid);
    }

    /** The probability that one unseen hazard of a grid is found on a working day. */
    public double dailyFindProbability() {
        return Math.min(1, detection * visitsPerDay() / entitiesPerGrid);
    }
}
