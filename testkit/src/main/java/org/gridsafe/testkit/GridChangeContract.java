package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.Accountability;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseEscalated;
import org.gridsafe.casework.CaseEvent;
import org.gridsafe.casework.CaseMovedToGrid;
import org.gridsafe.casework.CaseRegistered;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.EscalationPolicy;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.GridMove;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.MoveToGrid;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.NotificationKind;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Responsibility at the moment of each step, and cases of removed grids, on one store: a
 * subclass per store (memory, H2, PostgreSQL) supplies the wiring. The directory starts as
 * {@link SampleDistrict#grids()} and is replaced during the tests, as an import replaces it.
 */
public abstract class GridChangeContract {

    /**
     * A builder over the store under test (directory and clock not yet set), the writable
     * directory holding the sample district, and the notifications delivered so far.
     */
    public record Wiring(
            GridSafe.Builder builder, WritableGridDirectory directory, Supplier<List<Notification>> delivered) {}

    protected abstract Wiring wire();

    private static final LocalDateTime MONDAY_0900 = LocalDateTime.of(2026, 3, 30, 9, 0);
    private static final GridCode SPLIT_WEST = GridCode.parse("320599001001003");
    private static final GridCode SPLIT_EAST = GridCode.parse("320599001001004");
    private static final GridCode MERGED = GridCode.parse("320599001001005");
    /** In the east half of JINQIAO_MICRO_1 (120.00–120.05), so in SPLIT_EAST after the split. */
    private static final GeoPoint EAST_OF_MICRO_1 = new GeoPoint(120.04, 31.02);
    /** In JINQIAO_MICRO_2 (120.05–120.10). */
    private static final GeoPoint IN_MICRO_2 = new GeoPoint(120.07, 31.02);

    private Wiring wiring;
    private MutableClock clock;
    private Casework casework;

    @BeforeEach
    void wireGridSafe() {
        wiring = wire();
        clock = MutableClock.of(at(MONDAY_0900), ZONE);
        casework = wiring.builder()
                .directory(wiring.directory())
                .clock(clock)
                .build()
                .casework();
    }

    private static Instant at(LocalDateTime time) {
        return time.atZone(ZONE).toInstant();
    }

    private void replaceGrids(GridTree grids) {
        wiring.directory().replace(grids, dutyMatrix(), TimeLimits.defaults(), calendar());
    }

    private Case report(GridCode grid, Optional<GeoPoint> location) {
        Report.Builder report = Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(grid)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description("消防通道堆放杂物");
        location.ifPresent(report::location);
        return casework.report(Actor.gridStaff("gm-" + grid.value(), "网格员", grid), report.build());
    }

    private List<RecordedEvent> history(Case c) {
        return casework.history(districtCommandCenter(), c.id());
    }

    private static <T extends CaseEvent> List<T> events(List<RecordedEvent> log, Class<T> type) {
        return log.stream()
                .map(RecordedEvent::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The sample grids with {@code removed} left out and {@code added} put in. */
    private static GridTree gridsWith(List<GridCode> removed, List<Grid> added) {
        List<Grid> grids = new ArrayList<>();
        for (Grid g : SampleDistrict.grids().grids()) {
            if (!removed.contains(g.code())) {
                grids.add(g);
            }
        }
        grids.addAll(added);
        return GridTree.of(grids);
    }

    private static Grid micro(GridCode code, String name, double x1, double x2, String holderKey) {
        Grid.Builder builder = Grid.builder().code(code).name(name).boundary(rectangle(x1, 31.00, x2, 31.05));
        for (ResponsibleRole role : ResponsibleRole.values()) {
            builder.responsible(role, new ResponsiblePerson(holderId(role, holderKey), name + role.zhName()));
        }
        return builder.build();
    }

    /** JINQIAO_MICRO_1 with new holders of its first two rungs; everything else as before. */
    private static GridTree withNewHoldersInMicro1() {
        List<Grid> grids = new ArrayList<>();
        for (Grid g : SampleDistrict.grids().grids()) {
            if (!g.code().equals(JINQIAO_MICRO_1)) {
                grids.add(g);
                continue;
            }
            Grid.Builder builder = Grid.builder()
                    .code(g.code())
                    .name(g.name())
                    .boundary(g.boundary().orElseThrow());
            g.staff().forEach(builder::addStaff);
            for (Map.Entry<ResponsibleRole, ResponsiblePerson> held :
                    g.responsibilityChain().holders().entrySet()) {
                builder.responsible(held.getKey(), held.getValue());
            }
            builder.responsible(ResponsibleRole.SPECIFIC, new ResponsiblePerson("specific-new", "新具体责任人"));
            builder.responsible(ResponsibleRole.IN_CHARGE, new ResponsiblePerson("in-charge-new", "新分管责任人"));
            grids.add(builder.build());
        }
        return GridTree.of(grids);
    }

    // ---- responsibility at the moment of each step ----

    @Test
    void anEscalationAfterAStaffChangeNotifiesTheNewHolderAndTheEarlierEventsStillNameTheOldOnes() {
        Case c = report(JINQIAO_MICRO_1, Optional.of(POINT_IN_JINQIAO_MICRO_1));
        clock.setInstant(at(MONDAY_0900.plusMinutes(30)));
        c = casework.register(
                jinqiaoCommandCenter(), Register.of(c.id()).expectedVersion(1).build());
        Instant deadline = c.deadline().orElseThrow();
        EscalationPolicy policy = EscalationPolicy.standard();

        Instant specificDue =
                policy.rungDueAt(EscalationRung.SPECIFIC, deadline, calendar()).plusSeconds(60);
        clock.setInstant(specificDue);
        casework.escalateOverdue(specificDue);

        replaceGrids(withNewHoldersInMicro1());
        Instant inChargeDue =
                policy.rungDueAt(EscalationRung.IN_CHARGE, deadline, calendar()).plusSeconds(60);
        clock.setInstant(inChargeDue);
        casework.escalateOverdue(inChargeDue);
        c = casework.get(districtCommandCenter(), c.id());
        c = casework.dispatch(
                jinqiaoCommandCenter(),
                Dispatch.of(c.id()).expectedVersion(c.version()).build());

        List<RecordedEvent> log = history(c);
        List<CaseEscalated> escalations = events(log, CaseEscalated.class);
        assertThat(escalations)
                .extracting(CaseEscalated::rung)
                .containsExactly(EscalationRung.SPECIFIC, EscalationRung.IN_CHARGE);
        assertThat(escalations.get(0).recipient().orElseThrow().personId())
                .as("the escalation before the change still names the holder of then")
                .isEqualTo("specific-m111");
        assertThat(escalations.get(0).responsible())
                .containsExactly(new Responsibility(
                        JINQIAO_MICRO_1,
                        ResponsibleRole.SPECIFIC,
                        new ResponsiblePerson("specific-m111", "金桥一号微网格具体责任人")));
        assertThat(escalations.get(1).recipient().orElseThrow().personId())
                .as("the escalation after the change reaches the new holder")
                .isEqualTo("in-charge-new");
        assertThat(escalations.get(1).responsible())
                .extracting(r -> r.person().personId())
                .containsExactly("in-charge-new");

        CaseRegistered registered = events(log, CaseRegistered.class).get(0);
        assertThat(registered.responsible())
                .extracting(r -> r.role() + " " + r.person().personId())
                .containsExactly(
                        "SPECIFIC specific-m111",
                        "IN_CHARGE in-charge-m111",
                        "FIRST first-m111",
                        "ASSIGNED_LEADER assigned-leader-m111");
        assertThat(c.state()).isEqualTo(CaseState.DISPATCHED);
        assertThat(log.get(log.size() - 1).event().responsible())
                .as("the dispatch names who is responsible now")
                .extracting(r -> r.person().personId())
                .containsExactly("specific-new", "in-charge-new", "first-m111", "assigned-leader-m111");

        List<List<Responsibility>> atEach = Accountability.atEachEvent(log);
        assertThat(atEach.get(0)).as("nobody recorded at the report").isEmpty();
        assertThat(atEach.get(1)).isEqualTo(registered.responsible());
        assertThat(CaseAudit.verify(log).intact()).isTrue();

        assertThat(wiring.delivered().get())
                .filteredOn(n -> n.kind() == NotificationKind.CASE_ESCALATED)
                .extracting(n -> n.recipientId().orElseThrow())
                .containsExactly("specific-m111", "in-charge-new");
    }

    // ---- cases of removed grids ----

    @Test
    void aSplitMovesEachOpenCaseToTheNewMicroGridThatContainsItsLocation() {
        Case west = report(JINQIAO_MICRO_1, Optional.of(POINT_IN_JINQIAO_MICRO_1));
        Case east = report(JINQIAO_MICRO_1, Optional.of(EAST_OF_MICRO_1));
        Case elsewhere = report(JINQIAO_MICRO_2, Optional.of(IN_MICRO_2));

        replaceGrids(gridsWith(
                List.of(JINQIAO_MICRO_1),
                List.of(
                        micro(SPLIT_WEST, "金桥三号微网格", 120.00, 120.025, "m113"),
                        micro(SPLIT_EAST, "金桥四号微网格", 120.025, 120.05, "m114"))));
        Instant now = clock.instant().plusSeconds(60);
        clock.setInstant(now);
        List<GridMove> moves = casework.moveCasesOfRemovedGrids(Actor.SYSTEM, now);

        assertThat(moves)
                .containsExactly(
                        new GridMove(west.id(), JINQIAO_MICRO_1, SPLIT_WEST, GridMove.Basis.LOCATION),
                        new GridMove(east.id(), JINQIAO_MICRO_1, SPLIT_EAST, GridMove.Basis.LOCATION));
        Case movedWest = casework.get(districtCommandCenter(), west.id());
        assertThat(movedWest.grid()).isEqualTo(SPLIT_WEST);
        assertThat(movedWest.state()).as("the state stays").isEqualTo(CaseState.REPORTED);
        assertThat(movedWest.deadline()).as("the deadline stays").isEqualTo(west.deadline());
        assertThat(movedWest.version()).isEqualTo(2);
        assertThat(casework.get(districtCommandCenter(), elsewhere.id()).version())
                .as("a case whose grid exists stays")
                .isEqualTo(1);

        RecordedEvent move = history(movedWest).get(1);
        assertThat(move.actorId()).isEqualTo(Actor.SYSTEM.id());
        CaseMovedToGrid event = (CaseMovedToGrid) move.event();
        assertThat(event.reason()).isEqualTo("网格调整");
        assertThat(event.from()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(event.responsible())
                .extracting(r -> r.grid().value() + " " + r.person().personId())
                .contains(SPLIT_WEST.value() + " specific-m113");
        assertThat(CaseAudit.verify(history(movedWest)).intact()).isTrue();

        // The read side follows: the new grid's listing holds the case, the old one's is empty.
        assertThat(casework.list(districtCommandCenter(), CaseQuery.all().withinGrid(SPLIT_EAST))
                        .cases())
                .extracting(Case::id)
                .containsExactly(east.id());
        assertThat(casework.list(districtCommandCenter(), CaseQuery.all().withinGrid(JINQIAO_MICRO_1))
                        .cases())
                .isEmpty();
        // And the staff of the new grid may act on it: its command center is still the street's.
        Case registered = casework.register(
                jinqiaoCommandCenter(),
                Register.of(east.id()).expectedVersion(2).build());
        assertThat(registered.grid()).isEqualTo(SPLIT_EAST);

        assertThat(casework.moveCasesOfRemovedGrids(Actor.SYSTEM, now))
                .as("a rerun moves nothing")
                .isEmpty();
    }

    @Test
    void aMergeMovesTheOpenCasesOfBothGridsToTheMergedGridAndClosedCasesKeepTheirGrid() {
        Case first = report(JINQIAO_MICRO_1, Optional.of(POINT_IN_JINQIAO_MICRO_1));
        Case second = report(JINQIAO_MICRO_2, Optional.of(IN_MICRO_2));
        Case registered = report(JINQIAO_MICRO_2, Optional.empty());
        registered = casework.register(
                jinqiaoCommandCenter(),
                Register.of(registered.id()).expectedVersion(1).build());
        Case closed = casework.reportFixedOnSpot(
                jinqiaoGridManager(),
                ReportFixedOnSpot.of(Report.builder()
                                .source(CaseSource.GRID_PATROL)
                                .grid(JINQIAO_MICRO_1)
                                .location(POINT_IN_JINQIAO_MICRO_1)
                                .domain(SafetyDomain.FIRE)
                                .hazard(PROTECTION_DEFECT)
                                .grade(HazardGrade.GENERAL)
                                .description("灭火器过期，已当场更换")
                                .build())
                        .evidence("已更换灭火器")
                        .build());
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);

        replaceGrids(gridsWith(
                List.of(JINQIAO_MICRO_1, JINQIAO_MICRO_2), List.of(micro(MERGED, "金桥合并微网格", 120.00, 120.10, "m115"))));
        Instant now = clock.instant().plusSeconds(60);
        clock.setInstant(now);
        List<GridMove> moves = casework.moveCasesOfRemovedGrids(Actor.SYSTEM, now);

        assertThat(moves)
                .extracting(GridMove::caseId, GridMove::to, GridMove::basis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.id(), MERGED, GridMove.Basis.LOCATION),
                        org.assertj.core.groups.Tuple.tuple(second.id(), MERGED, GridMove.Basis.LOCATION),
                        // No location: the nearest ancestor the directory still holds.
                        org.assertj.core.groups.Tuple.tuple(
                                registered.id(), JINQIAO_COMMUNITY, GridMove.Basis.ANCESTOR));
        assertThat(casework.get(districtCommandCenter(), registered.id()).state())
                .isEqualTo(CaseState.REGISTERED);
        Case stillClosed = casework.get(districtCommandCenter(), closed.id());
        assertThat(stillClosed.grid())
                .as("a closed case keeps its grid, as history")
                .isEqualTo(JINQIAO_MICRO_1);
        assertThat(stillClosed.version()).isEqualTo(closed.version());
    }

    @Test
    void aRemovedGridsCasesGoToTheGridNowContainingTheirLocationElseTheNearestAncestor() {
        Case located = report(JINQIAO_MICRO_2, Optional.of(IN_MICRO_2));
        Case unlocated = report(JINQIAO_MICRO_2, Optional.empty());

        // The community goes too: the located case still lies in the street's boundary.
        replaceGrids(gridsWith(List.of(JINQIAO_MICRO_2), List.of()));
        Instant now = clock.instant().plusSeconds(60);
        clock.setInstant(now);
        List<GridMove> moves = casework.moveCasesOfRemovedGrids(Actor.SYSTEM, now);

        assertThat(moves)
                .containsExactly(
                        new GridMove(located.id(), JINQIAO_MICRO_2, JINQIAO_COMMUNITY, GridMove.Basis.LOCATION),
                        new GridMove(unlocated.id(), JINQIAO_MICRO_2, JINQIAO_COMMUNITY, GridMove.Basis.ANCESTOR));
    }

    @Test
    void onlyTheSystemMovesCasesAndAMoveIsRefusedWhileTheGridExists() {
        Case c = report(JINQIAO_MICRO_1, Optional.of(POINT_IN_JINQIAO_MICRO_1));

        assertThatThrownBy(() ->
                        casework.execute(Actor.SYSTEM, MoveToGrid.of(c.id()).build()))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("still in the directory");

        replaceGrids(gridsWith(List.of(JINQIAO_MICRO_1), List.of()));
        Instant now = clock.instant();
        assertThatThrownBy(() -> casework.moveCasesOfRemovedGrids(districtCommandCenter(), now))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(casework.get(districtCommandCenter(), c.id()).grid()).isEqualTo(JINQIAO_MICRO_1);

        assertThat(casework.moveCasesOfRemovedGrids(Actor.SYSTEM, now))
                .extracting(GridMove::to)
                .containsExactly(JINQIAO_COMMUNITY);
    }

    @Test
    void aCaseNothingOfTheDirectoryCoversAnyMoreKeepsItsGrid() {
        Case c = report(SHIHU_MICRO_1, Optional.empty());
        // Another district's tree only: no ancestor of the case's grid is left.
        replaceGrids(GridTree.of(List.of(
                Grid.builder().code(GridCode.parse("320598")).name("另一区").build())));

        assertThat(casework.moveCasesOfRemovedGrids(Actor.SYSTEM, clock.instant()))
                .isEmpty();
        assertThat(casework.get(Actor.SYSTEM, c.id()).grid()).isEqualTo(SHIHU_MICRO_1);
    }
}
