package org.gridsafe.bench;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.GridDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One case through all six steps with the in-memory store, through {@link Casework}: report →
 * register → dispatch → submit rectification → verify (pass) → close, each command validated,
 * access-checked, hash-chained and appended, as an embedding host would run it. The district is
 * the 1k-micro-grid lattice with staff; reports go round-robin over its micro-grids.
 *
 * <p>Closed cases stay in the store, as they would in a host; to keep the heap bounded over long
 * runs the benchmark starts a fresh {@link GridSafe} (fresh store, same directory) every
 * {@value #CASES_PER_STORE} lifecycles. That costs one decider build (a locator over 1,111 grids,
 * a few ms) per {@value #CASES_PER_STORE} lifecycles, included in the figure.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GridSafeLifecycleBenchmark {

    static final int CASES_PER_STORE = 20_000;

    /** Shared by all benchmark threads: they contend on one store, as a host's threads would. */
    @State(Scope.Benchmark)
    public static class Loop {
        GridDirectory directory;
        Step[] steps;
        final AtomicLong lifecycles = new AtomicLong();
        volatile Casework casework;

        @Setup(Level.Trial)
        public void setUp() {
            GridTree tree = SizedDistrict.of(1_000, true).tree();
            directory = SizedDistrict.directory(tree);
            List<GridCode> micro = SizedDistrict.microGrids(tree);
            steps = new Step[micro.size()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = Step.of(micro.get(i));
            }
            casework = fresh();
            // Fail fast (and in the smoke test) if the loop does not end where it should.
            Case c = run(casework, steps[0]);
            if (c.state() != CaseState.CLOSED) {
                throw new IllegalStateException("lifecycle ended in " + c.state());
            }
        }

        Casework fresh() {
            return GridSafe.builder().directory(directory).build().casework();
        }

        Casework casework() {
            if (lifecycles.incrementAndGet() % CASES_PER_STORE == 0) {
                casework = fresh();
            }
            return casework;
        }
    }

    /** Each thread walks its own offset through the micro-grids. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 7919);
        }
    }

    /** The actors and the report for one micro-grid, built once. */
    record Step(Actor gridStaff, Actor commandCenter, Actor officer, Report report) {
        static Step of(GridCode micro) {
            GridCode street = micro.parent().orElseThrow().parent().orElseThrow();
            return new Step(
                    Actor.gridStaff(micro + "-grid-manager", "李网格", micro),
                    Actor.commandCenter("cc-" + street, "街道指挥中心", street),
                    Actor.departmentOfficer("fire-1", "消防监督员", SizedDistrict.FIRE_BRIGADE),
                    Report.builder()
                            .source(CaseSource.GRID_PATROL)
                            .grid(micro)
                            .domain(SafetyDomain.FIRE)
                            .hazard(HazardCode.parse("2102"))
                            .grade(HazardGrade.GENERAL)
                            .description("消防通道堆放杂物")
                            .build());
        }
    }

    static Case run(Casework casework, Step s) {
        Case c = casework.report(s.gridStaff(), s.report());
        c = casework.register(
                s.commandCenter(),
                Register.of(c.id()).expectedVersion(c.version()).build());
        c = casework.dispatch(
                s.commandCenter(),
                Dispatch.of(c.id()).expectedVersion(c.version()).build());
        c = casework.submitRectification(
                s.officer(),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("杂物已清理")
                        .attachments(List.of("photo:42"))
                        .build());
        c = casework.verify(
                s.gridStaff(),
                Verify.of(c.id())
                        .expectedVersion(c.version())
                        .passed(true)
                        .remarks("核查通过")
                        .build());
        return casework.close(
                s.commandCenter(),
                Close.of(c.id()).expectedVersion(c.version()).satisfaction(5).build());
    }

    @Benchmark
    public Case lifecycle(Loop loop, Cursor cursor) {
        Step s = loop.steps[Math.floorMod(cursor.next++, loop.steps.length)];
        return run(loop.casework(), s);
    }

    private static OptionalLong version(Case c) {
        return OptionalLong.of(c.version());
    }
}
