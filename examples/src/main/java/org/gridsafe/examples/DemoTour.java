package org.gridsafe.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.GridDirectory;

/**
 * A tour of the library in memory (no server): shows the demo district's grid hierarchy, locates a point, and runs one
 * hazard through the six-step loop in memory, printing its audit trail.
 */
public final class DemoTour {

    private DemoTour() {}

    static final ProgramOptions OPTIONS = new ProgramOptions(
            "java -cp gridsafe-demo.jar org.gridsafe.examples.DemoTour",
            "Tours the demo district in memory: its grid levels, a located point, and one hazard through the six-step loop with its audit trail. Takes no options.",
            List.of());

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status =
                OPTIONS.run(args, out, new PrintStream(System.err, true, StandardCharsets.UTF_8), options -> tour(out));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Prints the tour to {@code out}. */
    static void tour(PrintStream out) {
        GridDirectory directory = DemoDistrict.directory();
        GridTree tree = directory.grids();

        Grid district = tree.get(DemoDistrict.DISTRICT);
        out.printf("GridSafe demo: %s (%s)%n", district.name(), district.code());
        for (GridLevel level : GridLevel.values()) {
            long count = tree.grids().stream().filter(g -> g.level() == level).count();
            out.printf("  %-8s %-10s %5d%n", level.zhName(), level.name(), count);
        }
        for (Grid street : tree.children(district.code())) {
            out.printf(
                    "  %s %s: %d communities, %d grids in all%n",
                    street.code(),
                    street.name(),
                    tree.children(street.code()).size(),
                    tree.subtree(street.code()).count());
        }

        GeoPoint point = new GeoPoint(120.03, 31.37);
        Grid located = GridLocator.of(tree).locate(point).orElseThrow();
        out.printf("%nLocate %s -> %s %s%n", point, located.code(), located.name());
        out.printf(
                "  staff: %s%n",
                located.staff().get(0).displayName() + " ("
                        + located.staff().get(0).role().zhName() + ") ...");

        // A fixed clock keeps the demo's output the same on every run.
        ZoneId zone = directory.workCalendar().zone();
        Clock clock =
                Clock.fixed(LocalDateTime.of(2026, 11, 30, 9, 30).atZone(zone).toInstant(), zone);
        Casework casework =
                GridSafe.builder().directory(directory).clock(clock).build().casework();
        Actor gridManager = Actor.gridStaff("gm-demo", "李网格", located.code());
        Actor center = Actor.commandCenter(
                "cc-demo",
                "金桥街道指挥中心",
                located.code().parent().orElseThrow().parent().orElseThrow());
        Actor fireOfficer = Actor.departmentOfficer("fire-demo", "消防监督员", DemoDistrict.FIRE_BRIGADE);

        Case c = casework.report(
                gridManager,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .location(point)
                        .domain(SafetyDomain.FIRE)
                        .hazard(HazardCode.parse("2102"))
                        .grade(HazardGrade.GENERAL)
                        .description("沿街商铺消防通道堆放杂物")
                        .build());
        c = casework.register(
                center,
                Register.of(c.id()).expectedVersion(c.version()).note("属实，立案").build());
        c = casework.dispatch(
                center, Dispatch.of(c.id()).expectedVersion(c.version()).build());
        c = casework.submitRectification(
                fireOfficer,
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("已责令清理，通道畅通")
                        .attachments(List.of("photo:after-1"))
                        .build());
        c = casework.verify(
                gridManager,
                Verify.of(c.id())
                        .expectedVersion(c.version())
                        .passed(true)
                        .remarks("现场核查通过")
                        .build());
        c = casework.close(
                center,
                Close.of(c.id())
                        .expectedVersion(c.version())
                        .satisfaction(5)
                        .feedback("处理及时")
                        .build());

        out.printf(
                "%nCase %s: %s, department %s, on time: %s%n",
                c.id(),
                c.state().zhName(),
                c.department().orElseThrow(),
                c.closedOnTime().orElseThrow());
        List<RecordedEvent> history = casework.history(center, c.id());
        for (RecordedEvent event : history) {
            out.printf(
                    "  v%d %s %-22s by %-10s hash %s…%n",
                    event.version(),
                    event.at(),
                    event.event().type(),
                    event.actorId(),
                    event.hash().substring(0, 12));
        }
        out.printf("Audit chain intact: %s%n", CaseAudit.verify(history).intact());
    }
}
