package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gridsafe.districtdata.DistrictData;
import org.gridsafe.districtdata.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo jar's validate, import and export commands on an H2 file database in a temporary folder. */
class DistrictCommandTest {

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

    @Test
    void importThenExportGivesTheSameFilesAndADryRunChangesNothing(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        DistrictData.withDefaults()
                .export(DemoDistrict.directory(), TableFormat.CSV)
                .writeTo(in);
        String data = tmp.resolve("data").toString();

        Run validate = run("validate", "--from", in.toString());
        assertThat(validate.status()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("read grids.geojson: 1111 features", "no problems");

        Run dry = run("import", "--from", in.toString(), "--data", data, "--dry-run");
        assertThat(dry.status()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("(not applied)", "add grid 320599101 望亭镇");
        Run exportEmpty = run("export", "--to", tmp.resolve("none").toString(), "--data", data);
        assertThat(exportEmpty.status()).isEqualTo(DistrictCommand.FAILED);
        assertThat(exportEmpty.err()).contains("holds no district yet");

        Run imported = run("import", "--from", in.toString(), "--data", data);
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("applied");

        Path out = tmp.resolve("out");
        Run exported = run("export", "--to", out.toString(), "--data", data);
        assertThat(exported.status()).as(exported.toString()).isZero();
        for (String name :
                new String[] {"grids.geojson", "staff.csv", "responsibility.csv", "departments.csv", "duty-rules.csv"
                }) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(Files.readAllBytes(in.resolve(name)));
        }

        // The same files again: nothing to change.
        Run again = run("import", "--from", out.toString(), "--data", data);
        assertThat(again.out()).contains("no problems; 0 changes");

        Run xlsx = run("export", "--to", tmp.resolve("xlsx").toString(), "--format", "xlsx", "--data", data);
        assertThat(xlsx.status()).as(xlsx.toString()).isZero();
        assertThat(tmp.resolve("xlsx/staff.xlsx")).exists();
    }

    @Test
    void problemsAreListedAndTheExitStatusSaysSo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("grids.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        Files.writeString(tmp.resolve("responsibility.csv"), "grid_code,rung\n");
        Run validate = run("validate", "--from", tmp.toString());
        assertThat(validate.status()).isEqualTo(DistrictCommand.FAILED);
        assertThat(validate.out())
                .contains("grids.geojson, file, features: has no grid")
                .contains("responsibility.csv, row 1, person_id: required column is missing");
    }

    @Test
    void helpAndBadOptions(@TempDir Path tmp) throws Exception {
        Run help = run("import", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("usage: gridsafe-demo.jar import", "--dry-run", "--from DIR", "--encoding");
        Run unknown = run("export", "--to", tmp.toString(), "--formatt", "xlsx");
        assertThat(unknown.status()).isEqualTo(ProgramOptions.USAGE_ERROR);
        assertThat(unknown.err()).contains("unknown option '--formatt'");
        Run format = run("export", "--to", tmp.toString(), "--format", "xls");
        assertThat(format.status()).isEqualTo(ProgramOptions.USAGE_ERROR);
        assertThat(format.err()).contains("--format takes csv or xlsx, not 'xls'");
        Run missing = run("validate");
        assertThat(missing.status()).isEqualTo(ProgramOptions.USAGE_ERROR);
        assertThat(missing.err()).contains("--from is required");
        Run charset = run("validate", "--from", tmp.toString(), "--encoding", "NOPE-1");
        assertThat(charset.err()).contains("no charset 'NOPE-1'");
    }
}
