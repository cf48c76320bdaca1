package org.gridsafe.districtdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/** The time-limits table and calendar.txt: read with zh-CN headers, every fault reported, round trip. */
class TimeLimitsAndCalendarFilesTest {

    static final String LIMITS_ZH = "办理环节,隐患等级,时限,时限单位,依据\n"
            + "受理立案,,1,工作时,区政府 2026 网格办法 第十条\n"
            + "DISPATCH,,2,WORKING_HOURS,project default\n"
            + "RECTIFY,一般事故隐患,0,工作日,令第16号: 立即\n"
            + "RECTIFY,MAJOR,30,WORKING_DAYS,project default\n"
            + "VERIFY,,1,WORKING_DAYS,project default\n"
            + "CLOSE,,4,WORKING_HOURS,project default\n";

    static final String CALENDAR = """
            # 示范区 work calendar: 国办发明电〔2025〕7号 and the district's lunch break
            zone Asia/Shanghai
            hours 08:30-12:00 14:00-17:30
            weekend SATURDAY SUNDAY
            covers 2026..2027

            holiday 2026-01-01..2026-01-03 元旦
            workday 2026-01-04 元旦调休
            holiday 2027-01-01 元旦
            """;

    private static Map<String, byte[]> with(String limits, String calendar) {
        Map<String, byte[]> files = new LinkedHashMap<>(ValidFiles.small());
        if (limits != null) {
            files.put("time-limits.csv", limits.getBytes(StandardCharsets.UTF_8));
        }
        if (calendar != null) {
            files.put("calendar.txt", calendar.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void zhHeadersAndChineseNamesAreRead() {
        DistrictData.Validation result =
                DistrictData.withDefaults().validate(DistrictFiles.of(with(LIMITS_ZH, CALENDAR)));
        assertThat(result.problems()).isEmpty();
        District district = result.district().orElseThrow();
        TimeLimits limits = district.timeLimits().orElseThrow();
        assertThat(limits.limit(WorkflowStep.REGISTER, HazardGrade.MAJOR)).isEqualTo(TimeLimit.workingHours(1));
        assertThat(limits.limit(WorkflowStep.RECTIFY, HazardGrade.GENERAL)).isEqualTo(TimeLimit.workingDays(0));
        assertThat(limits.source(WorkflowStep.REGISTER, HazardGrade.GENERAL)).contains("区政府 2026 网格办法 第十条");
        WorkCalendar calendar = district.calendar().orElseThrow();
        assertThat(calendar.windows())
                .containsExactly(
                        new WorkCalendar.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new WorkCalendar.Window(LocalTime.of(14, 0), LocalTime.of(17, 30)));
        assertThat(calendar.lastCoveredYear()).contains(Year.of(2027));
        assertThat(calendar.holidays()).containsKey(LocalDate.of(2026, 1, 2));
        assertThat(result.read())
                .contains(
                        "time-limits.csv: 6 rows",
                        "calendar.txt: 4 holidays, 1 swapped working days, covers 2026..2027");
    }

    @Test
    void everyFaultOfBothFilesIsReportedAtOnce() {
        String limits = "step,grade,amount,unit,source\n"
                + "REPORT,,1,WORKING_HOURS,project default\n" // row 2: REPORT has no limit
                + "SIGN,,1,WORKING_HOURS,project default\n" // row 3: unknown step
                + "REGISTER,,-2,WORKING_HOURS,project default\n" // row 4: negative
                + "DISPATCH,URGENT,2,WORKING_HOURS,project default\n" // row 5: unknown grade
                + "RECTIFY,GENERAL,3,CALENDAR_DAYS,project default\n" // row 6: unknown unit
                + "RECTIFY,MAJOR,30,WORKING_DAYS,\n" // row 7: no source
                + "VERIFY,,1,WORKING_DAYS,project default\n"
                + "VERIFY,MAJOR,5,WORKING_DAYS,project default\n" // row 9: VERIFY MAJOR twice
                + "CLOSE,,four,WORKING_HOURS,project default\n"; // row 10: not a number
        String calendar = """
                zone Asia/Shanghai
                hours 08:30-12:00 11:00-17:30
                covers 2027
                holiday 2026-10-01..2026-10-07 国庆节
                workday 2027-02-30
                fortnight 2027-01-01
                """;
        DistrictData.Validation result = DistrictData.withDefaults().validate(DistrictFiles.of(with(limits, calendar)));
        assertThat(result.district()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .anySatisfy(
                        p -> assertThat(p).startsWith("time-limits.csv, row 2, step: REPORT (发现上报) has no time limit"))
                .anySatisfy(p -> assertThat(p).startsWith("time-limits.csv, row 3, step: 'SIGN' is not a step"))
                .anySatisfy(p -> assertThat(p).startsWith("time-limits.csv, row 4, amount: is negative (-2)"))
                .anySatisfy(
                        p -> assertThat(p).startsWith("time-limits.csv, row 5, grade: 'URGENT' is not a hazard grade"))
                .anySatisfy(
                        p -> assertThat(p).startsWith("time-limits.csv, row 6, unit: 'CALENDAR_DAYS' is not a unit"))
                .anySatisfy(p -> assertThat(p).startsWith("time-limits.csv, row 7, source: is required"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("time-limits.csv, row 9, step: VERIFY already has a limit for MAJOR on row 8"))
                .anySatisfy(
                        p -> assertThat(p).startsWith("time-limits.csv, row 10, amount: 'four' is not a whole number"))
                .anySatisfy(p -> assertThat(p).startsWith("time-limits.csv, file, step: no time limit for DISPATCH"))
                .anySatisfy(p -> assertThat(p).startsWith("calendar.txt, line 2, hours: "))
                .anySatisfy(p -> assertThat(p).startsWith("calendar.txt, line 5, workday: '2027-02-30' is not a date"))
                .anySatisfy(p -> assertThat(p).startsWith("calendar.txt, line 6, fortnight: unknown directive"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith(
                                "calendar.txt, line 4, holiday: 2026-10-01 lies outside the years this file covers"));
        assertThat(result.problems())
                .filteredOn(p -> p.file().equals("calendar.txt"))
                .hasSize(4);
    }

    @Test
    void exportWritesBothFilesAndReadsBackTheSame() {
        DistrictData data = DistrictData.withDefaults();
        District district = data.validate(DistrictFiles.of(with(LIMITS_ZH, CALENDAR)))
                .district()
                .orElseThrow();
        for (TableFormat format : TableFormat.values()) {
            DistrictFiles files = data.export(district, format);
            assertThat(files.files())
                    .containsKeys("time-limits." + format.extension(), "calendar." + format.extension())
                    .doesNotContainKey("calendar.txt");
            assertThat(data.validate(files).district()).contains(district);
        }
        String text =
                new String(data.export(district, TableFormat.CSV).files().get("calendar.csv"), StandardCharsets.UTF_8);
        // calendar.txt gave no notice for its years: the table says so rather than inventing one.
        assertThat(text)
                .isEqualTo("\uFEFFkind,date,name,windows,weekend,zone,source\r\n"
                        + "HOURS,,,08:30-12:00;14:00-17:30,SATURDAY;SUNDAY,Asia/Shanghai,\r\n"
                        + "YEAR,2026,,,,,\"not recorded\"\r\n"
                        + "YEAR,2027,,,,,\"not recorded\"\r\n"
                        + "HOLIDAY,2026-01-01..2026-01-03,元旦,,,,\r\n"
                        + "HOLIDAY,2027-01-01,元旦,,,,\r\n"
                        + "WORKDAY,2026-01-04,元旦调休,,,,\r\n");
        String csv = new String(
                data.export(district, TableFormat.CSV).files().get("time-limits.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstep,grade,amount,unit,source\r\nREGISTER,GENERAL,1,WORKING_HOURS,");
    }

    @Test
    void theDefaultsCarryTheirSourcesThroughTheTable() {
        DistrictData data = DistrictData.withDefaults();
        District district = new District(
                List.of(),
                java.util.Optional.empty(),
                java.util.Optional.of(TimeLimits.defaults()),
                java.util.Optional.of(WorkCalendar.chinaMainland2026()));
        DistrictFiles files = data.export(district, TableFormat.CSV);
        Map<String, byte[]> withGrids = new LinkedHashMap<>(ValidFiles.small());
        withGrids.put("time-limits.csv", files.files().get("time-limits.csv"));
        withGrids.put("calendar.csv", files.files().get("calendar.csv"));
        District back = data.validate(DistrictFiles.of(withGrids)).district().orElseThrow();
        assertThat(back.timeLimits()).contains(TimeLimits.defaults());
        assertThat(back.calendar()).contains(WorkCalendar.chinaMainland2026());
        for (WorkflowStep step : List.of(WorkflowStep.REGISTER, WorkflowStep.DISPATCH, WorkflowStep.CLOSE)) {
            assertThat(back.timeLimits().orElseThrow().source(step, HazardGrade.GENERAL))
                    .isEqualTo(TimeLimits.sourceOfDefault(step, HazardGrade.GENERAL));
        }
    }
}
