package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the packaged demo server starts, or refuses to: {@code --help}, unknown options, a data
 * directory it cannot use, and a damaged log found by the start-up check after a crash. Each
 * refusal is a non-zero exit and one line saying what is wrong and where.
 */
class DemoServerStartIT {

    private static final Path JAR = Path.of(System.getProperty("gridsafe.demo.jar", "target/gridsafe-demo.jar"));

    @TempDir
    Path dir;

    record Exit(int code, String stdout, String stderr) {}

    @Test
    void helpPrintsTheOptionsAndUnknownOptionsAreRefused() throws Exception {
        Exit help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.stdout()).contains("--port N", "--data DIR", "--db-url URL", "--check-all");

        Exit unknown = run("--verbose");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.stderr().strip()).isEqualTo("unknown option --verbose; run with --help for the options");

        Exit missing = run("--port");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.stderr().strip()).isEqualTo("--port needs a value; run with --help for the options");
    }

    @Test
    void aFileWhereTheDataDirectoryShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a directory");
        Exit exit = run("--port", "0", "--data", file.toString());
        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.stderr().strip())
                .isEqualTo("GridSafe cannot start: the data directory " + file
                        + " is not a directory (a file is in its place)");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        // Under /proc nothing can be created, not even by root (the tests may run as root, for
        // whom permission bits alone stop nothing).
        Exit exit = run("--port", "0", "--data", "/proc/gridsafe-data");
        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.stderr().strip())
                .startsWith("GridSafe cannot start: cannot create the data directory /proc/gridsafe-data: ");
        assertThat(exit.stderr().strip().lines()).hasSize(1);
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsNamed() throws Exception {
        // /proc/1 exists and is a directory, but no file can be made in it, not even by root.
        Exit exit = run("--port", "0", "--data", "/proc/1");
        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.stderr().strip())
                .startsWith("GridSafe cannot start: cannot write in the data directory /proc/1: ");
        assertThat(exit.stderr().strip().lines()).hasSize(1);
    }

    @Test
    void aLogDamagedBeforeACrashStopsTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Process server = start("--port", "0", "--data", data.toString());
        String id;
        try {
            int port = awaitPort(server);
            HttpResponse<String> reported = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                                    .header("Authorization", "Bearer demo-grid-staff")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"GRID_PATROL\","
                                            + "\"location\":{\"lon\":120.003,\"lat\":31.395},\"domain\":\"FIRE\","
                                            + "\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"安全出口上锁\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
            Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(reported.body());
            assertThat(m.find()).isTrue();
            id = m.group(1);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String url = "jdbc:h2:file:" + data.resolve("gridsafe") + ";WRITE_DELAY=0";
        org.gridsafe.jdbc.H2CrashRecovery.beforeOpening(url); // as the server does after a crash
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE case_event SET payload = REPLACE(payload, '安全出口上锁', '安全出口畅通') WHERE case_id = ?")) {
            ps.setString(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        Exit refused = run("--port", "0", "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        // The check covers every case written since the last clean stop: the demo's month of patrol
        // history is written at the first start too, so the count checked is not 1.
        assertThat(refused.stderr().strip())
                .matches(
                        "(?s)GridSafe cannot start: the stored cases are damaged \\(1 damaged among \\d+ checked\\): case "
                                + Pattern.quote(id) + ": the hash chain is broken at version 1 .*")
                .endsWith("refusing to serve: restore the database from a backup");
    }

    private static Process start(String... args) throws IOException {
        assertThat(JAR).as("the packaged demo server (mvn package builds it)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static int awaitPort(Process server) throws IOException {
        var in = new java.io.BufferedReader(
                new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("GridSafe listening on http://127\\.0\\.0\\.1:(\\d+)");
        String line;
        while ((line = in.readLine()) != null) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                // Keep draining the output so the child never blocks on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        in.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // The process was killed.
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the demo server exited before listening");
    }

    /** Runs the jar to its exit (a refusal comes within seconds; 120 s bounds a hang). */
    private static Exit run(String... args) throws Exception {
        Process p = start(args);
        var stdout = p.getInputStream().readAllBytes();
        var stderr = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the server exits").isTrue();
        return new Exit(
                p.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
