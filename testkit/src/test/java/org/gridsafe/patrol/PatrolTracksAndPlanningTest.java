package org.gridsafe.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.PatrolSamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.Patrols;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.testkit.PatrolWorld;
import org.junit.jupiter.api.Test;

/**
 * Tracks and planning through the service: an idempotent upload by the staff member, reads by command
 * centers only, a purge that keeps the days, and a proposal from the saved plans under short capacity.
 */
class PatrolTracksAndPlanningTest {

    private final PatrolWorld world = world(3);
    private final Patrols patrols = world.patrols();

    private static PatrolWorld world(int shops) {
        InMemoryCaseStore cases = new InMemoryCaseStore();
        return new PatrolWorld(
                new PatrolWorld.Stores(cases, cases, new InMemoryPatrolStore(), new InMemoryMediaStore()), shops);
    }

    private static List<TrackPoint> walk(Instant from, int n) {
        List<TrackPoint> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ps.add(new TrackPoint(from.plusSeconds(60L * i), GeoPoint.of(120.003, 31.395 + i * 0.0005), 8));
        }
        return ps;
    }

    @Test
    void anUploadIsIdempotentAndMeasuresTheDay() {
        Instant from = november10().minus(Duration.ofHours(1));
        TrackUpload first = patrols.uploadTrack(PATROLLER, walk(from, 11));
        TrackUpload again = patrols.uploadTrack(PATROLLER, walk(from, 11));
        assertThat(first.stored()).isEqualTo(11);
        assertThat(again.stored()).isZero();
        assertThat(again.days()).isEqualTo(first.days());
        TrackDay day = first.days().get(0);
        assertThat(day.online()).isEqualTo(Duration.ofMinutes(10));
        assertThat(day.meters()).isBetween(550.0, 562.0);
        assertThat(patrols.trackDays(jinqiaoCommandCenter(), PATROLLER.id(), day.day(), day.day()))
                .containsExactly(day);
        assertThat(patrols.trackPoints(districtCommandCenter(), PATROLLER.id(), day.day()))
                .hasSize(11);
    }

    @Test
    void nobodyButCommandCentersOfTheSubtreeReadsATrack() {
        Instant from = november10().minus(Duration.ofHours(1));
        patrols.uploadTrack(PATROLLER, walk(from, 3));
        LocalDate day = LocalDate.of(2026, 11, 10);
        for (var actor : List.of(PATROLLER, OTHER_STAFF, shihuCommandCenter(), fireOfficer(), citizen())) {
            assertThatThrownBy(() -> patrols.trackDays(actor, PATROLLER.id(), day, day))
                    .as("%s", actor)
                    .isInstanceOf(PatrolAccessDeniedException.class);
        }
        assertThatThrownBy(() -> patrols.uploadTrack(jinqiaoCommandCenter(), walk(from, 3)))
                .isInstanceOf(PatrolAccessDeniedException.class);
    }

    @Test
    void badPointsAreRefusedByFieldAndNothingIsStored() {
        Instant now = november10();
        List<TrackPoint> ps = new ArrayList<>(walk(now.minus(Duration.ofMinutes(10)), 2));
        ps.add(new TrackPoint(now.plus(Duration.ofHours(1)), GeoPoint.of(120.0, 31.39), 5));
        ps.add(new TrackPoint(now.minus(Duration.ofDays(400)), GeoPoint.of(120.0, 31.39), 5));
        assertThatThrownBy(() -> patrols.uploadTrack(PATROLLER, ps))
                .isInstanceOf(InvalidPatrolException.class)
                .hasMessageContaining("points[2].time")
                .hasMessageContaining("points[3].time");
        assertThat(patrols.trackPoints(districtCommandCenter(), PATROLLER.id(), LocalDate.of(2026, 11, 10)))
                .isEmpty();
    }

    @Test
    void aPurgeDeletesOldPointsAndKeepsTheirDays() {
        Instant from = november10().minus(Duration.ofHours(1));
        TrackDay day = patrols.uploadTrack(PATROLLER, walk(from, 11)).days().get(0);
        Instant later = november10().plus(patrols.trackRules().retention()).plus(Duration.ofDays(1));
        assertThatThrownBy(() -> patrols.purgeTracks(jinqiaoCommandCenter(), later))
                .as("a street's center does not run the district's purge")
                .isInstanceOf(PatrolAccessDeniedException.class);
        TrackPurge purge = patrols.purgeTracks(org.gridsafe.access.Actor.SYSTEM, later);
        assertThat(purge.purgedPoints()).isEqualTo(11);
        assertThat(purge.daysKept()).isEqualTo(1);
        assertThat(patrols.purgeTracks(districtCommandCenter(), later).purgedPoints())
                .isZero();
        assertThat(patrols.trackPoints(jinqiaoCommandCenter(), PATROLLER.id(), day.day()))
                .isEmpty();
        assertThat(patrols.trackDays(jinqiaoCommandCenter(), PATROLLER.id(), day.day(), day.day()))
                .containsExactly(day);
    }

    @Test
    void aProposalTakesFloorsFromThePlansAndReportsTheShortfall() {
        // three 九小场所 under the monthly plan: a quarter needs 3 visits each, 9 in all
        PlanProposal p = patrols.propose(
                jinqiaoCommandCenter(),
                PlanRequest.of(
                        JINQIAO_STREET,
                        PatrolFrequency.QUARTERLY,
                        LocalDate.of(2026, 11, 10),
                        Map.of(JINQIAO_MICRO_1, 7)));
        assertThat(p.period().key()).isEqualTo("2026-Q4");
        assertThat(p.visits()).extracting(v -> v.demand().floor()).containsOnly(3);
        assertThat(p.visits()).extracting(PlannedVisits::visits).containsExactly(3, 2, 2);
        GridShortfall g = p.grids().get(0);
        assertThat(g.grid()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(g.shortVisits()).isEqualTo(2);
        assertThat(g.shortStaffDays()).isEqualTo(1);
        PlanRequest red = new PlanRequest(
                JINQIAO_STREET,
                PatrolFrequency.MONTHLY,
                LocalDate.of(2026, 11, 10),
                Map.of(JINQIAO_MICRO_1, 10),
                Map.of("PL-1", 0),
                Map.of(RiskLevel.BLUE, 2),
                Map.of());
        PlanProposal capped = patrols.propose(districtCommandCenter(), red);
        assertThat(capped.visits()).extracting(PlannedVisits::visits).containsExactly(0, 1, 1);
        assertThatThrownBy(() -> patrols.propose(shihuCommandCenter(), red))
                .isInstanceOf(PatrolAccessDeniedException.class);
        assertThatThrownBy(() -> patrols.propose(
                        jinqiaoCommandCenter(),
                        PlanRequest.of(
                                JINQIAO_STREET,
                                PatrolFrequency.MONTHLY,
                                LocalDate.of(2026, 11, 10),
                                Map.of(SHIHU_MICRO_1, 3))))
                .isInstanceOf(InvalidPatrolException.class)
                .hasMessageContaining("capacity." + SHIHU_MICRO_1);
    }
}
