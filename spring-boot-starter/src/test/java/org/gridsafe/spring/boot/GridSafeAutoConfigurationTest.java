package org.gridsafe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.Notification;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.jdbc.OutboxRelay;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.Notifier;
import org.gridsafe.spring.boot.example.Reports;
import org.gridsafe.spring.boot.example.RiversideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.threeten.extra.MutableClock;

/** The starter's conditions and properties, each on a fresh in-memory H2 database. */
class GridSafeAutoConfigurationTest {

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, GridSafeAutoConfiguration.class))
                .withUserConfiguration(District.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Configuration(proxyBeanMethods = false)
    static class District {
        @Bean
        InitialDistrict district() {
            return new RiversideApplication().riversideDistrict();
        }
    }

    @Test
    void the_properties_bind_and_shape_what_the_beans_do() {
        runner().withPropertyValues(
                        "gridsafe.id-prefix=JB",
                        "gridsafe.time-zone=Asia/Urumqi",
                        "gridsafe.schema=gridsafe",
                        "gridsafe.escalation.interval=30s",
                        "gridsafe.outbox.interval=2s",
                        "gridsafe.calendar=classpath:riverside-calendar.txt")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GridSafeProperties p = context.getBean(GridSafeProperties.class);
                    assertThat(p.getIdPrefix()).isEqualTo("JB");
                    assertThat(p.getTimeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
                    assertThat(p.getEscalation().getInterval()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(p.getOutbox().getInterval()).isEqualTo(Duration.ofSeconds(2));

                    // Asia/Urumqi is 6 hours ahead of UTC: 20:00 UTC on 1 June is already 2 June there.
                    CaseId id =
                            context.getBean(IdGenerator.class).next(java.time.Instant.parse("2026-06-01T20:00:00Z"));
                    assertThat(id.value()).startsWith("JB20260602-");

                    // The calendar file (two windows a day) is the district's, not the initial district's.
                    WorkCalendar stored =
                            context.getBean(JdbcGridDirectory.class).workCalendar();
                    assertThat(stored).isNotEqualTo(WorkCalendar.chinaMainland2026());
                    assertThat(stored.toString()).contains("12:00");

                    // GridSafe's tables are in their own schema, none in the host's.
                    JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(sql.queryForObject(
                                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'GRIDSAFE'"
                                            + " AND TABLE_NAME = 'CASE_VIEW'",
                                    Long.class))
                            .isEqualTo(1L);
                    assertThat(sql.queryForObject(
                                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
                                    Long.class))
                            .isZero();
                    Case reported = Reports.blockedFireLane(context.getBean(GridSafe.class), "消防通道堆放杂物");
                    assertThat(reported.id().value()).startsWith("JB");
                    assertThat(sql.queryForObject(
                                    "SELECT COUNT(*) FROM gridsafe.case_view WHERE case_id = ?",
                                    Long.class,
                                    reported.id().value()))
                            .isEqualTo(1L);
                });
    }

    @Test
    void every_store_is_the_database_and_each_port_has_one_bean() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(JdbcGridSafeStorage.class);
            assertThat(context).hasSingleBean(CaseStore.class);
            assertThat(context).hasSingleBean(CaseQueries.class);
            assertThat(context).hasSingleBean(GridSafe.class);
            assertThat(context).hasSingleBean(GridSafeSchedules.class);
            assertThat(context).hasSingleBean(GridSafeHealthIndicator.class);
            for (Class<?> port : List.of(
                    org.gridsafe.port.MediaStore.class,
                    org.gridsafe.port.EntityRegistry.class,
                    org.gridsafe.port.MajorHazardReturnStore.class,
                    org.gridsafe.port.IdempotencyKeys.class,
                    org.gridsafe.port.PatrolStore.class,
                    org.gridsafe.port.PatrolTrackStore.class,
                    org.gridsafe.port.InspectionStore.class,
                    org.gridsafe.port.SelfCheckStore.class)) {
                assertThat(context).hasSingleBean(port);
                assertThat(context.getBean(port).getClass().getPackageName()).isEqualTo("org.gridsafe.jdbc");
            }
            assertThat(context.getBean(CaseStore.class).durable()).isTrue();
            assertThat(context.getBean(org.gridsafe.port.MediaStore.class).durable())
                    .isTrue();
            // The default prefix and the calendar's zone.
            assertThat(context.getBean(IdGenerator.class)
                            .next(java.time.Instant.parse("2026-06-01T20:00:00Z"))
                            .value())
                    .startsWith("YH20260602-");
        });
    }

    @Test
    void the_health_shows_the_outbox_lag_and_the_time_since_the_last_escalation() {
        MutableClock clock = MutableClock.of(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);
        runner().withBean(Clock.class, () -> clock)
                .withPropertyValues("gridsafe.outbox.enabled=false", "gridsafe.escalation.interval=1h")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GridSafeHealthIndicator health = context.getBean(GridSafeHealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails())
                            .containsEntry("store", "reachable")
                            .containsEntry("outboxPending", 0L)
                            .containsEntry("outboxLag", "PT0S")
                            .containsEntry("escalation", "no run yet");

                    Reports.blockedFireLane(context.getBean(GridSafe.class), "消防通道堆放杂物");
                    clock.add(Duration.ofMinutes(5));
                    assertThat(health.health().getDetails())
                            .hasEntrySatisfying(
                                    "outboxPending", n -> assertThat((Long) n).isPositive())
                            .containsEntry("outboxLag", "PT5M");

                    context.getBean(GridSafeSchedules.class).escalateNow();
                    clock.add(Duration.ofMinutes(2));
                    assertThat(health.health().getDetails())
                            .containsEntry("sinceLastEscalation", "PT2M")
                            .containsEntry("outboxLag", "PT7M")
                            .doesNotContainKey("lastEscalationFailure");
                });
        runner().withPropertyValues("gridsafe.escalation.enabled=false")
                .run(context -> assertThat(context.getBean(GridSafeHealthIndicator.class)
                                .health()
                                .getDetails())
                        .containsEntry("escalation", "not scheduled by the starter"));
    }

    @Test
    void a_host_bean_replaces_the_starters_and_receives_the_outbox() {
        List<Notification> delivered = new CopyOnWriteArrayList<>();
        runner().withBean(Notifier.class, () -> delivered::add)
                .withBean("hostIds", IdGenerator.class, () -> now -> CaseId.of("HOST-" + now.toEpochMilli()))
                .withPropertyValues("gridsafe.outbox.interval=100ms")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(Notifier.class);
                    assertThat(context).hasSingleBean(IdGenerator.class);
                    assertThat(context).hasBean("hostIds");
                    Case reported = Reports.blockedFireLane(context.getBean(GridSafe.class), "楼道堆放杂物");
                    assertThat(reported.id().value()).startsWith("HOST-");
                    // The scheduled relay delivers the report's notification to the host's notifier.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (delivered.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(delivered).anySatisfy(n -> assertThat(n.caseId()).isEqualTo(reported.id()));
                    assertThat(context.getBean(OutboxRelay.class).oldestPendingSince())
                            .isEmpty();
                });
    }

    @Test
    void a_host_gridsafe_makes_the_starters_back_off() {
        runner().withBean(
                        GridSafe.class,
                        () -> GridSafe.builder()
                                .directory(new RiversideApplication()
                                        .riversideDistrict()
                                        .directory())
                                .build())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(GridSafe.class);
                    assertThat(context.getBean(GridSafe.class).mediaStore().durable())
                            .isFalse();
                });
    }

    @Test
    void disabled_it_configures_nothing_and_touches_no_table() {
        runner().withPropertyValues("gridsafe.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(GridSafe.class);
            assertThat(context).doesNotHaveBean(JdbcGridSafeStorage.class);
            assertThat(context).doesNotHaveBean(GridSafeSchedules.class);
            assertThat(context).doesNotHaveBean(GridSafeHealthIndicator.class);
            assertThat(context).doesNotHaveBean(GridSafeProperties.class);
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(sql.queryForObject(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'", Long.class))
                    .isZero();
        });
    }

    @Test
    void without_a_datasource_it_configures_nothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GridSafeAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(GridSafe.class);
                });
    }

    @Test
    void an_empty_database_without_an_initial_district_fails_saying_what_is_missing() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, GridSafeAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("holds no grid directory")
                        .hasMessageContaining(InitialDistrict.class.getName()));
    }

    @Test
    void bad_values_fail_the_start_naming_the_property() {
        runner().withPropertyValues("gridsafe.id-prefix=隐患")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("gridsafe.id-prefix"));
        runner().withPropertyValues("gridsafe.schema=Grid Safe")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("gridsafe.schema"));
        runner().withPropertyValues("gridsafe.escalation.interval=0s")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("gridsafe.escalation.interval"));
        runner().withPropertyValues("gridsafe.calendar=classpath:no-such-calendar.txt")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("no-such-calendar.txt"));
    }

    @Test
    void an_h2_file_left_by_a_crash_is_recovered_before_the_pool_opens_it(@TempDir Path dir) {
        String live = "jdbc:h2:file:" + dir.resolve("live/db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Path crashed = dir.resolve("crashed");
        AtomicReference<CaseId> reported = new AtomicReference<>();
        runner().withPropertyValues("spring.datasource.url=" + live).run(context -> {
            assertThat(context).hasNotFailed();
            reported.set(Reports.blockedFireLane(context.getBean(GridSafe.class), "消防通道堆放杂物")
                    .id());
            // The file as it is while the database is open: what a kill -9 leaves behind.
            Files.createDirectories(crashed);
            Files.copy(dir.resolve("live/db.mv.db"), crashed.resolve("db.mv.db"));
        });
        String afterCrash = "jdbc:h2:file:" + crashed.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        runner().withPropertyValues("spring.datasource.url=" + afterCrash).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(crashed.resolve("db.mv.db.before-recovery")).exists();
            assertThat(context.getBean(GridSafe.class).caseQueries().find(reported.get()))
                    .isPresent();
        });
    }

    @Test
    void a_changed_calendar_file_replaces_the_stored_calendar_as_a_recorded_change() {
        String url = "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ApplicationContextRunner first = runner().withPropertyValues(url);
        first.run(context -> assertThat(context.getBean(JdbcGridDirectory.class).workCalendar())
                .isEqualTo(WorkCalendar.chinaMainland2026()));
        first.withPropertyValues("gridsafe.calendar=classpath:riverside-calendar.txt")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcGridDirectory directory = context.getBean(JdbcGridDirectory.class);
                    assertThat(directory.workCalendar()).isNotEqualTo(WorkCalendar.chinaMainland2026());
                    assertThat(directory.changes(0, 10).toString()).contains(GridSafeRun.CALENDAR_FILE_REASON);
                });
        // The same file again: nothing to record.
        first.withPropertyValues("gridsafe.calendar=classpath:riverside-calendar.txt")
                .run(context -> assertThat(context.getBean(JdbcGridDirectory.class)
                                .changes(0, 10)
                                .toString()
                                .split(GridSafeRun.CALENDAR_FILE_REASON, -1))
                        .hasSize(2));
    }
}
