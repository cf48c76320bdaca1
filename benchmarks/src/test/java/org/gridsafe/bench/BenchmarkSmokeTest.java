package org.gridsafe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every suite in smoke mode (tiny sizes, in-process JMH, Flowable included) so the benchmarks
 * keep compiling and running. It checks that each result is there and is a finite positive number;
 * it never checks how fast anything is (benchmarks are programs, not timed tests).
 */
class BenchmarkSmokeTest {

    @Test
    void everySuiteRunsAndWritesFinitePositiveFigures() throws Exception {
        Path out = Path.of(System.getProperty("gridsafe.bench.smoke.out", "target/smoke-results"));

        BenchRunner.run(RunMode.SMOKE, Set.of(), out);

        JsonNode results = new ObjectMapper().readTree(Files.readString(out.resolve("latest.json")));
        assertThat(results.get("mode").asText()).isEqualTo("smoke");
        Set<String> suites = new HashSet<>();
        for (JsonNode row : results.get("rows")) {
            suites.add(row.get("suite").asText());
            String label = row.get("what").asText() + " @ " + row.get("size").asText();
            assertThat(row.get("gridsafe").asDouble()).as(label).isFinite().isPositive();
            assertThat(row.get("load1").isNumber()).as(label).isTrue();
            if (!row.get("peer").isNull()) {
                assertThat(row.get("peer").asDouble())
                        .as(label + " peer")
                        .isFinite()
                        .isPositive();
                assertThat(row.get("ratio").asDouble())
                        .as(label + " ratio")
                        .isFinite()
                        .isPositive();
            }
            assertThat(row.get("target").asText()).as(label).isNotBlank();
        }
        assertThat(suites)
                .containsExactlyInAnyOrder(
                        "lifecycle", "lookup", "memory", "durable", "overdue", "h2durability", "http", "command");
        // 2 lifecycle rows (1 and 2 threads), 2 lookup sizes + growth, tree + locator + open cases,
        // durable (3 rows for its one smoke thread count + round trips + rows written), overdue (2
        // sizes + growth, PostgreSQL and H2), H2 durability (intake and lifecycle), HTTP (throughput,
        // p50, p99 for report and read), command center (in Chromium: map and queue at two sizes,
        // each with its growth; over HTTP: map, drill and queue at two sizes, each with its growth).
        assertThat(results.get("rows")).hasSize(2 + 3 + 3 + 5 + 6 + 2 + 6 + 6 + 9);
        assertThat(results.get("pending")).isEmpty();
        assertThat(Files.readString(out.resolve("latest.md"))).contains("| what | size | GridSafe |");
    }
}
