package org.gridsafe.spring.boot.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.spring.boot.GridSafeHealthIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application on a real PostgreSQL the test starts itself, with GridSafe's tables in a
 * schema of their own beside the host's. The context is closed after each test, before the
 * database stops.
 */
@SpringBootTest(classes = RiversideApplication.class, properties = "gridsafe.schema=gridsafe")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RiversideOnPostgresTest {

    private static EmbeddedPostgres postgres;

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            postgres = start();
        }
        return postgres;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Autowired
    GridSafe gridSafe;

    @Autowired
    JdbcTemplate sql;

    @Test
    void a_reported_case_is_stored_in_gridsafes_schema_and_survives_a_restart() {
        sql.execute(
                "CREATE TABLE IF NOT EXISTS public.outbox (host_column INTEGER)"); // the host's own table of that name
        Case reported = Reports.blockedFireLane(gridSafe, "港湾社区农贸市场消防通道堵塞");
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM gridsafe.case_view WHERE case_id = ?",
                        Long.class,
                        reported.id().value()))
                .isEqualTo(1L);
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
                                + " AND table_name = 'case_view'",
                        Long.class))
                .isZero();

        Map<String, Object> props = Map.of(
                "spring.datasource.url", postgres().getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "gridsafe.schema", "gridsafe");
        // A host application started, used and stopped, then started again on the same database.
        Case beforeRestart;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(RiversideApplication.class)
                .properties(props)
                .run()) {
            beforeRestart = Reports.blockedFireLane(first.getBean(GridSafe.class), "重启之前上报");
        }
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RiversideApplication.class)
                .properties(props)
                .run()) {
            GridSafe again = restarted.getBean(GridSafe.class);
            assertThat(again.caseQueries().find(beforeRestart.id()))
                    .hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(beforeRestart.version()));
            assertThat(again.caseQueries().find(reported.id())).isPresent();
            // Ids are never issued twice across restarts.
            assertThat(Reports.blockedFireLane(again, "重启之后上报").id()).isNotEqualTo(beforeRestart.id());
        }
    }

    @Test
    void the_health_indicator_goes_down_with_a_reason_when_the_database_stops() throws IOException {
        EmbeddedPostgres own = start();
        boolean stopped = false;
        Map<String, Object> props = Map.of(
                "spring.datasource.url",
                own.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username",
                "postgres");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RiversideApplication.class)
                .properties(props)
                .run()) {
            GridSafeHealthIndicator indicator = context.getBean(GridSafeHealthIndicator.class);
            Reports.blockedFireLane(context.getBean(GridSafe.class), "停库之前上报");
            Health up = indicator.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("store", "reachable").containsKey("outboxLag");

            own.close();
            stopped = true;

            Health down = indicator.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails())
                    .containsEntry("store", "unreachable")
                    .containsEntry("reason", "the database does not answer");
        } finally {
            if (!stopped) {
                own.close();
            }
        }
    }
}
