package org.gridsafe.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** How long and how big: smoke (CI, seconds), quick (minutes), full (the long versions). */
public enum RunMode {
    /** Tiny sizes, in-process JMH, one short iteration: proves everything still compiles and runs. */
    SMOKE(0, 0, 1, TimeValue.milliseconds(200), List.of("1000", "10000"), 1_000, 2_000, 1),
    /**
     * A quick pass of everything: one fork, 12 warm-up and 3 measured iterations of 1 s. On two
     * cores the C2 compiler competes with two benchmark threads: the lifecycle at 2 threads was
     * still climbing after 10 s (1.8k → 55k lifecycles/s), so 4 warm-up seconds measured the JIT.
     */
    QUICK(1, 12, 3, TimeValue.seconds(1), List.of("1000", "10000", "100000"), 100_000, 100_000, 3),
    /** The long version: three forks, 10 warm-up and 10 measured iterations of 2 s. */
    FULL(3, 10, 10, TimeValue.seconds(2), List.of("1000", "10000", "100000"), 100_000, 500_000, 7);

    final int forks;
    final int warmups;
    final int iterations;
    final TimeValue iterationTime;
    final List<String> gridSizes;
    final int memoryGrids;
    final int openCases;
    final int memoryRepetitions;

    RunMode(
            int forks,
            int warmups,
            int iterations,
            TimeValue iterationTime,
            List<String> gridSizes,
            int memoryGrids,
            int openCases,
            int memoryRepetitions) {
        this.forks = forks;
        this.warmups = warmups;
        this.iterations = iterations;
        this.iterationTime = iterationTime;
        this.gridSizes = gridSizes;
        this.memoryGrids = memoryGrids;
        this.openCases = openCases;
        this.memoryRepetitions = memoryRepetitions;
    }

    /** JMH options for this mode (include pattern and threads are added by the suite). */
    ChainedOptionsBuilder jmh() {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(iterationTime)
                .measurementIterations(iterations)
                .measurementTime(iterationTime)
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(true);
        if (forks > 0) {
            options = options.jvmArgsAppend("-Xms1g", "-Xmx1g");
        } else {
            // In-process (the smoke test): keep the build log short; the table says it all.
            options = options.verbosity(VerboseMode.SILENT);
        }
        return options;
    }

    /** The mode named on the command line. */
    static RunMode parse(String name) {
        return RunMode.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
