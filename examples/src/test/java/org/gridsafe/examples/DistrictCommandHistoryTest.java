package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridsafe.access.Actor;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.TableFormat;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.port.DirectoryChangeRecord;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command records its reason and effective day in the directory's history, and refuses bad days. */
class DistrictCommandHistoryTest {

    record Run(int status, String out, String err) {}

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DistrictCommand.run(
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<DirectoryChangeRecord> history(String data) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(ServerOptions.parse(new String[] {"--data", data}, Map.of()).jdbcUrl());
        return JdbcGridSafeStorage.create(ds).directory().changes(0, 10).changes();
    }

    @Test
    void importsRecordTheirReasonAndEffectiveDayAndBadDaysChangeNothing(@TempDir Path tmp) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path in = tmp.resolve("in");
        DistrictData.withDefaults()
                .export(DemoDistrict.directory(), TableFormat.CSV)
                .writeTo(in);
        String data = tmp.resolve("data").toString();

        Run first = run(
                "import",
                "--from",
                in.toString(),
                "--data",
                data,
                "--reason",
                "首批导入",
                "--effective-from",
                today.minusDays(3).toString());
        assertThat(first.status()).as(first.toString()).isZero();
        List<DirectoryChangeRecord> records = history(data);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).reason()).isEqualTo("首批导入");
        assertThat(records.get(0).effectiveFrom()).isEqualTo(today.minusDays(3));
        assertThat(records.get(0).actorId()).isEqualTo(Actor.SYSTEM.id());

        Path grids = in.resolve("grids.geojson");
        String geojson = Files.readString(grids);
        Files.writeString(grids, geojson.replaceFirst("\"望亭镇\"", "\"望亭镇（新）\""));

        Run earlier = run(
                "import",
                "--from",
                in.toString(),
                "--data",
                data,
                "--effective-from",
                today.minusDays(4).toString());
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(DistrictCommand.FAILED);
        assertThat(earlier.err())
                .contains("import refused, nothing changed: --effective-from: " + today.minusDays(4) + " is before "
                        + today.minusDays(3))
                .contains("version 1");
        Run future = run(
                "import",
                "--from",
                in.toString(),
                "--data",
                data,
                "--effective-from",
                today.plusDays(1).toString());
        assertThat(future.status()).as(future.toString()).isEqualTo(DistrictCommand.FAILED);
        assertThat(future.err()).contains("is after today");
        Run bad = run("import", "--from", in.toString(), "--data", data, "--effective-from", "2026-02-30");
        assertThat(bad.status()).isEqualTo(ProgramOptions.USAGE_ERROR);
        assertThat(bad.err()).contains("--effective-from: '2026-02-30' is not a date");
        assertThat(history(data)).hasSize(1);

        Run defaults = run("import", "--from", in.toString(), "--data", data);
        assertThat(defaults.status()).as(defaults.toString()).isZero();
        records = history(data);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).reason()).isEqualTo(DistrictCommand.DEFAULT_REASON);
        assertThat(records.get(0).effectiveFrom()).isEqualTo(today);
        assertThat(records.get(0).items()).extracting(i -> i.kind().name()).containsExactly("GRID_RENAMED");
    }
}
