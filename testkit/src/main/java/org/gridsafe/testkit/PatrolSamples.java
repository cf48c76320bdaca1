package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Actor;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.checklist.Verdict;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PatrolPeriod;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.registry.EntityId;

/** Patrol fixtures over the sample district: the patroller of 金桥一号, the ten-point checklist, a scheduled occurrence. */
public final class PatrolSamples {

    /** The safety officer of 金桥一号微网格 (the sample grid's SAFETY_OFFICER). */
    public static final Actor PATROLLER = Actor.gridStaff("so-m111", "赵安全员", JINQIAO_MICRO_1);

    /** Grid staff of the same grid who is not assigned. */
    public static final Actor OTHER_STAFF = Actor.gridStaff("gm-m111", "李网格", JINQIAO_MICRO_1);

    /** The shipped 九小场所 ten-point checklist. */
    public static final ChecklistRef TEN_POINT = new ChecklistRef("NINE_SMALL_FIRE_TEN_POINT", 1);

    /** The ten items of {@link #TEN_POINT}. */
    public static final List<String> TEN_ITEMS = ChecklistCatalog.shipped().require(TEN_POINT).items().stream()
            .map(i -> i.code())
            .toList();

    public static final PatrolPlanId PLAN = PatrolPlanId.of("NINE-SMALL-M");

    private PatrolSamples() {}

    /** Every item of {@link #TEN_POINT} passed, except {@code failed}. */
    public static List<ChecklistAnswer> answers(String... failed) {
        Set<String> f = Set.of(failed);
        return TEN_ITEMS.stream()
                .map(code -> ChecklistAnswer.of(code, f.contains(code) ? Verdict.FAIL : Verdict.PASS))
                .toList();
    }

    /** A scheduled-occurrence event for entity {@code entity} in {@code grid}, assigned to {@code assignee}, in November 2026. */
    public static PatrolEvent.Scheduled scheduled(String entity, GridCode grid, String assignee, PatrolPlanId plan) {
        PatrolPeriod period = PatrolFrequency.MONTHLY.periodOf(LocalDate.of(2026, 11, 1));
        return new PatrolEvent.Scheduled(
                plan,
                EntityId.of(entity),
                "银桥小商店",
                grid,
                new GeoPoint(120.02, 31.02),
                Set.of("PLACE", "NINE_SMALL"),
                List.of("FIRE_SAFETY"),
                Optional.empty(),
                assignee,
                period,
                period.start().atStartOfDay(ZONE).toInstant(),
                period.end().atStartOfDay(ZONE).toInstant(),
                TEN_POINT);
    }

    /** The id such an occurrence gets. */
    public static OccurrenceId idOf(PatrolEvent.Scheduled s) {
        return OccurrenceId.of(s.plan(), s.period(), s.entity().value());
    }

    /** 2026-11-10 10:00 in the sample zone. */
    public static Instant november10() {
        return LocalDate.of(2026, 11, 10).atTime(10, 0).atZone(ZONE).toInstant();
    }
}
