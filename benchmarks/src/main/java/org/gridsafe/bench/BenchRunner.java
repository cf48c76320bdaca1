package org.gridsafe.bench;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmark suites and writes {@code results/latest.json} and {@code results/latest.md}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar quick                  # everything, a few minutes
 * java -jar benchmarks/target/benchmarks.jar full                   # the long versions
 * java -jar benchmarks/target/benchmarks.jar smoke                  # tiny, seconds (what CI runs)
 * java -jar benchmarks/target/benchmarks.jar quick --only lookup,memory --out /tmp/r
 * </pre>
 *
 * The plain JMH command line stays available: {@code java -cp benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class BenchRunner {

    /** Every suite, in the order they run. */
    static final List<Suite> SUITES = List.of(
            new LifecycleSuite(),
            new LookupSuite(),
            new MemorySuite(),
            new DurableSuite(),
            new OverdueSuite(),
            new H2DurabilitySuite(),
            new HttpSuite(),
            new CommandCenterSuite());

    /** Measurements of the issue that wait for modules not built yet. */
    static final List<String> PENDING = List.of();

    private BenchRunner() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args[0].startsWith("-")) {
            out.println("usage: java -jar benchmarks.jar smoke|quick|full [--only suite,...] [--out dir]");
            out.println("suites: " + SUITES.stream().map(Suite::name).toList());
            System.exit(2);
        }
        RunMode mode = RunMode.parse(args[0]);
        Set<String> only = new LinkedHashSet<>();
        Path outDir = defaultResults();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--out" -> outDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Results results = run(mode, only, outDir);
        out.println();
        out.println(results.markdown());
        out.println("written: " + outDir.resolve("latest.json") + ", " + outDir.resolve("latest.md"));
    }

    /** Runs the suites of {@code mode} (all, or those named in {@code only}) and writes the results. */
    public static Results run(RunMode mode, Set<String> only, Path outDir) throws Exception {
        Instant started = Instant.now();
        String loadAtStart = Load.describe();
        List<Row> rows = new ArrayList<>();
        for (Suite suite : SUITES) {
            if (only.isEmpty() || only.contains(suite.name())) {
                rows.addAll(suite.run(mode));
            }
        }
        Results results = new Results(
                mode,
                started,
                Duration.between(started, Instant.now()),
                loadAtStart,
                Load.describe(),
                Load.cores(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                rows,
                PENDING);
        Files.createDirectories(outDir);
        results.write(outDir);
        return results;
    }

    /** {@code <benchmarks module>/results}, found from where this class was loaded (jar or classes). */
    static Path defaultResults() throws URISyntaxException {
        Path location = Path.of(BenchRunner.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        // benchmarks/target/benchmarks.jar or benchmarks/target/classes → benchmarks/results
        Path target = location.getParent();
        if (target != null
                && target.getFileName() != null
                && target.getFileName().toString().equals("target")) {
            return target.getParent().resolve("results");
        }
        return Path.of("results");
    }
}
