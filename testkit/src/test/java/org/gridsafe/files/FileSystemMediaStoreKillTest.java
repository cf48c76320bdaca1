package org.gridsafe.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a child JVM that is writing files in a loop, three times at different moments,
 * and reopens the store each time: every acknowledged file reads back whole, and every object on
 * disk is complete (its bytes hash to its name), so a put cut off midway left nothing but a
 * temporary file, which the open clears.
 */
class FileSystemMediaStoreKillTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedFilesSurviveAKillAndNoPartialWriteBecomesAnObject() throws Exception {
        Path root = dir.resolve("media");
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            acknowledged.addAll(runAndKill(root, 5 + round * 7));
            FileSystemMediaStore reopened = FileSystemMediaStore.open(root, MediaLimits.defaults());
            assertThat(reopened.partFiles()).isEmpty();
            for (String hex : acknowledged) {
                MediaHash hash = MediaHash.parse(hex);
                assertThat(reopened.read(hash)).as("acknowledged %s", hex).isPresent();
            }
            try (Stream<Path> objects = Files.walk(root.resolve("objects"))) {
                for (Path object : objects.filter(Files::isRegularFile).toList()) {
                    // read() checks the bytes against the name and throws if they differ.
                    assertThat(reopened.read(
                                    MediaHash.parse(object.getFileName().toString())))
                            .isPresent();
                }
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5 + 12 + 19);
    }

    /** Starts the writer, waits for {@code acknowledgements} lines, kills it at once, returns what it acknowledged. */
    private static List<String> runAndKill(Path root, int acknowledgements) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        FileSystemMediaStoreWriter.class.getName(),
                        root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (seen.size() < acknowledgements && (line = lines.readLine()) != null) {
                seen.add(line.strip());
            }
            // SIGKILL on Unix: no shutdown hooks, no flushing; the writer is mid-put by now. What it
            // printed after the last line read is acknowledged too but not checked (the stream closes).
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(seen)
                .as("the writer must have acknowledged files before it was killed")
                .hasSizeGreaterThanOrEqualTo(acknowledgements);
        return seen;
    }
}
