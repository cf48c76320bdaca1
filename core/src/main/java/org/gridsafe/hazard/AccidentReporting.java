package org.gridsafe.hazard;

import java.time.Duration;
import java.time.Period;

/**
 * The time limits for reporting a production safety accident (事故报告时限), per
 * 生产安全事故报告和调查处理条例 (国务院令第493号) arts. 9, 11 and 13, CONFIRMED (the text as quoted at
 * uianet.net/dictionary/b11295083.html).
 *
 * <ul>
 *   <li>people on the site report to the unit's head <b>immediately</b> (立即) — {@link
 *       #ON_SITE_TO_UNIT_HEAD} is zero;
 *   <li>the unit's head reports to the county-level (县级以上) supervision department and the
 *       departments concerned <b>within 1 hour</b> — {@link #UNIT_TO_AUTHORITY};
 *   <li>each department reports to the level above <b>within 2 hours</b> — {@link #PER_LEVEL}, up
 *       to the level {@link AccidentGrade#reportedUpTo()} names;
 *   <li>casualty changes are reported again (补报) <b>within 30 days</b> of the accident — {@link
 *       #SUPPLEMENTARY}; for road traffic accidents and fires <b>within 7 days</b> — {@link
 *       #SUPPLEMENTARY_ROAD_TRAFFIC_AND_FIRE}.
 * </ul>
 *
 * These run in calendar time (hours and days as on the clock), not in working time.
 */
public final class AccidentReporting {

    /** People on site → the unit's head: immediately. */
    public static final Duration ON_SITE_TO_UNIT_HEAD = Duration.ZERO;

    /** The unit's head → the county-level supervision department and departments concerned: 1 hour. */
    public static final Duration UNIT_TO_AUTHORITY = Duration.ofHours(1);

    /** Each department → the level above: 2 hours. */
    public static final Duration PER_LEVEL = Duration.ofHours(2);

    /** Casualty changes reported again (补报), counted from the accident: 30 days. */
    public static final Period SUPPLEMENTARY = Period.ofDays(30);

    /** As {@link #SUPPLEMENTARY}, for road traffic accidents and fires: 7 days. */
    public static final Period SUPPLEMENTARY_ROAD_TRAFFIC_AND_FIRE = Period.ofDays(7);

    private AccidentReporting() {}
}
