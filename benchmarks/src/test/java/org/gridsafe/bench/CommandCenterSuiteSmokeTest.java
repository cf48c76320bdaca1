package org.gridsafe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command-center suite alone in smoke mode: it serves both districts, reads the map, a drill and
 * the queue over real HTTP (its own checks: every child with a boundary, the queue holding every
 * case), and writes its nine rows. It never checks how fast anything is.
 */
class CommandCenterSuiteSmokeTest {

    @Test
    void theCommandCenterSuiteRunsInSmokeMode() throws Exception {
        Path out = Path.of("target/smoke-results-command");

        BenchRunner.run(RunMode.SMOKE, Set.of("command"), out);

        JsonNode rows = new ObjectMapper()
                .readTree(Files.readString(out.resolve("latest.json")))
                .get("rows");
        assertThat(rows).hasSize(15);
        for (JsonNode row : rows) {
            assertThat(row.get("suite").asText()).isEqualTo("command");
            assertThat(row.get("gridsafe").asDouble())
                    .as(row.get("what").asText())
                    .isFinite()
                    .isPositive();
        }
        assertThat(rows.get(2).get("target").asText()).isEqualTo("≤ 3×");
        assertThat(rows.get(2).get("met").isBoolean()).isTrue();
    }
}
