package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.jdbc.JdbcGridDirectory;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports applied through the JDBC directory, on H2 and on a real PostgreSQL the test starts (it
 * fails, never skips, when PostgreSQL cannot start): a dry run and a refused import change nothing
 * in the database, an accepted one replaces the data and survives a reload from a new storage.
 */
class ImportIntoDirectoryTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    static Stream<String> stores() {
        return Stream.of("h2", "postgresql");
    }

    private static synchronized DataSource database(String store) {
        if (store.equals("h2")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:district" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return ds;
        }
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            String name = "district" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL is not usable", e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static JdbcGridDirectory loaded(DataSource ds) {
        JdbcGridDirectory directory = JdbcGridSafeStorage.create(ds).migrate().directory();
        District district = DistrictData.withDefaults()
                .validate(DistrictFiles.of(ValidFiles.small()))
                .district()
                .orElseThrow();
        directory.save(
                district.tree(),
                district.duty().orElseThrow().matrix(),
                TimeLimits.defaults(),
                WorkCalendar.chinaMainland2026());
        return directory;
    }

    private static District stored(DataSource ds) {
        JdbcGridDirectory fresh = JdbcGridSafeStorage.create(ds).directory();
        return District.of(fresh);
    }

    private static Map<String, byte[]> changed() {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        String chains = new String(files.get("responsibility.csv"), StandardCharsets.UTF_8)
                .replace("320599101,FIRST,s2-f,杨洋", "320599101,FIRST,s2-new,黄艳");
        files.put("responsibility.csv", chains.getBytes(StandardCharsets.UTF_8));
        String grids = new String(files.get("grids.geojson"), StandardCharsets.UTF_8).replace("金桥街道", "金桥新街道");
        files.put("grids.geojson", grids.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDryRunReportsTheChangesAndChangesNothing(String store) {
        DataSource ds = database(store);
        JdbcGridDirectory directory = loaded(ds);
        District before = stored(ds);

        ImportReport report = DistrictData.withDefaults().importInto(DistrictFiles.of(changed()), directory, true);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).isEmpty();
        assertThat(report.changes())
                .containsExactly(
                        "change grid 320599001: name 金桥街道 → 金桥新街道",
                        "change grid 320599101: 第一责任人 杨洋 (s2-f) → 黄艳 (s2-new)");
        assertThat(report.text()).contains("2 changes (not applied)");
        assertThat(stored(ds)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anAcceptedImportReplacesTheDataInOneStep(String store) {
        DataSource ds = database(store);
        JdbcGridDirectory directory = loaded(ds);

        ImportReport report = DistrictData.withDefaults().importInto(DistrictFiles.of(changed()), directory, false);

        assertThat(report.applied()).isTrue();
        District after = stored(ds);
        assertThat(after.tree().get(GridCode.parse("320599001")).name()).isEqualTo("金桥新街道");
        assertThat(after.tree()
                        .get(GridCode.parse("320599101"))
                        .responsibilityChain()
                        .holder(ResponsibleRole.FIRST)
                        .orElseThrow()
                        .personId())
                .isEqualTo("s2-new");
        // The import is exactly what the store now holds: exporting it gives the files' district back,
        // with the time limits and calendar the files (an older folder without them) left as they were.
        District files = DistrictData.withDefaults()
                .validate(DistrictFiles.of(changed()))
                .district()
                .orElseThrow();
        assertThat(after)
                .isEqualTo(new District(
                        files.grids(),
                        files.duty(),
                        Optional.of(TimeLimits.defaults()),
                        Optional.of(WorkCalendar.chinaMainland2026())));
        assertThat(directory.workCalendar()).isEqualTo(WorkCalendar.chinaMainland2026());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void timeLimitsAndTheCalendarAreImportedWithTheirSourcesAndReadBack(String store) {
        DataSource ds = database(store);
        JdbcGridDirectory directory = loaded(ds);
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put("time-limits.csv", TimeLimitsAndCalendarFilesTest.LIMITS_ZH.getBytes(StandardCharsets.UTF_8));
        files.put("calendar.txt", TimeLimitsAndCalendarFilesTest.CALENDAR.getBytes(StandardCharsets.UTF_8));
        District before = stored(ds);

        ImportReport dryRun = DistrictData.withDefaults().importInto(DistrictFiles.of(files), directory, true);
        assertThat(dryRun.changes())
                .contains(
                        "change time limit REGISTER GENERAL: 2 working hours → 1 working hours, source 区政府 2026"
                                + " 网格办法 第十条",
                        "change time limit RECTIFY GENERAL: 3 working days → 0 working days, source 令第16号: 立即")
                .anySatisfy(c -> assertThat(c)
                        .startsWith("replace the work calendar: Asia/Shanghai, hours [09:00-17:00], covers 2026")
                        .endsWith("hours [08:30-12:00, 14:00-17:30], covers 2026..2027, 4 holidays, 1 swapped working"
                                + " days"))
                .noneSatisfy(c -> assertThat(c).startsWith("change time limit DISPATCH"));
        assertThat(stored(ds)).isEqualTo(before);

        ImportReport report = DistrictData.withDefaults().importInto(DistrictFiles.of(files), directory, false);
        assertThat(report.applied()).isTrue();
        District expected = DistrictData.withDefaults()
                .validate(DistrictFiles.of(files))
                .district()
                .orElseThrow();
        // Read back through a new storage: the sources and both windows survived the database.
        assertThat(stored(ds)).isEqualTo(expected);
        assertThat(DistrictData.withDefaults()
                        .importInto(DistrictFiles.of(files), directory, false)
                        .changes())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theCalendarTableIsStoredWithTheSourceOfEachYearsNoticeAndExportedBack(String store) {
        DataSource ds = database(store);
        JdbcGridDirectory directory = loaded(ds);
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put("calendar.csv", CalendarTableTest.CALENDAR_ZH.getBytes(StandardCharsets.UTF_8));
        ImportReport report = DistrictData.withDefaults().importInto(DistrictFiles.of(files), directory, false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        // Read back through a new storage: the notices and the lunch break survived the database.
        District back = stored(ds);
        WorkCalendar calendar = back.calendar().orElseThrow();
        assertThat(calendar.notices()).containsKeys(java.time.Year.of(2026), java.time.Year.of(2027));
        assertThat(calendar.windows()).hasSize(2);
        assertThat(back.calendar())
                .isEqualTo(DistrictData.withDefaults()
                        .validate(DistrictFiles.of(files))
                        .district()
                        .orElseThrow()
                        .calendar());
        // The export of the stored calendar imports again without a change.
        Map<String, byte[]> exported = new LinkedHashMap<>(
                DistrictData.withDefaults().export(back, TableFormat.CSV).files());
        assertThat(exported).containsKey("calendar.csv").doesNotContainKey("calendar.txt");
        assertThat(DistrictData.withDefaults()
                        .importInto(DistrictFiles.of(exported), directory, false)
                        .changes())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRefusedImportChangesNothing(String store) {
        DataSource ds = database(store);
        JdbcGridDirectory directory = loaded(ds);
        District before = stored(ds);
        Map<String, byte[]> files = changed();
        files.put(
                "responsibility.csv",
                "grid_code,rung,person_id,name\n320599,FIRST,d-f,李娜\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = DistrictData.withDefaults().importInto(DistrictFiles.of(files), directory, false);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).startsWith("missing rung"));
        assertThat(report.text()).contains("nothing changed");
        assertThat(stored(ds)).isEqualTo(before);
    }
}
