package org.gridsafe.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.TrackDay;

/**
 * Patrol indicators (巡查指标) of a grid subtree over a period, as the occurrences and cases stand at
 * as-of: coverage, the on-time patrol rate, missed patrols, hazards found per 100 entities, the
 * valid-report rate, and each staff member's online time and mileage. {@link #of} is the in-memory
 * reference the SQL of a store is tested against; the definitions are in {@code docs/statistics.md}.
 *
 * <pre>{@code
 * PatrolIndicators month = PatrolIndicators.of(histories, cases, days, Optional.of(street), november, now, zone);
 * String coverage = month.coverage().percent();
 * }</pre>
 *
 * @param occurrences occurrences whose window closes in the period (from &lt; window end &lt;= to), in any state
 * @param due of those, the ones not skipped whose window has closed by as-of or that are done
 * @param done of the due, the DONE ones
 * @param doneOnTime of the done, those submitted before their window closed
 * @param missed occurrences of the period recorded MISSED (漏巡)
 * @param skipped occurrences of the period SKIPPED with a reason (免巡)
 * @param entitiesDue distinct entities with a due occurrence
 * @param entitiesCovered distinct entities with a done occurrence
 * @param patrolCases cases with source grid patrol reported in the period in the subtree
 * @param rejectedPatrolCases of those, the ones rejected (不予立案)
 * @param staff each staff member's days with a track in the period, in staff-id order
 */
