package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * import → export → import is the identity, in both table formats, including the time limits with
 * their sources and the work calendar (zone, one or two windows, weekend, covered years, named
 * holidays and swapped working days, the source of each covered year's notice) as the calendar
 * table, which reads as the same calendar as its {@code calendar.txt}; a district without them
 * exports neither file.
 */
class RoundTripPropertiesTest {

    private static final DistrictData DATA = DistrictData.withDefaults();

    private static int examples() {
        // Each example writes and reads up to seven files, and .xlsx is a zip: a tenth of the usual count.
        return Math.max(10, Integer.getInteger("gridsafe.qt.examples", 1000) / 10);
    }

    @Test
    void exportThenImportGivesTheSameDistrict() {
        qt().withExamples(examples())
                .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 60))
                .checkAssert(numbers -> {
                    District district = SampleDistricts.from(numbers);
                    for (TableFormat format : TableFormat.values()) {
                        DistrictFiles files = DATA.export(district, format);
                        DistrictData.Validation back = DATA.validate(files);
                        assertThat(back.problems()).as(format.name()).isEmpty();
                        assertThat(back.district()).as(format.name()).contains(district);
                        assertThat(files.files().containsKey("time-limits." + format.extension()))
                                .isEqualTo(district.timeLimits().isPresent());
                        assertThat(files.files().containsKey("calendar." + format.extension()))
                                .isEqualTo(district.calendar().isPresent());
                        assertThat(files.files()).doesNotContainKey("calendar.txt");
                        // And the files written again are the same bytes (CSV) or the same district (xlsx).
                        DistrictFiles again = DATA.export(back.district().orElseThrow(), format);
                        if (format == TableFormat.CSV) {
                            assertSameBytes(files.files(), again.files());
                        }
                    }
                    // The older calendar.txt in place of the table reads as the same district.
                    district.calendar().ifPresent(calendar -> {
                        Map<String, byte[]> files = new java.util.TreeMap<>(
                                DATA.export(district, TableFormat.CSV).files());
                        files.remove("calendar.csv");
                        files.put("calendar.txt", calendar.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        DistrictData.Validation back = DATA.validate(DistrictFiles.of(files));
                        assertThat(back.problems()).as("calendar.txt").isEmpty();
                        assertThat(back.district()).as("calendar.txt").contains(district);
                    });
                });
    }

    private static void assertSameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }
}
