package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The online-time and mileage rule over random walks (shrunk, replayable counterexamples): it equals a
 * plain reference (intervals no longer than the gap count, their haversine distance is mileage), it does
 * not depend on the order or repetition of points, an impossible jump is dropped and counted without
 * changing the result, and a gap ends a span.
 */
class TrackMeasurePropertiesTest {

    private static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 300);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TrackRules RULES = TrackRules.standard();
    private static final TrackMeasure MEASURE = new TrackMeasure(RULES, ZONE);
    private static final GridCode GRID = GridCode.parse("320599001001001");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final Instant START = DAY.atTime(8, 0).atZone(ZONE).toInstant();

    /** Steps of a walk: seconds since the last point (1..600, so some gaps exceed 5 minutes) and metres north. */
    record Step(int seconds, int metersPer10Seconds) {}

    private static Gen<List<Step>> walks() {
        return lists().of(integers().between(1, 600).zip(integers().between(0, 100), Step::new))
                .ofSizeBetween(0, 40);
    }

    private static List<TrackPoint> points(List<Step> steps) {
        List<TrackPoint> points = new ArrayList<>();
        Instant t = START;
        double lat = 31.39;
        points.add(new TrackPoint(t, GeoPoint.of(120.0, lat), 5));
        for (Step s : steps) {
            t = t.plusSeconds(s.seconds());
            // at most 10 m/s: never an impossible jump
            lat += s.metersPer10Seconds() * (s.seconds() / 10.0) / 111_195.0 / 10;
            points.add(new TrackPoint(t, GeoPoint.of(120.0, lat), 5));
        }
        return points;
    }

    private static double meters(GeoPoint a, GeoPoint b) {
        return CheckingIn.meters(a, b);
    }

    @Test
    void theMeasureEqualsTheReferenceRule() {
        qt().withExamples(EXAMPLES).forAll(walks()).checkAssert(steps -> {
            List<TrackPoint> ps = points(steps);
            long online = 0;
            double mileage = 0;
            for (int i = 1; i < ps.size(); i++) {
                Duration d = Duration.between(ps.get(i - 1).time(), ps.get(i).time());
                if (d.compareTo(RULES.maxGap()) <= 0) {
                    online += d.toMillis();
                    mileage += meters(ps.get(i - 1).point(), ps.get(i).point());
                }
            }
            TrackDay day = MEASURE.day("so-1", GRID, DAY, ps);
            assertThat(day.online()).isEqualTo(Duration.ofMillis(online));
            assertThat(day.meters()).isCloseTo(mileage, within(1e-6));
            assertThat(day.points()).isEqualTo(ps.size());
            assertThat(day.droppedJumps()).isZero();
            assertThat(day.online())
                    .isLessThanOrEqualTo(Duration.between(
                            ps.get(0).time(), ps.get(ps.size() - 1).time()));
        });
    }

    @Test
    void orderAndRepeatedPointsDoNotChangeTheMeasure() {
        qt().withExamples(EXAMPLES).forAll(walks(), integers().all()).checkAssert((steps, seed) -> {
            List<TrackPoint> ps = points(steps);
            List<TrackPoint> messy = new ArrayList<>(ps);
            messy.addAll(ps.subList(0, ps.size() / 2));
            Collections.shuffle(messy, new Random(seed));
            assertThat(MEASURE.day("so-1", GRID, DAY, messy)).isEqualTo(MEASURE.day("so-1", GRID, DAY, ps));
        });
    }

    @Test
    void anImpossibleJumpIsDroppedAndCountedWithoutChangingTheMeasure() {
        qt().withExamples(EXAMPLES)
                .forAll(
                        lists().of(integers().between(1, 240).zip(integers().between(0, 100), Step::new))
                                .ofSizeBetween(1, 40),
                        integers().between(0, 39))
                .checkAssert((steps, at) -> {
                    List<TrackPoint> ps = points(steps);
                    int i = at % (ps.size() - 1);
                    TrackPoint before = ps.get(i);
                    // 1 second after a kept point and 5 km away: 5,000 m/s
                    TrackPoint jump = new TrackPoint(
                            before.time().plusMillis(1000).minusMillis(1),
                            GeoPoint.of(
                                    before.point().longitude() + 0.05,
                                    before.point().latitude()),
                            5);
                    List<TrackPoint> withJump = new ArrayList<>(ps);
                    withJump.add(jump);
                    TrackDay clean = MEASURE.day("so-1", GRID, DAY, ps);
                    TrackDay jumped = MEASURE.day("so-1", GRID, DAY, withJump);
                    assertThat(jumped.droppedJumps()).isEqualTo(1);
                    assertThat(jumped.online()).isEqualTo(clean.online());
                    assertThat(jumped.meters()).isCloseTo(clean.meters(), within(1e-6));
                    assertThat(jumped.points()).isEqualTo(clean.points() + 1);
                });
    }

    @Test
    void aGapLongerThanTheRuleEndsTheOnlineSpan() {
        Instant t = START;
        List<TrackPoint> ps = List.of(
                new TrackPoint(t, GeoPoint.of(120.0, 31.39), 5),
                new TrackPoint(t.plusSeconds(60), GeoPoint.of(120.0, 31.3905), 5),
                // 5 minutes and 1 second later: a new span
                new TrackPoint(t.plusSeconds(361), GeoPoint.of(120.0, 31.40), 5),
                new TrackPoint(t.plusSeconds(421), GeoPoint.of(120.0, 31.4005), 5));
        TrackDay day = MEASURE.day("so-1", GRID, DAY, ps);
        assertThat(day.online()).isEqualTo(Duration.ofMinutes(2));
        assertThat(day.meters()).isCloseTo(2 * 55.6, within(0.5));
    }
}
