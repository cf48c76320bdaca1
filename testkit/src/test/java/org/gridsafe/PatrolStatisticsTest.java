package org.gridsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryPatrolStore;
import org.gridsafe.memory.InMemoryPatrolTrackStore;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.stats.PatrolIndicators;
import org.gridsafe.stats.PatrolRankingWeights;
import org.gridsafe.stats.Period;
import org.gridsafe.stats.RankedPatrol;
import org.gridsafe.testkit.CaseHistories;
import org.gridsafe.testkit.PatrolHistories;
import org.gridsafe.testkit.PatrolHistories.Spec;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/** The patrol indicators: a hand-counted week, the scanning store against the reference, access and rankings. */
class PatrolStatisticsTest {

    /** Monday 2026-03-30 to Monday 2026-04-06 in the district's zone. */
    static final Period WEEK = new Period(at(3, 30, 0), at(4, 6, 0));

    static Instant at(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    static Spec spec(int grid, int entity, Instant end, int outcome, long submitMinutes) {
        return new Spec(grid, entity, end, 7, outcome, submitMinutes);
    }

    /** Grid indexes of {@link PatrolHistories}: 0 金桥一号, 1 金桥二号, 2 银桥一号, 3 石湖一号. */
    static final List<Spec> HAND_COUNTED = List.of(
            spec(0, 0, at(4, 1, 0), 2, -60), // A: done an hour before the window closed
            spec(0, 1, at(4, 2, 0), 2, 30), // B: done half an hour late
            spec(1, 2, at(4, 3, 0), 3, 0), // C: missed
            spec(1, 2, at(4, 4, 0), 4, 0), // D: skipped
            spec(3, 3, at(4, 5, 0), 1, 0), // E: checked in, never submitted, window closed
            spec(0, 0, at(4, 8, 0), 2, -60), // F: window closes after the week
            spec(0, 4, at(4, 6, 0), 0, 0), // G: closes at the week's end (its last instant is inside), never done
            spec(0, 5, at(3, 30, 0), 0, 0)); // H: closes at the week's start (the week before's)

    final MutableClock clock = MutableClock.of(at(3, 30, 9), ZONE);
    final GridSafe gridSafe =
            GridSafe.builder().directory(directory()).clock(clock).build();
    final InMemoryPatrolStore patrols = new InMemoryPatrolStore();
    final InMemoryPatrolTrackStore tracks = new InMemoryPatrolTrackStore();
    final PatrolStatistics stats = PatrolStatistics.builder()
            .gridSafe(gridSafe)
            .store(patrols)
            .tracks(tracks)
            .zone(ZONE)
            .build();

    void store(List<List<RecordedPatrolEvent>> histories) {
        for (List<RecordedPatrolEvent> h : histories) {
            patrols.append(new PatrolDecision(PatrolOccurrence.replay(h), 0, h));
        }
    }

    Case report(CaseSource source, GridCode grid, Actor by) {
        return gridSafe.casework()
                .report(
                        by,
                        Report.builder()
                                .source(source)
                                .grid(grid)
                                .domain(SafetyDomain.FIRE)
                                .hazard(PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description("巡查发现的隐患")
                                .build());
    }

    @Test
    void aHandCountedWeek() {
        store(PatrolHistories.histories(HAND_COUNTED));
        Actor staff = Actor.gridStaff("so-m111", "赵安全员", JINQIAO_MICRO_1);
        Case first = report(CaseSource.GRID_PATROL, JINQIAO_MICRO_1, staff);
        report(CaseSource.GRID_PATROL, JINQIAO_MICRO_1, staff);
        report(CaseSource.GRID_PATROL, SHIHU_MICRO_1, Actor.gridStaff("so-m211", "石安全员", SHIHU_MICRO_1));
        gridSafe.casework()
                .reject(
                        districtCommandCenter(),
                        Reject.of(first.id()).reason("不属于安全隐患").build());
        tracks.saveDay(new TrackDay(
                "so-m111", JINQIAO_MICRO_1, LocalDate.of(2026, 3, 30), Duration.ofHours(2), 1500.9, 40, 0));
        tracks.saveDay(
                new TrackDay("so-m111", JINQIAO_MICRO_1, LocalDate.of(2026, 4, 5), Duration.ofHours(1), 800.2, 20, 1));
        tracks.saveDay(
                new TrackDay("so-m111", JINQIAO_MICRO_1, LocalDate.of(2026, 4, 6), Duration.ofHours(5), 9000, 50, 0));
        tracks.saveDay(
                new TrackDay("so-m211", SHIHU_MICRO_1, LocalDate.of(2026, 4, 1), Duration.ofMinutes(30), 99.5, 5, 0));

        Instant asOf = at(4, 10, 0);
        PatrolIndicators district = stats.indicators(Optional.empty(), WEEK, asOf);
        // A, B, C, D, E, G close in the week; D is skipped; A and B are done, A on time.
        assertThat(district.occurrences()).isEqualTo(6);
        assertThat(district.skipped()).isEqualTo(1);
        assertThat(district.due()).isEqualTo(5);
        assertThat(district.done()).isEqualTo(2);
        assertThat(district.doneOnTime()).isEqualTo(1);
        assertThat(district.missed()).isEqualTo(1);
        assertThat(district.coverage().percent()).isEqualTo("40.00%"); // PL-0, PL-1 of PL-0, 1, 2, 3, 4
        assertThat(district.onTimeRate().percent()).isEqualTo("20.00%");
        assertThat(district.patrolCases()).isEqualTo(3);
        assertThat(district.validReportRate().percent()).isEqualTo("66.67%");
        assertThat(district.hazardsPer100Entities()).contains(new BigDecimal("60.00"));
        // 6 April starts at the week's end: not counted; metres truncated per day.
        assertThat(district.staff())
                .containsExactly(
                        new PatrolIndicators.StaffTrack("so-m111", 2, Duration.ofHours(3), 2300),
                        new PatrolIndicators.StaffTrack("so-m211", 1, Duration.ofMinutes(30), 99));

        PatrolIndicators jinqiao = stats.indicators(Optional.of(JINQIAO_STREET), WEEK, asOf);
        assertThat(jinqiao.occurrences()).isEqualTo(5);
        assertThat(jinqiao.due()).isEqualTo(4);
        assertThat(jinqiao.entitiesDue()).isEqualTo(4);
        assertThat(jinqiao.entitiesCovered()).isEqualTo(2);
        assertThat(jinqiao.patrolCases()).isEqualTo(2);
        assertThat(jinqiao.rejectedPatrolCases()).isEqualTo(1);
        assertThat(jinqiao.staff())
                .extracting(PatrolIndicators.StaffTrack::staffId)
                .containsExactly("so-m111");

        // As of Thursday noon only A and B (done) have closed; C, E and G are not due yet.
        PatrolIndicators midweek = stats.indicators(Optional.empty(), WEEK, at(4, 2, 12));
        assertThat(midweek.due()).isEqualTo(2);
        assertThat(midweek.coverage().percent()).isEqualTo("100.00%");

        PatrolIndicators nothing = stats.indicators(Optional.of(YINQIAO_MICRO_1), WEEK, asOf);
        assertThat(nothing.coverage().percent()).isEqualTo("—");
        assertThat(nothing.hazardsPer100Entities()).isEmpty();
    }

    @Test
    void streetsRankByTheWeightedScoreAndEmptyOnesLast() {
        store(PatrolHistories.histories(HAND_COUNTED));
        Instant asOf = at(4, 10, 0);
        // 金桥: coverage 2/4, on time 1/4, no cases; 石湖: coverage 0/1, on time 0/1.
        List<RankedPatrol<org.gridsafe.grid.Grid>> streets =
                stats.rankChildGrids(districtCommandCenter(), DISTRICT, WEEK, asOf);
        assertThat(streets).extracting(r -> r.subject().code()).containsExactly(JINQIAO_STREET, SHIHU_STREET);
        assertThat(streets.get(0).score()).isCloseTo(0.4 * 0.5 + 0.4 * 0.25, org.assertj.core.data.Offset.offset(1e-9));
        List<RankedPatrol<org.gridsafe.grid.Grid>> communities =
                stats.rankChildGrids(districtCommandCenter(), JINQIAO_STREET, WEEK, asOf);
        // 银桥社区 has nothing due: last, whatever its score.
        assertThat(communities)
                .extracting(r -> r.subject().code())
                .containsExactly(JINQIAO_COMMUNITY, YINQIAO_COMMUNITY);
        assertThat(communities.get(1).counted()).isFalse();

        // Only on-time counts: 金桥 0.25 against 石湖 0, still first; coverage only: 0.5 against 0.
        PatrolStatistics onTimeOnly = PatrolStatistics.builder()
                .gridSafe(gridSafe)
                .store(patrols)
                .weights(new PatrolRankingWeights(0, 1, 0))
                .build();
        assertThat(onTimeOnly.rankChildGrids(DISTRICT, WEEK, asOf).get(0).score())
                .isEqualTo(0.25);
        assertThatThrownBy(() -> new PatrolRankingWeights(0, 0, 0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new PatrolRankingWeights(-1, 1, 0)).hasMessageContaining("at least 0");
    }

    @Test
    void staffRankByTheirOwnFiguresUnderTheStaffWeights() {
        List<List<RecordedPatrolEvent>> histories = PatrolHistories.histories(HAND_COUNTED);
        store(histories);
        // A case found on A's occurrence (assigned to so-0) is so-0's; one without an origin is nobody's.
        Actor staff = Actor.gridStaff("so-m111", "赵安全员", JINQIAO_MICRO_1);
        gridSafe.casework()
                .report(
                        staff,
                        Report.builder()
                                .source(CaseSource.GRID_PATROL)
                                .grid(JINQIAO_MICRO_1)
                                .domain(SafetyDomain.FIRE)
                                .hazard(PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description("巡查发现的隐患")
                                .origin(new org.gridsafe.casework.CaseOrigin(
                                        histories.get(0).get(0).occurrenceId().value(), "T01"))
                                .build());
        report(CaseSource.GRID_PATROL, JINQIAO_MICRO_1, staff);
        tracks.saveDay(new TrackDay(
                "so-m111", JINQIAO_MICRO_1, LocalDate.of(2026, 3, 30), Duration.ofHours(2), 1500.9, 40, 0));
        tracks.saveDay(
                new TrackDay("so-m111", JINQIAO_MICRO_1, LocalDate.of(2026, 4, 5), Duration.ofHours(1), 800.2, 20, 1));
        tracks.saveDay(
                new TrackDay("so-m211", SHIHU_MICRO_1, LocalDate.of(2026, 4, 1), Duration.ofMinutes(30), 99.5, 5, 0));
        Instant asOf = at(4, 10, 0);

        List<RankedPatrol<org.gridsafe.stats.StaffMember>> ranked =
                stats.rankStaff(districtCommandCenter(), Optional.empty(), WEEK, asOf);
        // so-0: A, B, G due, A and B done (A on time), one case found and valid: 0.3/3 + 0.2 + 0.15 + 0.15.
        // so-3: E due, not missed: 0.2. so-m111: the longest online time and mileage: 0.1 + 0.1; tied with
        // so-3, after it by id. so-m211: a sixth of the online time, 99 of 2300 m. so-1: C missed, D skipped.
        assertThat(ranked).extracting(r -> r.subject().id()).startsWith("so-0", "so-3", "so-m111", "so-m211", "so-1");
        org.assertj.core.data.Offset<Double> near = org.assertj.core.data.Offset.offset(1e-9);
        assertThat(ranked.get(0).score()).isCloseTo(0.1 + 0.2 + 0.15 + 0.15, near);
        assertThat(ranked.get(0).indicators().patrolCases()).isEqualTo(1);
        assertThat(ranked.get(0).subject().name()).isEmpty();
        assertThat(ranked.get(1).score()).isCloseTo(0.2, near);
        assertThat(ranked.get(2).score()).isCloseTo(0.2, near);
        assertThat(ranked.get(2).subject().name()).isPresent();
        assertThat(ranked.get(3).score()).isCloseTo(0.1 / 6 + 0.1 * 99 / 2300, near);
        assertThat(ranked.get(4).score()).isEqualTo(0.0);
        assertThat(ranked.get(4).counted()).isTrue();
        // The directory's other staff follow with nothing counted, by id.
        List<RankedPatrol<org.gridsafe.stats.StaffMember>> rest = ranked.subList(5, ranked.size());
        assertThat(rest).isNotEmpty().noneMatch(RankedPatrol::counted);
        assertThat(rest).extracting(r -> r.subject().id()).isSorted();

        // In 石湖 only its own: so-3 (石湖一号) and so-m211, and 石湖's directory staff.
        List<RankedPatrol<org.gridsafe.stats.StaffMember>> shihu =
                stats.rankStaff(Optional.of(SHIHU_STREET), WEEK, asOf);
        assertThat(shihu)
                .extracting(r -> r.subject().id())
                .startsWith("so-3", "so-m211")
                .doesNotContain("so-0");

        // Weights are configuration: mileage only puts so-m111 first.
        PatrolStatistics mileageOnly = PatrolStatistics.builder()
                .gridSafe(gridSafe)
                .store(patrols)
                .tracks(tracks)
                .zone(ZONE)
                .staffWeights(PatrolRankingWeights.of(java.util.Map.of("mileage", 1.0)))
                .build();
        assertThat(mileageOnly
                        .rankStaff(Optional.empty(), WEEK, asOf)
                        .get(0)
                        .subject()
                        .id())
                .isEqualTo("so-m111");
        assertThatThrownBy(() -> PatrolRankingWeights.of(java.util.Map.of("speed", 1.0)))
                .hasMessageContaining("unknown patrol ranking weight 'speed'");
        assertThatThrownBy(() -> new PatrolRankingWeights(0, 1, 0, -0.5, 0, 0, 0))
                .hasMessageContaining("missed");
        assertThatThrownBy(() -> stats.rankStaff(jinqiaoCommandCenter(), Optional.of(SHIHU_STREET), WEEK, asOf))
                .isInstanceOf(CaseworkException.class);
    }

    @Test
    void gridsRankByLevelAnywhereInTheSubtree() {
        store(PatrolHistories.histories(HAND_COUNTED));
        Instant asOf = at(4, 10, 0);
        List<RankedPatrol<org.gridsafe.grid.Grid>> communities = stats.rankGrids(
                districtCommandCenter(), Optional.empty(), org.gridsafe.grid.GridLevel.COMMUNITY, WEEK, asOf);
        // Every community of the district, across both streets; 金桥社区 has A, B, G, C; 石湖社区 has E.
        assertThat(communities)
                .extracting(r -> r.subject().code())
                .containsExactly(JINQIAO_COMMUNITY, SHIHU_COMMUNITY, YINQIAO_COMMUNITY);
        assertThat(communities.get(2).counted()).isFalse();
        // The streets by level equal the district's children ranked.
        assertThat(stats.rankGrids(Optional.of(DISTRICT), org.gridsafe.grid.GridLevel.STREET, WEEK, asOf))
                .isEqualTo(stats.rankChildGrids(DISTRICT, WEEK, asOf));
        // Within a street: its own communities only.
        assertThat(stats.rankGrids(Optional.of(SHIHU_STREET), org.gridsafe.grid.GridLevel.COMMUNITY, WEEK, asOf))
                .extracting(r -> r.subject().code())
                .containsExactly(SHIHU_COMMUNITY);
    }

    @Test
    void accessIsTheStatisticsRuleOverTheGridAndNoDepartmentsFigures() {
        assertThat(stats.scopeFor(jinqiaoCommandCenter(), Optional.empty())).contains(JINQIAO_STREET);
        assertThat(stats.scopeFor(districtCommandCenter(), Optional.of(SHIHU_STREET)))
                .contains(SHIHU_STREET);
        assertThatThrownBy(() -> stats.indicators(shihuCommandCenter(), Optional.of(JINQIAO_STREET), WEEK, at(4, 1, 0)))
                .isInstanceOf(CaseworkException.class)
                .hasMessageContaining("outside your home grid");
        assertThatThrownBy(() -> stats.indicators(fireOfficer(), Optional.empty(), WEEK, at(4, 1, 0)))
                .isInstanceOf(CaseworkException.class)
                .satisfies(e ->
                        assertThat(((CaseworkException) e).rejection().rule()).contains(PatrolStatistics.GRIDS_ONLY));
        assertThatThrownBy(() -> stats.indicators(jinqiaoGridManager(), Optional.empty(), WEEK, at(4, 1, 0)))
                .isInstanceOf(CaseworkException.class);
        assertThatThrownBy(() -> stats.rankChildGrids(jinqiaoCommandCenter(), DISTRICT, WEEK, at(4, 1, 0)))
                .isInstanceOf(CaseworkException.class);
    }

    /** The scanning statistics over the in-memory stores equal the reference over random histories. */
    @Test
    void scanningEqualsTheReference() {
        qt().withExamples(Math.max(1, Integer.getInteger("gridsafe.qt.examples", 1000) / 5))
                .forAll(
                        PatrolHistories.specs(25),
                        PatrolHistories.daySpecs(15),
                        SourceDSL.lists()
                                .of(CaseHistories.instantsAround(30)
                                        .zip(
                                                CaseHistories.instantsAround(30),
                                                SourceDSL.integers().between(0, 9),
                                                (a, b, g) -> new Object[] {a, b, g}))
                                .ofSize(4))
                .checkAssert((specs, daySpecs, questions) -> {
                    InMemoryPatrolStore store = new InMemoryPatrolStore();
                    InMemoryPatrolTrackStore trackStore = new InMemoryPatrolTrackStore();
                    List<List<RecordedPatrolEvent>> histories = PatrolHistories.histories(specs);
                    for (List<RecordedPatrolEvent> h : histories) {
                        store.append(new PatrolDecision(PatrolOccurrence.replay(h), 0, h));
                    }
                    List<TrackDay> days = PatrolHistories.days(daySpecs);
                    days.forEach(trackStore::saveDay);
                    PatrolStatistics scanning = PatrolStatistics.builder()
                            .gridSafe(gridSafe)
                            .store(store)
                            .tracks(trackStore)
                            .zone(ZONE)
                            .build();
                    List<Case> cases = new ArrayList<>(gridSafe.caseQueries()
                            .find(CaseQuery.all().limit(CaseQuery.MAX_LIMIT))
                            .cases());
                    for (Object[] q : questions) {
                        Instant a = (Instant) q[0];
                        Instant b = (Instant) q[1];
                        if (a.equals(b)) {
                            continue;
                        }
                        Period period = a.isBefore(b) ? new Period(a, b) : new Period(b, a);
                        int g = (Integer) q[2];
                        Optional<GridCode> grid =
                                Optional.of(CaseHistories.GRIDS.get(g)).filter(x -> g > 0);
                        Instant asOf = b;
                        assertThat(scanning.indicators(grid, period, asOf))
                                .as("%s %s %s", grid, period, asOf)
                                .isEqualTo(PatrolIndicators.of(histories, cases, days, grid, period, asOf, ZONE));
                        assertThat(new ScanningPatrolStatistics(
                                                store, trackStore, gridSafe.caseQueries(), gridSafe.directory())
                                        .staffIndicators(grid, period, asOf, ZONE))
                                .as("by staff %s %s %s", grid, period, asOf)
                                .isEqualTo(PatrolIndicators.byStaff(histories, cases, days, grid, period, asOf, ZONE));
                    }
                });
    }
}
