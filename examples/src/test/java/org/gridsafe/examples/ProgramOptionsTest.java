package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs answer --help without running, and refuse what they do not know. */
class ProgramOptionsTest {

    @TempDir
    Path dir;

    /** What a program printed and returned. */
    record Outcome(int status, String out, String err) {}

    interface Main {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    static Outcome call(Main main, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final Main SIMULATION = SimulationMain::run;
    static final Main TOUR = (args, out, err) -> DemoTour.OPTIONS.run(args, out, err, o -> DemoTour.tour(out));
    static final Main EMBEDDING =
            (args, out, err) -> EmbeddingExample.OPTIONS.run(args, out, err, o -> EmbeddingExample.run(out));

    @Test
    void simulation_help_prints_the_options_and_simulates_nothing() throws Exception {
        Path report = dir.resolve("report.html");
        for (String help : new String[] {"--help", "-h"}) {
            Outcome o = call(SIMULATION, "--out", report.toString(), help);
            assertThat(o.status()).isZero();
            assertThat(o.out())
                    .startsWith("usage: ")
                    .contains("--days N", "--seed N", "--out FILE", "--help")
                    .doesNotContain("day 1/", "cases in");
            assertThat(o.err()).isEmpty();
        }
        assertThat(report).doesNotExist();
    }

    @Test
    void simulation_refuses_unknown_options_and_bad_values_naming_them() throws Exception {
        Path report = dir.resolve("report.html");
        String out = report.toString();
        assertRefused(call(SIMULATION, "--out", out, "--dyas", "3"), "unknown option '--dyas'");
        assertRefused(call(SIMULATION, "--out", out, "90"), "unknown option '90'");
        assertRefused(call(SIMULATION, "--out", out, "--days"), "--days needs a value");
        assertRefused(call(SIMULATION, "--out", out, "--days", "ninety"), "--days takes a whole number, not 'ninety'");
        assertRefused(call(SIMULATION, "--out", out, "--days", "0"), "--days: days must be 1 to 3660, was 0");
        assertRefused(call(SIMULATION, "--out", out, "--seed", "1.5"), "--seed takes a whole number, not '1.5'");
        assertRefused(call(SIMULATION, "--out", out, "--days", "1", "--days", "2"), "--days is given twice");
        assertRefused(
                call(SIMULATION, "--out", out, "--plan-frequency", "DAILY"),
                "--plan-frequency: must be WEEKLY, MONTHLY, QUARTERLY or YEARLY, was DAILY");
        assertRefused(
                call(SIMULATION, "--out", out, "--staff-per-grid", "51"),
                "--staff-per-grid: staff per grid must be 0 to 50, was 51");
        assertRefused(
                call(SIMULATION, "--out", out, "--compare-staff", "1,two"),
                "--compare-staff: staff counts 0 to 50 separated by commas, or none; was 1,two");
        assertThat(report).as("nothing ran").doesNotExist();
    }

    @Test
    void simulation_runs_with_its_options() throws Exception {
        Path report = dir.resolve("one-day.html");
        Outcome o = call(SIMULATION, "--days", "1", "--seed", "7", "--out", report.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("day 1/1").contains("report written to");
        assertThat(Files.readString(report)).contains("<html");
        // The default comparison: one and two patrolling staff per micro-grid, same seed.
        assertThat(o.out())
                .contains("comparison run: 2 patrolling staff per micro-grid", "coverage", "72.5%", "100.0%");
        assertThat(Files.readString(report)).contains("巡查覆盖与隐患发现");
    }

    @Test
    void the_tour_and_the_embedding_example_answer_help_and_take_no_options() throws Exception {
        for (Main main : new Main[] {TOUR, EMBEDDING}) {
            Outcome help = call(main, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out())
                    .startsWith("usage: ")
                    .contains("Takes no options")
                    .doesNotContain("v1 ");
            assertRefused(call(main, "--port", "8080"), "unknown option '--port'");
        }
        Outcome tour = call(TOUR);
        assertThat(tour.status()).isZero();
        assertThat(tour.out()).contains("Audit chain intact: true");
    }

    private static void assertRefused(Outcome o, String why) {
        assertThat(o.status()).as(o.toString()).isEqualTo(ProgramOptions.USAGE_ERROR);
        assertThat(o.err()).contains(why).contains("usage: ");
        assertThat(o.out()).isEmpty();
    }
}
