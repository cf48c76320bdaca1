package org.gridsafe.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gridsafe.port.GridDirectory;

/**
 * Runs the district simulation over the demo district and writes its HTML report:
 * {@code java -cp examples/target/gridsafe-demo.jar org.gridsafe.examples.SimulationMain [--days 90]
 * [--seed 20261129] [--out gridsafe-simulation.html]}.
 */
public final class SimulationMain {

    private SimulationMain() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SimulationConfig config = SimulationConfig.defaults();
        Path report = Path.of("gridsafe-simulation.html");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--days" -> config = config.withDays(Integer.parseInt(args[i + 1]));
                case "--seed" -> config = config.withSeed(Long.parseLong(args[i + 1]));
                case "--out" -> report = Path.of(args[i + 1]);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i] + "; use --days, --seed or --out");
            }
        }
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
