package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridsafe.access.ActorRole;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.GridDirectory;
import org.junit.jupiter.api.Test;

class HostGeneratorsTest {

    private final GridDirectory directory = SampleDistrict.directory();
    private final HostGenerators host = HostGenerators.from(directory);

    @Test
    void gridsAreTheDirectorysAndReachEveryLevel() {
        Set<GridLevel> levels = EnumSet.noneOf(GridLevel.class);
        qt().withFixedSeed(1L).withExamples(300).forAll(host.grids()).checkAssert(g -> {
            assertThat(directory.grids().find(g.code())).contains(g);
            levels.add(g.level());
        });
        assertThat(levels).containsExactlyInAnyOrder(GridLevel.values());
    }

    @Test
    void gridStaffAreTheStaffAssignmentsAtHomeInTheirGrid() {
        Set<String> staffIds = directory.grids().grids().stream()
                .flatMap(g -> g.staff().stream())
                .map(s -> s.personId())
                .collect(Collectors.toSet());
        qt().forAll(host.actors(ActorRole.GRID_STAFF)).checkAssert(a -> {
            assertThat(a.has(ActorRole.GRID_STAFF)).isTrue();
            assertThat(staffIds).contains(a.id());
            Grid home = directory.grids().get(a.homeGrid().orElseThrow());
            assertThat(home.staff()).anyMatch(s -> s.personId().equals(a.id()));
        });
    }

    @Test
    void everyRoleGetsActorsHoldingIt() {
        for (ActorRole role : ActorRole.values()) {
            qt().withExamples(20)
                    .forAll(host.actors(role))
                    .checkAssert(a ->
                            assertThat(a.has(role)).as("%s holds %s", a, role).isTrue());
        }
        qt().forAll(host.actors(ActorRole.DEPARTMENT_OFFICER))
                .checkAssert(a -> assertThat(
                                directory.dutyMatrix().department(a.department().orElseThrow()))
                        .isPresent());
    }

    @Test
    void reportsAreRoutableAndMadeBySomeoneWhoseGridHoldsThem() {
        Set<SafetyDomain> domains = new HashSet<>();
        Set<HazardGrade> grades = EnumSet.noneOf(HazardGrade.class);
        qt().withFixedSeed(2L).withExamples(500).forAll(host.reports()).checkAssert(r -> {
            var report = r.report();
            Grid grid = directory.grids().get(report.grid().orElseThrow());
            assertThat(directory.dutyMatrix().route(report.domain(), report.hazard(), report.grade(), grid.level()))
                    .as("a duty rule routes %s", report)
                    .isPresent();
            assertThat(directory.grids().contains(r.reporter().homeGrid().orElseThrow(), grid.code()))
                    .isTrue();
            domains.add(report.domain());
            grades.add(report.grade());
        });
        // PUBLIC has a department but no duty rule in the sample, so nothing routes it.
        assertThat(domains).doesNotContain(SafetyDomain.PUBLIC).contains(SafetyDomain.FIRE, SafetyDomain.PRODUCTION);
        assertThat(grades).containsExactlyInAnyOrder(HazardGrade.values());
    }

    @Test
    void workingInstantsAreWorkingTimeAndSkipTheHoliday() {
        qt().forAll(host.workingInstants(LocalDate.of(2026, 3, 30), 7)).checkAssert(t -> {
            assertThat(directory.workCalendar().isWorkingTime(t)).isTrue();
            assertThat(t.atZone(ZONE).toLocalDate()).isNotEqualTo(HOLIDAY);
        });
    }

    @Test
    void instantsAroundADeadlineHitBothSidesOfIt() {
        Instant start = mondayMorning().instant();
        Instant deadline = host.deadline(start, WorkflowStep.RECTIFY, HazardGrade.GENERAL);
        Set<Instant> seen = new HashSet<>();
        qt().withFixedSeed(3L)
                .withExamples(300)
                .forAll(host.aroundDeadline(start, WorkflowStep.RECTIFY, HazardGrade.GENERAL))
                .checkAssert(t -> {
                    assertThat(t).isAfterOrEqualTo(start);
                    seen.add(t);
                });
        assertThat(seen).contains(deadline.minusMillis(1), deadline, deadline.plusMillis(1));
        assertThat(seen).anyMatch(t -> t.isBefore(deadline.minusMillis(1)));
        assertThat(seen).anyMatch(t -> t.isAfter(deadline.plusMillis(1)));
    }

    @Test
    void aDirectoryWithoutWhatIsAskedForIsNamedNotPapered() {
        GridTree onlyTheDistrict = GridTree.of(List.of(directory.grids().get(DISTRICT)));
        HostGenerators small = HostGenerators.from(SampleDistrict.directory(onlyTheDistrict));

        assertThatThrownBy(() -> small.grids(GridLevel.MICRO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MICRO");
        qt().withExamples(50)
                .forAll(small.reports())
                .checkAssert(r -> assertThat(r.reporter().homeGrid()).contains(DISTRICT));
        assertThatThrownBy(
                        () -> host.aroundDeadline(mondayMorning().instant(), WorkflowStep.REPORT, HazardGrade.GENERAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REPORT");
    }
}
