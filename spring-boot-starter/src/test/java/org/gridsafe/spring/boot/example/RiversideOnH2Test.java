package org.gridsafe.spring.boot.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.spring.boot.GridSafeSchedules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application on an H2 file database in a fresh directory, as a host would run it; the
 * context closes after the class, before the directory is deleted.
 */
@SpringBootTest(classes = RiversideApplication.class)
@DirtiesContext
class RiversideOnH2Test {

    static String fileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> fileUrl(data));
    }

    @Autowired
    GridSafe gridSafe;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    HealthEndpoint health;

    @Autowired
    GridSafeSchedules schedules;

    @Autowired
    JdbcGridDirectory directory;

    @Test
    void a_reported_case_reaches_the_database_and_the_health_shows_the_schedules() {
        Case reported = Reports.blockedFireLane(gridSafe, "柳岸社区3号楼消防通道堆放杂物");

        assertThat(reported.id().value()).startsWith("JB");
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM case_event WHERE case_id = ?",
                        Long.class,
                        reported.id().value()))
                .isPositive();
        // The district's own directory, with the calendar of application.yml (a lunch break).
        assertThat(directory.grids().find(RiversideApplication.HARBOUR_COMMUNITY))
                .isPresent();
        assertThat(directory.workCalendar().toString()).contains("12:00");

        schedules.escalateNow();
        SystemHealth system = (SystemHealth) health.health();
        assertThat(system.getStatus()).isEqualTo(Status.UP);
        var component = (org.springframework.boot.actuate.health.Health)
                system.getComponents().get("gridSafe");
        assertThat(component.getStatus()).isEqualTo(Status.UP);
        assertThat(component.getDetails())
                .containsEntry("store", "reachable")
                .containsKeys("outboxPending", "outboxLag", "sinceLastEscalation");
    }

    @Test
    void a_case_survives_a_restart_of_the_application(@TempDir Path restarted) {
        Map<String, Object> props = Map.of("spring.datasource.url", fileUrl(restarted));
        Case reported;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(RiversideApplication.class)
                .properties(props)
                .run()) {
            reported = Reports.blockedFireLane(first.getBean(GridSafe.class), "港湾社区仓库堵塞安全出口");
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(RiversideApplication.class)
                .properties(props)
                .run()) {
            GridSafe again = second.getBean(GridSafe.class);
            assertThat(again.caseQueries().find(reported.id())).hasValueSatisfying(c -> {
                assertThat(c.version()).isEqualTo(reported.version());
                assertThat(c.state()).isEqualTo(reported.state());
            });
            // The first run stopped cleanly: the start-up check had nothing to verify.
            assertThat(second.getBean(org.gridsafe.spring.boot.GridSafeRun.class)
                            .startCheck()
                            .casesChecked())
                    .isZero();
            // Numbers continue: the next case gets another id.
            assertThat(Reports.blockedFireLane(again, "再次巡查发现").id()).isNotEqualTo(reported.id());
        }
    }
}
