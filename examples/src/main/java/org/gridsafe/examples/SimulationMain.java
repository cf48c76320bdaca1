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
 * [--seed 20261129] [--staff-per-grid 1] [--plan-frequency MONTHLY] [--compare-staff 1,2]
 * [--out gridsafe-simulation.html]}; {@code --help} prints the options.
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
                            "--out", "FILE", "where to write the HTML report (default gridsafe-simulation.html)"),
                    new ProgramOptions.Option(
                            "--staff-per-grid",
                            "N",
                            "patrolling staff per micro-grid (default "
                                    + PatrolModel.defaults().staffPerGrid() + ")"),
                    new ProgramOptions.Option(
                            "--plan-frequency",
                            "F",
                            "how often the patrol plan asks every entity to be visited: WEEKLY, MONTHLY,"
                                    + " QUARTERLY or YEARLY (default "
                                    + PatrolModel.defaults().frequency() + ")"),
                    new ProgramOptions.Option(
                            "--compare-staff",
                            "N,M",
                            "also run these staff counts per micro-grid with the same seed and print what"
                                    + " patrols found and closed in each (default 1,2; none: no comparison)")));

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
            PatrolModel model;
            try {
                model = PatrolModel.defaults()
                        .withStaffPerGrid(options.integer(
                                "--staff-per-grid", PatrolModel.defaults().staffPerGrid()));
            } catch (IllegalArgumentException e) {
                throw ProgramOptions.Values.refuse("--staff-per-grid: " + e.getMessage());
            }
            String frequency =
                    options.text("--plan-frequency").orElse(model.frequency().name());
            try {
                model = model.withFrequency(
                        org.gridsafe.patrol.PatrolFrequency.valueOf(frequency.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProgramOptions.Values.refuse(
                        "--plan-frequency: must be WEEKLY, MONTHLY, QUARTERLY or YEARLY, was " + frequency);
            }
            List<Integer> compare = new java.util.ArrayList<>();
            String staffList = options.text("--compare-staff").orElse("1,2");
            if (!staffList.equalsIgnoreCase("none")) {
                for (String part : staffList.split(",")) {
                    try {
                        compare.add(model.withStaffPerGrid(Integer.parseInt(part.strip()))
                                .staffPerGrid());
                    } catch (IllegalArgumentException e) {
                        throw ProgramOptions.Values.refuse(
                                "--compare-staff: staff counts 0 to 50 separated by commas, or none; was " + staffList);
                    }
                }
            }
            Path report = Path.of(options.text("--out").orElse("gridsafe-simulation.html"));
            simulate(config.withPatrols(model), compare, report, out);
        });
    }

    private static void simulate(SimulationConfig config, List<Integer> compare, Path report, PrintStream out)
            throws IOException {
        GridDirectory directory = DemoDistrict.directory();
        int days = config.days();
        long started = System.nanoTime();
        SimulationResult result = DistrictSimulation.run(config, directory, day -> {
            int done = 40 * day / days;
            out.print("\r[" + "#".repeat(done) + " ".repeat(40 - done) + "] day " + day + "/" + days);
        });
        out.println();
        out.print(SimulationReport.streetTable(result));
        // The same seed and days with other staffing: the patrol model's comparison.
        List<SimulationResult> others = new java.util.ArrayList<>();
        PatrolModel model = config.patrols().orElseThrow();
        for (int staff : compare) {
            if (staff != model.staffPerGrid()) {
                out.println("comparison run: " + staff + " patrolling staff per micro-grid");
                others.add(DistrictSimulation.run(
                        config.withPatrols(model.withStaffPerGrid(staff)), directory, day -> {}));
            }
        }
        List<SimulationResult> all = new java.util.ArrayList<>();
        all.add(result);
        all.addAll(others);
        out.print(SimulationReport.patrolComparison(all));
        SimulationReport.writeHtml(result, directory.grids(), report, others);
        out.printf(
                "%d cases in %.1f s; report written to %s%n",
                result.district().reported(), (System.nanoTime() - started) / 1e9, report.toAbsolutePath());
    }
}
