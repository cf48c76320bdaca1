package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridsafe.grid.Grid;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.Ranked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictSimulationTest {

    private static final GridDirectory DIRECTORY = DemoDistrict.directory();
    private static final SimulationConfig TWO_WEEKS =
            SimulationConfig.defaults().withDays(14);

    @Test
    void aShortRunWritesAReportWhoseNumbersMatchTheStatisticsApi(@TempDir Path dir) throws Exception {
        SimulationResult result = DistrictSimulation.run(TWO_WEEKS, DIRECTORY, day -> {});

        assertThat(result.days()).hasSize(14);
        assertThat(result.district().reported()).isGreaterThan(300);
        assertThat(result.district().closed()).isPositive();
        assertThat(result.refusedCommands())
                .as("the simulation only plans commands the loop accepts")
                .isZero();
        for (Ranked<Grid> street : result.streets()) {
            CaseIndicators fromApi = result.gridSafe()
                    .statistics()
                    .indicators(CaseScope.all().withinGrid(street.subject().code()), result.period(), result.end());
            assertThat(street.indicators()).isEqualTo(fromApi);
        }
        long streetsReported = result.streets().stream()
                .mapToLong(s -> s.indicators().reported())
                .sum();
        assertThat(streetsReported).isEqualTo(result.district().reported());

        Path report = dir.resolve("report.html");
        SimulationReport.writeHtml(result, DIRECTORY.grids(), report);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<svg", "<polyline", "<rect", "金桥街道");
        for (Ranked<Grid> street : result.streets()) {
            assertThat(html).contains(street.indicators().closureRate().percent());
        }
        assertThat(SimulationReport.streetTable(result))
                .contains("全区")
                .contains(result.district().onTimeRate().percent());
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        SimulationConfig shortRun = SimulationConfig.defaults().withDays(5);
        SimulationResult first = DistrictSimulation.run(shortRun, DIRECTORY, day -> {});
        SimulationResult second = DistrictSimulation.run(shortRun, DIRECTORY, day -> {});
        assertThat(second.district()).isEqualTo(first.district());
        assertThat(second.openByMicroGrid()).isEqualTo(first.openByMicroGrid());

        SimulationResult other = DistrictSimulation.run(shortRun.withSeed(7), DIRECTORY, day -> {});
        assertThat(other.district()).isNotEqualTo(first.district());
    }
}
