package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.port.PatrolTrackStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PatrolTrackStore} must do: points keyed by staff member and instant (a retried batch
 * stores nothing, also when retries race), reads by range in time order, days saved and replaced, and a
 * purge that deletes old points and keeps the days.
 */
public abstract class PatrolTrackStoreContract {

    private static final GridCode GRID = GridCode.parse("320599001001001");
    private static final Instant T0 = Instant.parse("2026-11-10T01:00:00Z");

    protected abstract PatrolTrackStore newStore();

    private PatrolTrackStore store;

    @BeforeEach
    void fresh() {
        store = newStore();
    }

    private static List<TrackPoint> walk(int n, int fromSecond) {
        List<TrackPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new TrackPoint(
                    T0.plusSeconds(fromSecond + i * 30L), GeoPoint.of(120.0 + i * 0.0001, 31.39), 5.5 + i));
        }
        return points;
    }

    @Test
    void aRetriedBatchIsNotStoredTwice() {
        assertThat(store.append("so-1", GRID, walk(10, 0))).isEqualTo(10);
        assertThat(store.append("so-1", GRID, walk(10, 0))).isZero();
        assertThat(store.append("so-1", GRID, walk(12, 0))).isEqualTo(2);
        assertThat(store.points("so-1", T0, T0.plus(Duration.ofDays(1)))).hasSize(12);
        assertThat(store.append("so-2", GRID, walk(3, 0)))
                .as("another staff member's track")
                .isEqualTo(3);
    }

    @Test
    void theFirstPointOfAnInstantWins() {
        TrackPoint first = new TrackPoint(T0, GeoPoint.of(120.0, 31.39), 3);
        TrackPoint second = new TrackPoint(T0, GeoPoint.of(121.0, 31.0), 9);
        assertThat(store.append("so-1", GRID, List.of(first, second))).isEqualTo(1);
        assertThat(store.points("so-1", T0, T0.plusSeconds(1))).containsExactly(first);
    }

    @Test
    void pointsAreReadByRangeInTimeOrderWithTheirValues() {
        List<TrackPoint> points = walk(6, 0);
        List<TrackPoint> reversed = new ArrayList<>(points);
        java.util.Collections.reverse(reversed);
        store.append("so-1", GRID, reversed);
        assertThat(store.points("so-1", T0.plusSeconds(30), T0.plusSeconds(120)))
                .containsExactly(points.get(1), points.get(2), points.get(3));
        assertThat(store.points("so-1", T0.plusSeconds(30), T0.plusSeconds(30))).isEmpty();
        assertThat(store.points("nobody", T0, T0.plusSeconds(999))).isEmpty();
    }

    @Test
    void daysAreSavedReplacedAndListedInOrder() {
        TrackDay d1 = new TrackDay("so-1", GRID, LocalDate.of(2026, 11, 10), Duration.ofMinutes(42), 1234.5, 80, 2);
        TrackDay d2 = new TrackDay("so-1", GRID, LocalDate.of(2026, 11, 11), Duration.ofMillis(1), 0, 1, 0);
        store.saveDay(d2);
        store.saveDay(d1);
        TrackDay d1b = new TrackDay("so-1", GRID, d1.day(), Duration.ofMinutes(50), 2000, 90, 3);
        store.saveDay(d1b);
        assertThat(store.day("so-1", d1.day())).contains(d1b);
        assertThat(store.days("so-1", d1.day(), d2.day())).containsExactly(d1b, d2);
        assertThat(store.days("so-1", d2.day(), d2.day())).containsExactly(d2);
        assertThat(store.days("so-2", d1.day(), d2.day())).isEmpty();
    }

    @Test
    void aPurgeDeletesOldPointsAndKeepsTheDays() {
        store.append("so-1", GRID, walk(10, 0));
        store.append("so-2", GRID, walk(2, 3600));
        TrackDay day = new TrackDay("so-1", GRID, LocalDate.of(2026, 11, 10), Duration.ofMinutes(4), 90, 10, 0);
        store.saveDay(day);
        Instant cut = T0.plusSeconds(150);
        assertThat(store.staffWithPointsBefore(cut)).containsExactly("so-1");
        assertThat(store.purgePointsBefore(cut)).isEqualTo(5);
        assertThat(store.purgePointsBefore(cut)).isZero();
        assertThat(store.points("so-1", T0, T0.plus(Duration.ofDays(1)))).hasSize(5);
        assertThat(store.staffWithPointsBefore(cut)).isEmpty();
        assertThat(store.day("so-1", day.day())).contains(day);
    }

    @Test
    void concurrentRetriesOfOneBatchStoreItOnce() throws Exception {
        List<TrackPoint> batch = walk(50, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(pool.submit(() -> store.append("so-1", GRID, batch)));
            }
            int stored = 0;
            for (Future<Integer> f : tries) {
                stored += f.get();
            }
            assertThat(stored).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.points("so-1", T0, T0.plus(Duration.ofDays(1)))).hasSize(50);
    }
}