public record PatrolIndicators(
        long occurrences,
        long due,
        long done,
        long doneOnTime,
        long missed,
        long skipped,
        long entitiesDue,
        long entitiesCovered,
        long patrolCases,
        long rejectedPatrolCases,
        List<StaffTrack> staff) {

    /** Checks the counts fit inside each other. */
    public PatrolIndicators {
        staff = List.copyOf(staff);
        if (doneOnTime > done
                || done > due
                || due > occurrences
                || entitiesCovered > entitiesDue
                || rejectedPatrolCases > patrolCases
                || missed + skipped > occurrences) {
            throw new IllegalArgumentException("patrol indicators' counts do not fit inside each other");
        }
    }

    /**
     * One staff member's patrol track over the period.
     *
     * @param staffId the staff member
     * @param days days with a saved track day
     * @param online the online time summed over them
     * @param meters the mileage in whole metres: each day's distance truncated to the metre, summed
     */
    public record StaffTrack(String staffId, long days, Duration online, long meters) {
        public StaffTrack {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(online, "online");
        }
    }

    /** 巡查覆盖率: entities with a done occurrence ÷ entities with a due one. */
    public Rate coverage() {
        return new Rate(entitiesCovered, entitiesDue);
    }

    /** 按时巡查率: occurrences done before their window closed ÷ due occurrences. */
    public Rate onTimeRate() {
        return new Rate(doneOnTime, due);
    }

    /** 有效上报率: patrol-found cases not rejected ÷ patrol-found cases. */
    public Rate validReportRate() {
        return new Rate(patrolCases - rejectedPatrolCases, patrolCases);
    }

    /** 每百家隐患发现数: patrol-found cases × 100 ÷ entities due, to two places; empty when none is due. */
    public Optional<BigDecimal> hazardsPer100Entities() {
        if (entitiesDue == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(patrolCases * 100).divide(BigDecimal.valueOf(entitiesDue), 2, RoundingMode.HALF_UP));
    }

    /** The first day in {@code zone} whose start lies in {@code period} (track days count from it). */
    public static LocalDate firstDay(Period period, ZoneId zone) {
        LocalDate first = period.from().atZone(zone).toLocalDate();
        return first.atStartOfDay(zone).toInstant().isBefore(period.from()) ? first.plusDays(1) : first;
    }

    /** The last day in {@code zone} whose start lies in {@code period}; before {@link #firstDay} when none does. */
    public static LocalDate lastDay(Period period, ZoneId zone) {
        LocalDate last = period.to().atZone(zone).toLocalDate();
        return last.atStartOfDay(zone).toInstant().isBefore(period.to()) ? last : last.minusDays(1);
    }

    /**
     * The indicators of {@code grid}'s subtree (empty: everywhere) over {@code period}, from the
     * occurrences' histories, the cases and the saved track days, as they stand at {@code asOf}.
     */
    public static PatrolIndicators of(
            Collection<List<RecordedPatrolEvent>> histories,
            Collection<Case> cases,
            Collection<TrackDay> trackDays,
            Optional<GridCode> grid,
            Period period,
            Instant asOf,
            ZoneId zone) {
        long occurrences = 0;
        long due = 0;
        long done = 0;
        long doneOnTime = 0;
        long missed = 0;
        long skipped = 0;
        Set<String> entitiesDue = new HashSet<>();
        Set<String> entitiesCovered = new HashSet<>();
        for (List<RecordedPatrolEvent> history : histories) {
            PatrolOccurrence o = PatrolOccurrence.replay(history);
            PatrolEvent.Scheduled s = o.scheduled();
            // A window [start, end) belongs to the period holding its last instant: from < end <= to, so a
            // month's window, closing at the next month's first midnight, is the month's.
            if (!in(grid, s.grid())
                    || !s.windowEnd().isAfter(period.from())
                    || s.windowEnd().isAfter(period.to())) {
                continue;
            }
            occurrences++;
            OccurrenceState state = o.state();
            if (state == OccurrenceState.MISSED) {
                missed++;
            }
            if (state == OccurrenceState.SKIPPED) {
                skipped++;
                continue;
            }
            boolean closed = !s.windowEnd().isAfter(asOf);
            if (state != OccurrenceState.DONE && !closed) {
                continue;
            }
            due++;
            entitiesDue.add(s.entity().value());
            if (state == OccurrenceState.DONE) {
                done++;
                entitiesCovered.add(s.entity().value());
                Instant submitted = history.stream()
                        .filter(e -> e.event() instanceof PatrolEvent.Submitted)
                        .map(RecordedPatrolEvent::at)
                        .findFirst()
                        .orElseThrow();
                if (submitted.isBefore(s.windowEnd())) {
                    doneOnTime++;
                }
            }
        }
        long patrolCases = 0;
        long rejected = 0;
        for (Case c : cases) {
            if (c.source() == CaseSource.GRID_PATROL && in(grid, c.grid()) && period.contains(c.reportedAt())) {
                patrolCases++;
                if (c.state() == CaseState.REJECTED) {
                    rejected++;
                }
            }
        }
        Map<String, long[]> staff = new TreeMap<>();
        LocalDate first = firstDay(period, zone);
        LocalDate last = lastDay(period, zone);
        for (TrackDay d : trackDays) {
            if (!in(grid, d.grid()) || d.day().isBefore(first) || d.day().isAfter(last)) {
                continue;
            }
            long[] sums = staff.computeIfAbsent(d.staffId(), id -> new long[3]);
            sums[0]++;
            sums[1] += d.online().toMillis();
            sums[2] += (long) Math.floor(d.meters());
        }
        return new PatrolIndicators(
                occurrences,
                due,
                done,
                doneOnTime,
                missed,
                skipped,
                entitiesDue.size(),
                entitiesCovered.size(),
                patrolCases,
                rejected,
                staff.entrySet().stream()
                        .map(e -> new StaffTrack(
                                e.getKey(), e.getValue()[0], Duration.ofMillis(e.getValue()[1]), e.getValue()[2]))
                        .toList());
    }

    /**
     * Each staff member's own indicators in {@code grid}'s subtree (empty: everywhere), by staff id: the
     * occurrences assigned to them, the patrol-found cases whose origin occurrence was assigned to them, and
     * their own track days, each counted as in {@link #of}. A staff member is there when any of the three
     * has something for them: an occurrence of the period, a case or a track day.
     */
    public static java.util.SortedMap<String, PatrolIndicators> byStaff(
            Collection<List<RecordedPatrolEvent>> histories,
            Collection<Case> cases,
            Collection<TrackDay> trackDays,
            Optional<GridCode> grid,
            Period period,
            Instant asOf,
            ZoneId zone) {
        Map<String, String> assigneeOf = new java.util.HashMap<>();
        Map<String, List<List<RecordedPatrolEvent>>> occurrencesOf = new TreeMap<>();
        for (List<RecordedPatrolEvent> history : histories) {
            PatrolEvent.Scheduled s = PatrolOccurrence.replay(history).scheduled();
            assigneeOf.put(history.get(0).occurrenceId().value(), s.assignee());
            occurrencesOf
                    .computeIfAbsent(s.assignee(), a -> new java.util.ArrayList<>())
                    .add(history);
        }
        // A case is its finder's by the occurrence it came from; one reported outside a patrol is nobody's.
        Map<String, List<Case>> casesOf = new TreeMap<>();
        for (Case c : cases) {
            c.origin()
                    .map(o -> assigneeOf.get(o.occurrence()))
                    .ifPresent(a -> casesOf.computeIfAbsent(a, k -> new java.util.ArrayList<>())
                            .add(c));
        }
        Map<String, List<TrackDay>> daysOf = new TreeMap<>();
        for (TrackDay d : trackDays) {
            daysOf.computeIfAbsent(d.staffId(), k -> new java.util.ArrayList<>())
                    .add(d);
        }
        Set<String> staff = new java.util.TreeSet<>(occurrencesOf.keySet());
        staff.addAll(casesOf.keySet());
        staff.addAll(daysOf.keySet());
        java.util.SortedMap<String, PatrolIndicators> result = new TreeMap<>();
        for (String id : staff) {
            PatrolIndicators i = of(
                    occurrencesOf.getOrDefault(id, List.of()),
                    casesOf.getOrDefault(id, List.of()),
                    daysOf.getOrDefault(id, List.of()),
                    grid,
                    period,
                    asOf,
                    zone);
            if (i.occurrences() > 0 || i.patrolCases() > 0 || !i.staff().isEmpty()) {
                result.put(id, i);
            }
        }
        return result;
    }

    /** Nothing counted: the indicators of a staff member or grid with no occurrence, case or track day. */
    public static PatrolIndicators none() {
        return new PatrolIndicators(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    private static boolean in(Optional<GridCode> grid, GridCode code) {
        return grid.map(g -> g.isSameOrAncestorOf(code)).orElse(true);
    }
}
