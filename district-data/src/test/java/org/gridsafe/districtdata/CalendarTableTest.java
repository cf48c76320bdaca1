package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.WorkCalendar;
import org.junit.jupiter.api.Test;

/** The calendar table (calendar.csv / .xlsx): zh-CN headers, every fault at once, both formats, beside calendar.txt. */
class CalendarTableTest {

    /** A 2027 notice as a district would write it, with its lunch break. */
    static final String CALENDAR_ZH = "类型,日期,名称,工作时段,周末,时区,依据\n"
            + "工作时间,,,08:30-12:00;14:00-17:30,周六;周日,Asia/Shanghai,\n"
            + "覆盖年度,2026,,,,,国办发明电〔2025〕7号 (2025-11-04)\n"
            + "覆盖年度,2027,,,,,\"国务院办公厅关于2027年部分节假日安排的通知, 2026-11\"\n"
            + "休息日,2027-01-01..2027-01-03,元旦,,,,\n"
            + "调休上班,2027-01-04,元旦调休,,,,\n"
            + "HOLIDAY,2026-10-01..2026-10-08,国庆节 中秋节,,,,\n";

    private static final DistrictData DATA = DistrictData.withDefaults();

    private static Map<String, byte[]> with(String name, String content) {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void zhHeadersKindsAndTheLunchBreakAreRead() {
        DistrictData.Validation result = DATA.validate(DistrictFiles.of(with("calendar.csv", CALENDAR_ZH)));
        assertThat(result.problems()).isEmpty();
        WorkCalendar calendar = result.district().orElseThrow().calendar().orElseThrow();
        assertThat(calendar.windows())
                .containsExactly(
                        new WorkCalendar.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new WorkCalendar.Window(LocalTime.of(14, 0), LocalTime.of(17, 30)));
        assertThat(calendar.workingWeekdays()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.firstCoveredYear()).contains(Year.of(2026));
        assertThat(calendar.lastCoveredYear()).contains(Year.of(2027));
        assertThat(calendar.notices())
                .containsEntry(Year.of(2026), "国办发明电〔2025〕7号 (2025-11-04)")
                .containsEntry(Year.of(2027), "国务院办公厅关于2027年部分节假日安排的通知, 2026-11");
        assertThat(calendar.holidays()).containsEntry(LocalDate.of(2027, 1, 2), "元旦");
        assertThat(calendar.swappedWorkdays()).containsEntry(LocalDate.of(2027, 1, 4), "元旦调休");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        // The lunch break is not working time: 11:00 plus 2 working hours is 15:00.
        Instant due = calendar.deadline(
                LocalDate.of(2027, 1, 5)
                        .atTime(11, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant(),
                TimeLimit.workingHours(2));
        assertThat(due)
                .isEqualTo(LocalDate.of(2027, 1, 5)
                        .atTime(15, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(result.read())
                .contains("calendar.csv: 6 rows: 11 holidays, 1 swapped working days, covers 2026..2027");
    }

    @Test
    void everyFaultIsReportedWithRowAndColumn() {
        String broken = "kind,date,name,windows,weekend,zone,source\n"
                + "HOURS,,,08:30-12:00;11:00-17:30,SATURDAY;FUNDAY,Mars/Olympus,\n" // row 2: windows, weekend, zone
                + "HOURS,,,09:00-17:00,,,\n" // row 3: hours twice
                + "YEAR,2026,,,,,\n" // row 4: no source
                + "YEAR,2028,,,,,区政府\n" // row 5: 2027 missing
                + "YEAR,26,,,,,区政府\n" // row 6: not a year
                + "HOLIDAY,2026-02-30,,,,,\n" // row 7: not a date
                + "HOLIDAY,2030-01-01,元旦,,,,\n" // row 8: outside the years
                + "WORKDAY,2026-01-04,调休,08:00-12:00,,,\n" // row 9: windows on a workday row
                + "HOLIDAY,2026-01-03..2026-01-05,元旦,,,,\n" // row 10: 2026-01-04 twice
                + "FORTNIGHT,2026-01-01,,,,,\n" // row 11: unknown kind
                + "HOLIDAY,2026-05-05..2026-05-01,,,,,\n" // row 12: backwards
                + "YEAR,2026,,,,,again\n"; // row 13: 2026 twice
        for (TableFormat format : TableFormat.values()) {
            byte[] content = format == TableFormat.CSV ? broken.getBytes(StandardCharsets.UTF_8) : xlsx(broken);
            Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
            String name = "calendar." + format.extension();
            files.put(name, content);
            DistrictData.Validation result = DATA.validate(DistrictFiles.of(files));
            assertThat(result.district()).isEmpty();
            assertThat(result.problems())
                    .extracting(Problem::toString)
                    .as(format.name())
                    .anySatisfy(p -> assertThat(p).startsWith(name + ", row 2, windows: working window 11:00-17:30"))
                    .anySatisfy(p -> assertThat(p).startsWith(name + ", row 2, weekend: 'FUNDAY' is not a day"))
                    .anySatisfy(
                            p -> assertThat(p).startsWith(name + ", row 2, zone: 'Mars/Olympus' is not a time zone"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(name + ", row 3, kind: the working hours are already given on row 2"))
                    .anySatisfy(p -> assertThat(p).startsWith(name + ", row 4, source: is required on a YEAR row"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(
                                    name + ", row 5, date: the covered years must follow each other: 2027 is missing"))
                    .anySatisfy(p -> assertThat(p).startsWith(name + ", row 6, date: '26' is not a year"))
                    .anySatisfy(p -> assertThat(p).startsWith(name + ", row 7, date: '2026-02-30' is not a date"))
                    .anySatisfy(p ->
                            assertThat(p).startsWith(name + ", row 8, date: lies in 2030, which no YEAR row covers"))
                    .anySatisfy(p ->
                            assertThat(p).startsWith(name + ", row 9, windows: is not used on a WORKDAY (调休上班) row"))
                    .anySatisfy(p ->
                            assertThat(p).startsWith(name + ", row 10, date: 2026-01-04 is already a day of row 9"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(name + ", row 11, kind: 'FORTNIGHT' is not a kind of calendar row"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(
                                    name + ", row 12, date: the range 2026-05-05..2026-05-01 ends before it starts"))
                    .anySatisfy(
                            p -> assertThat(p).startsWith(name + ", row 13, date: 2026 is already covered on row 4"));
            assertThat(result.problems()).filteredOn(p -> p.file().equals(name)).hasSize(14);
        }
    }

    /** The same rows as a workbook (the header as export writes it, which is the CSV's). */
    private static byte[] xlsx(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> lines = csv.lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(List.of(line.split(",", -1)));
        }
        return TableFormat.XLSX.write(Table.CALENDAR, rows);
    }

    @Test
    void aMissingKindColumnAndAnUnknownHeaderAreReported() {
        DistrictData.Validation result = DATA.validate(DistrictFiles.of(with("calendar.csv", "日期,颜色\n2026-01-01,红\n")));
        assertThat(result.problems())
                .extracting(Problem::toString)
                .anySatisfy(
                        p -> assertThat(p).startsWith("calendar.csv, row 1, 颜色: is not a column of the calendar table"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("calendar.csv, row 1, kind: required column is missing (header kind or 类型)"));
    }

    @Test
    void theTableAndCalendarTxtTogetherAreRefused() {
        Map<String, byte[]> files = with("calendar.csv", CALENDAR_ZH);
        files.put("calendar.txt", WorkCalendar.chinaMainland2026().text().getBytes(StandardCharsets.UTF_8));
        assertThat(DATA.validate(DistrictFiles.of(files)).problems())
                .extracting(Problem::toString)
                .containsExactly("calendar.txt, file: is given beside the calendar table (calendar.csv or .xlsx);"
                        + " give the calendar once");
    }

    @Test
    void exportWritesTheTableInBothFormatsAndItReadsBackTheSame() {
        District district = DATA.validate(DistrictFiles.of(with("calendar.csv", CALENDAR_ZH)))
                .district()
                .orElseThrow();
        for (TableFormat format : TableFormat.values()) {
            DistrictFiles files = DATA.export(district, format);
            assertThat(files.files()).containsKey("calendar." + format.extension());
            assertThat(DATA.validate(files).district()).as(format.name()).contains(district);
        }
        String csv =
                new String(DATA.export(district, TableFormat.CSV).files().get("calendar.csv"), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\uFEFFkind,date,name,windows,weekend,zone,source\r\n"
                        + "HOURS,,,08:30-12:00;14:00-17:30,SATURDAY;SUNDAY,Asia/Shanghai,\r\n"
                        + "YEAR,2026,,,,,\"国办发明电〔2025〕7号 (2025-11-04)\"\r\n"
                        + "YEAR,2027,,,,,\"国务院办公厅关于2027年部分节假日安排的通知, 2026-11\"\r\n"
                        + "HOLIDAY,2026-10-01..2026-10-08,\"国庆节 中秋节\",,,,\r\n"
                        + "HOLIDAY,2027-01-01..2027-01-03,元旦,,,,\r\n"
                        + "WORKDAY,2027-01-04,元旦调休,,,,\r\n");
    }

    @Test
    void theBuiltIn2026CalendarGoesThroughTheTableWithItsNotice() {
        District district = new District(
                List.of(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(WorkCalendar.chinaMainland2026()));
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        files.put("calendar.csv", DATA.export(district, TableFormat.CSV).files().get("calendar.csv"));
        WorkCalendar back = DATA.validate(DistrictFiles.of(files))
                .district()
                .orElseThrow()
                .calendar()
                .orElseThrow();
        assertThat(back).isEqualTo(WorkCalendar.chinaMainland2026());
        assertThat(back.notices()).containsEntry(Year.of(2026), "国办发明电〔2025〕7号 (2025-11-04)");
    }
}
