package org.gridsafe.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gridsafe.port.GridDirectory;

/**
 * Runs the district simulation over the demo district and writes its HTML report:
 * {@code java -cp examples/target/gridsafe-demo.jar org.gridsafe.examples.SimulationMain [--days 90]
 * [--seed 20261129] [--out gridsafe-simulation.html]}; {@code --help} prints the options.
 */
public final class SimulationMain {

    static final ProgramOptions OPTIONS = new ProgramOptions(
            "java -cp gridsafe-demo.jar org.gridsafe.examples.SimulationMain",
            "Simulates the demo district at work (patrols, self-reports, citizen reports, the six-step loop)"
                    + " and writes an HTML report of its indicators.",
            List.of(
                    new ProgramOptions.Option(
                            "--days",
                            "N",
                            "days to simulate (default "
                                    + SimulationConfig.defaults().days() + ")"),
                    new ProgramOptions.Option(
                            "--seed",
                            "N",
                            "random seed; the same seed gives the same run (default "
                                    + SimulationConfig.defaults().seed() + ")"),
                    new ProgramOptions.Option(
                            "--out", "FILE", "where to write the HTML report (default gridsafe-simulation.html)")));

    private SimulationMain() {}

    public static void main(String[] args) throws Exception {
        int status = run(
                args,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the program; returns its exit status (see {@link ProgramOptions#run}). */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        return OPTIONS.run(args, out, err, options -> {
            int days = options.integer("--days", SimulationConfig.defaults().days());
            SimulationConfig config;
            try {
                config = SimulationConfig.defaults()
                        .withDays(days)
                        .withSeed(options.longInteger(
                                "--seed", SimulationConfig.defaults().seed()));
            } catch (IllegalArgumentException e) { // the config's own range check, e.g. days 1 to 3660
                throw ProgramOptions.Values.refuse("--days: " + e.getMessage());
            }
            Path report = Path.of(options.text("--out").orElse("gridsafe-simulation.html"));
            simulate(config, report, out);
        });
    }

    private static void simulate(SimulationConfig config, Path report, PrintStream out) throws IOException {
        GridDirectory directory = DemoDistrict.directory();
        int days = config.days();
        long started = System.nanoTime();
        SimulationResult result = DistrictSimulation.run(config, directory, day -> {
            int done = 40 * day / days;
            out.print("\r[" + "#".repeat(done) + " ".repeat(40 - done) + "] day " + day + "/" + days);
        });
        out.println();
        out.print(SimulationReport.streetTable(result));
        SimulationReport.writeHtml(result, directory.grids(), report);
        out.printf(
                "%d cases in %.1f s; report written to %s%n",
                result.district().reported(), (System.nanoTime() - started) / 1e9, report.toAbsolutePath());
    }
}
