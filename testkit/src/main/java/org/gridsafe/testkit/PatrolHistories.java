package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.CheckIn;
import org.gridsafe.patrol.CheckInMethod;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PatrolPeriod;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.registry.EntityId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random patrol occurrences' histories (scheduled, checked in, done on time or late, missed, skipped) and
 * track days over the sample district's micro-grids, for the patrol indicators' properties. Window ends
 * and submissions fall on the half-hour grid of {@link CaseHistories#instantsAround} three times in four,
 * so period bounds and window ends meet.
 */
public final class PatrolHistories {

    private static final List<GridCode> MICRO_GRIDS =
            List.of(JINQIAO_MICRO_1, JINQIAO_MICRO_2, YINQIAO_MICRO_1, SHIHU_MICRO_1);
    /** Staff members of the sample directory (track days are theirs). */
    private static final List<String> STAFF = List.of("so-m111", "so-m112", "gm-m121", "so-m211");

    private static final ChecklistRef CHECKLIST = new ChecklistRef("NINE_SMALL_FIRE_TEN_POINT", 1);

    private PatrolHistories() {}

    /** One occurrence: where, which entity, its window, how it ended and when it was submitted. */
    public record Spec(int grid, int entity, Instant windowEnd, int windowDays, int outcome, long submitMinutes) {}

    /** One track day to save. */
    public record DaySpec(int staff, int grid, int day, long onlineMillis, double meters) {}

    /** Up to {@code max} occurrences. */
    public static Gen<List<Spec>> specs(int max) {
        Gen<Spec> one = SourceDSL.integers()
                .between(0, MICRO_GRIDS.size() - 1)
                .zip(
                        SourceDSL.integers().between(0, 5),
                        CaseHistories.instantsAround(30),
                        SourceDSL.integers().between(1, 30),
                        (g, e, end, days) -> new int[] {g, e, days})
                .zip(
                        CaseHistories.instantsAround(30),
                        SourceDSL.integers().between(0, 4),
                        SourceDSL.longs().between(-3 * 24 * 60, 24 * 60),
                        (a, end, outcome, minutes) -> new Spec(a[0], a[1], end, a[2], outcome, minutes));
        return SourceDSL.lists().of(one).ofSizeBetween(0, max);
    }

    /** Up to {@code max} track days. */
    public static Gen<List<DaySpec>> daySpecs(int max) {
        Gen<DaySpec> one = SourceDSL.integers()
                .between(0, 3)
                .zip(
                        SourceDSL.integers().between(0, MICRO_GRIDS.size() - 1),
                        SourceDSL.integers().between(-2, 32),
                        SourceDSL.longs().between(0, 10 * 3_600_000L),
                        (s, g, d, ms) -> new long[] {s, g, d, ms})
                .zip(
                        SourceDSL.doubles().between(0, 40_000),
                        (a, m) -> new DaySpec((int) a[0], (int) a[1], (int) a[2], a[3], m));
        return SourceDSL.lists().of(one).ofSizeBetween(0, max);
    }

    /** The histories of {@code specs}, one occurrence each (ids made unique by the index). */
    public static List<List<RecordedPatrolEvent>> histories(List<Spec> specs) {
        List<List<RecordedPatrolEvent>> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Instant end = s.windowEnd();
            Instant start = end.minus(Duration.ofDays(s.windowDays()));
            PatrolPeriod period = PatrolFrequency.MONTHLY.periodOf(LocalDate.of(2026, 3, 1));
            PatrolPlanId plan = PatrolPlanId.of("PLAN-" + i);
            EntityId entity = EntityId.of("PL-" + s.entity());
            PatrolEvent.Scheduled scheduled = new PatrolEvent.Scheduled(
                    plan,
                    entity,
                    "小商店" + s.entity(),
                    MICRO_GRIDS.get(s.grid()),
                    new GeoPoint(120.02, 31.02),
                    Set.of("PLACE", "NINE_SMALL"),
                    List.of("FIRE_SAFETY"),
                    Optional.empty(),
                    "so-" + s.grid(),
                    period,
                    start,
                    end,
                    CHECKLIST);
            OccurrenceId id = OccurrenceId.of(plan, period, entity.value());
            List<RecordedPatrolEvent> h = new ArrayList<>();
            h.add(new RecordedPatrolEvent(id, 1, scheduled, "system", start.minus(Duration.ofHours(1))));
            Instant submitted = end.plus(Duration.ofMinutes(s.submitMinutes()));
            Instant checkedIn = submitted.minus(Duration.ofMinutes(20));
            switch (s.outcome()) {
                case 1 -> h.add(new RecordedPatrolEvent(id, 2, checkIn(checkedIn), "so", checkedIn));
                case 2 -> {
                    h.add(new RecordedPatrolEvent(id, 2, checkIn(checkedIn), "so", checkedIn));
                    h.add(new RecordedPatrolEvent(
                            id, 3, new PatrolEvent.Submitted(List.of(), List.of(), List.of()), "so", submitted));
                }
                case 3 ->
                    h.add(new RecordedPatrolEvent(
                            id, 2, new PatrolEvent.Missed(end), "system", end.plus(Duration.ofHours(1))));
                case 4 ->
                    h.add(new RecordedPatrolEvent(
                            id, 2, new PatrolEvent.Skipped("场所已关闭"), "cc", start.plus(Duration.ofHours(1))));
                default -> {}
            }
            all.add(List.copyOf(h));
        }
        return all;
    }

    /** The track days of {@code specs}, the last of a staff member and day winning (as a store saves them). */
    public static List<TrackDay> days(List<DaySpec> specs) {
        Map<String, TrackDay> days = new LinkedHashMap<>();
        LocalDate first = CaseHistories.START.atZone(ZONE).toLocalDate();
        for (DaySpec d : specs) {
            TrackDay day = new TrackDay(
                    STAFF.get(d.staff()),
                    MICRO_GRIDS.get(d.grid()),
                    first.plusDays(d.day()),
                    Duration.ofMillis(d.onlineMillis()),
                    d.meters(),
                    10,
                    0);
            days.put(day.staffId() + "/" + day.day(), day);
        }
        return List.copyOf(days.values());
    }

    private static PatrolEvent.CheckedIn checkIn(Instant at) {
        return new PatrolEvent.CheckedIn(new CheckIn(
                at,
                CheckInMethod.GPS,
                Optional.of(new GeoPoint(120.02, 31.02)),
                Optional.of(10.0),
                Optional.empty(),
                Optional.empty(),
                Optional.of(0.0),
                Set.of()));
    }
}
