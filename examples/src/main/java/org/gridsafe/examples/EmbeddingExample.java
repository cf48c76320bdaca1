package org.gridsafe.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
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
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;

/**
 * Embedding GridSafe in plain Java with only {@code gridsafe-core}: a tiny grid tree, a duty
 * matrix, one case through all six steps, and its audit trail. This is the README's example, whole.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    static final ProgramOptions OPTIONS = new ProgramOptions(
            "java -cp gridsafe-demo.jar org.gridsafe.examples.EmbeddingExample",
            "Runs one fire hazard through the six steps in memory with only gridsafe-core and prints its audit trail. Takes no options.",
            List.of());

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status =
                OPTIONS.run(args, out, new PrintStream(System.err, true, StandardCharsets.UTF_8), options -> run(out));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the example, printing to {@code out}; returns the case's event log. */
    static List<RecordedEvent> run(PrintStream out) {

        // 1. The territory: a district, a street, a community (codes tell their own level and parent).
        GridCode community = GridCode.parse("320599001001");
        GridTree grids = GridTree.of(List.of(
                Grid.builder().code("320599").name("示范区").build(),
                Grid.builder().code("320599001").name("金桥街道").build(),
                Grid.builder().code(community).name("金桥社区").build()));

        // 2. Who handles what: fire hazards go to the fire brigade.
        DepartmentId fire = DepartmentId.of("fire");
        DutyMatrix duties = DutyMatrix.builder()
                .department(new Department(fire, "消防救援大队", "Fire brigade", Set.of(SafetyDomain.FIRE)))
                .rule(DutyRule.of(SafetyDomain.FIRE, fire))
                .build();

        // 3. Wire it: reference data is the only required part; the store defaults to memory.
        GridSafe gridSafe = GridSafe.builder()
                .directory(new InMemoryGridDirectory(
                        grids, duties, TimeLimits.defaults(), WorkCalendar.chinaMainland2026()))
                .build();
        Casework casework = gridSafe.casework();

        // 4. The people: each acts only where the access policy lets them.
        Actor gridManager = Actor.gridStaff("u-1", "李网格", community);
        Actor commandCenter = Actor.commandCenter("cc-1", "金桥街道指挥中心", GridCode.parse("320599001"));
        Actor fireOfficer = Actor.departmentOfficer("f-1", "消防监督员", fire);

        // 5. The six steps. Each command names the version it acted on, as a PDA would (If-Match).
        Case c = casework.report(
                gridManager,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(community)
                        .domain(SafetyDomain.FIRE)
                        .hazard(HazardCode.parse("2102"))
                        .grade(HazardGrade.GENERAL)
                        .description("消防通道堆放杂物")
                        .build());
        c = casework.register(
                commandCenter, Register.of(c.id()).expectedVersion(c.version()).build());
        c = casework.dispatch(
                commandCenter, Dispatch.of(c.id()).expectedVersion(c.version()).build());
        c = casework.submitRectification(
                fireOfficer,
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("杂物已清理")
                        .attachments(List.of("photo:42"))
                        .build());
        c = casework.verify(
                gridManager,
                Verify.of(c.id())
                        .expectedVersion(c.version())
                        .passed(true)
                        .remarks("核查通过")
                        .build());
        c = casework.close(
                commandCenter,
                Close.of(c.id()).expectedVersion(c.version()).satisfaction(5).build());

        // 6. The audit trail: every event chained to the one before by its SHA-256.
        out.println("case " + c.id() + " is " + c.state().zhName() + " ("
                + c.state().enName() + ")");
        List<RecordedEvent> log = casework.history(commandCenter, c.id());
        for (RecordedEvent e : log) {
            out.println("  v" + e.version() + " " + e.event().type() + " by " + e.actorId());
        }
        out.println("audit chain intact: " + CaseAudit.verify(log).intact());
        return log;
    }

    private static OptionalLong version(Case c) {
        return OptionalLong.of(c.version());
    }
}
