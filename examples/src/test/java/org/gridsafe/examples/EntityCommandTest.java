package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo jar's import-entities and export-entities commands on an H2 file database. */
class EntityCommandTest {

    private static DistrictCommandTest.Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DistrictCommand.run(
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new DistrictCommandTest.Run(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDemoEntitiesImportAndExportAgainUnchanged(@TempDir Path tmp) throws Exception {
        Path district = tmp.resolve("district");
        DistrictData.withDefaults()
                .export(DemoDistrict.directory(), TableFormat.CSV)
                .writeTo(district);
        String data = tmp.resolve("data").toString();
        assertThat(run("import", "--from", district.toString(), "--data", data).status())
                .isZero();

        Path in = tmp.resolve("entities");
        DemoEntities.files(LocalDate.now()).writeTo(in);
        DistrictCommandTest.Run dry = run("import-entities", "--from", in.toString(), "--data", data, "--dry-run");
        assertThat(dry.status()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("read production-units.csv: 21 rows", "37 changes (not applied)");

        DistrictCommandTest.Run imported = run("import-entities", "--from", in.toString(), "--data", data);
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("37 changes applied", "register PU-001 示范区恒达化工有限公司, risk level RED");

        Path out = tmp.resolve("out");
        DistrictCommandTest.Run exported = run("export-entities", "--to", out.toString(), "--data", data);
        assertThat(exported.status()).as(exported.toString()).isZero();
        assertThat(Files.readString(out.resolve("production-units.csv"))).contains("PU-021");
        DistrictCommandTest.Run again = run("import-entities", "--from", out.toString(), "--data", data);
        assertThat(again.out()).as(again.toString()).contains("no problems; 0 changes");

        Files.writeString(in.resolve("places.csv"), "id,name\nPL-1,无类型\n");
        DistrictCommandTest.Run bad = run("import-entities", "--from", in.toString(), "--data", data);
        assertThat(bad.status()).isEqualTo(DistrictCommand.FAILED);
        assertThat(bad.out()).contains("places.csv, row 1, place_kind: required column is missing");
    }
}
