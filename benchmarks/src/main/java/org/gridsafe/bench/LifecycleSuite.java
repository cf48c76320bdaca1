package org.gridsafe.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue item 1: a case through all six steps, in memory, GridSafe vs Flowable 7.1.0 on an
 * in-memory H2, 1 and 2 threads, side by side in the same run. Target: GridSafe ≥ 1,000× Flowable.
 */
final class LifecycleSuite implements Suite {

    static final double TARGET = 1_000;

    @Override
    public String name() {
        return "lifecycle";
    }

    @Override
    public List<Row> run(RunMode mode) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            Jmh.Score gridsafe = Jmh.run(
                            mode, threads, Map.of(), Jmh.name(GridSafeLifecycleBenchmark.class, "lifecycle"))
                    .get("lifecycle");
            double loadGridSafe = Load.oneMinute();
            Jmh.Score flowable = Jmh.run(
                            mode, threads, Map.of(), Jmh.name(FlowableLifecycleBenchmark.class, "lifecycle"))
                    .get("lifecycle");
            double ratio = gridsafe.value() / flowable.value();
            rows.add(new Row(
                    name(),
                    "case lifecycle, six steps, in memory (" + threads + (threads == 1 ? " thread)" : " threads)"),
                    threads + (threads == 1 ? " thread" : " threads"),
                    gridsafe.value(),
                    "lifecycles/s",
                    Optional.of("Flowable 7.1.0, H2 in memory, history audit"),
                    Optional.of(flowable.value()),
                    Optional.of(ratio),
                    "≥ 1000×",
                    Optional.of(ratio >= TARGET),
                    Math.max(loadGridSafe, Load.oneMinute()),
                    "GridSafe " + gridsafe.plusMinus() + ", Flowable " + flowable.plusMinus()
                            + "; Flowable lifecycle = start + 6 × (query, claim, complete)"));
        }
        return rows;
    }
}
