package org.gridsafe.districtdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.TimeUnitKind;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Valid districts made from a list of numbers, so QuickTheories shrinks a failing district by
 * shrinking the list. Boundaries tile their parents exactly (strips whose shared edges are the
 * same doubles), names include CSV-hostile characters.
 */
final class SampleDistricts {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] NAMES = {"王伟", "李,娜", "张\"敏\"", "O'Brien", "赵 静", "陈磊;杨洋", "黄艳", "周杰"};

    private final List<Integer> numbers;
    private int next;

    private SampleDistricts(List<Integer> numbers) {
        this.numbers = numbers;
    }

    private int draw(int bound) {
        int n = numbers.isEmpty() ? 0 : numbers.get(next++ % numbers.size());
        return Math.floorMod(n + next, bound);
    }

    static District from(List<Integer> numbers) {
        return new SampleDistricts(numbers).district();
    }

    private District district() {
        boolean boundaries = draw(4) != 0;
        double west = 100 + draw(30) + draw(1000) / 1000.0;
        double south = 20 + draw(30) + draw(1000) / 7.0 / 1000.0;
        double east = west + 0.1 + draw(100) / 333.0;
        double north = south + 0.1 + draw(100) / 77.0;
        List<Grid> grids = new ArrayList<>();
        GridCode district = GridCode.parse("320599");
        add(grids, district, "示范区", boundaries ? rectangle(west, south, east, north) : null);
        int streets = 1 + draw(3);
        for (int s = 0; s < streets; s++) {
            double sw = strip(west, east, s, streets);
            double se = strip(west, east, s + 1, streets);
            // 0xx is a 街道, 1xx a 镇.
            GridCode street = district.child(String.format(Locale.ROOT, "%03d", s % 2 == 0 ? s + 1 : 100 + s));
            add(grids, street, "街道" + s, boundaries ? rectangle(sw, south, se, north) : null);
            int communities = draw(3);
            for (int c = 0; c < communities; c++) {
                double cs = strip(south, north, c, communities);
                double cn = strip(south, north, c + 1, communities);
                GridCode community = street.child(String.format(Locale.ROOT, "%03d", c + 1));
                add(grids, community, "社区" + s + "-" + c, boundaries ? rectangle(sw, cs, se, cn) : null);
                int micros = draw(3);
                for (int m = 0; m < micros; m++) {
                    double mw = strip(sw, se, m, micros);
                    double me = strip(sw, se, m + 1, micros);
                    GridCode micro = community.child(String.format(Locale.ROOT, "%03d", m + 1));
                    Geometry boundary = null;
                    if (boundaries) {
                        // Now and then a MultiPolygon (of one part: parts of a valid one may not share edges).
                        boundary = draw(3) == 0
                                ? GEOMETRY.createMultiPolygon(new Polygon[] {rectangle(mw, cs, me, cn)})
                                : rectangle(mw, cs, me, cn);
                    }
                    add(grids, micro, "微网格" + m, boundary);
                }
            }
        }
        List<Department> departments = new ArrayList<>();
        List<DutyRule> rules = new ArrayList<>();
        int count = draw(4);
        for (int d = 0; d < count; d++) {
            Set<SafetyDomain> domains = EnumSet.noneOf(SafetyDomain.class);
            domains.add(SafetyDomain.values()[d]);
            if (draw(2) == 0) {
                domains.add(SafetyDomain.PUBLIC);
            }
            DepartmentId id = DepartmentId.of("dept-" + d);
            departments.add(new Department(id, "部门" + NAMES[draw(NAMES.length)], "Department, " + d, domains));
            rules.add(DutyRule.of(SafetyDomain.values()[d], id));
            if (draw(2) == 0) {
                rules.add(DutyRule.of(SafetyDomain.values()[d], id)
                        .forHazard(HazardCode.parse("2" + (1 + d)))
                        .forGrade(HazardGrade.MAJOR));
            }
        }
        // Older folders have neither file: now and then the district leaves them out too.
        Optional<TimeLimits> limits = draw(4) == 0 ? Optional.empty() : Optional.of(timeLimits());
        Optional<WorkCalendar> calendar = draw(4) == 0 ? Optional.empty() : Optional.of(calendar());
        return new District(grids, Optional.of(new District.Duty(departments, rules)), limits, calendar);
    }

    private static final String[] SOURCES = {
        "project default", "福州 2013 办法, 第十二条", "凤县 2018: \"2-3 days\"", "区政府令; 第5号", " 太原 10 min "
    };

    private TimeLimits timeLimits() {
        TimeLimits.Builder b = TimeLimits.builder();
        for (WorkflowStep step : WorkflowStep.values()) {
            if (step == WorkflowStep.REPORT) {
                continue;
            }
            for (HazardGrade grade : HazardGrade.values()) {
                TimeUnitKind unit = TimeUnitKind.values()[draw(2)];
                b.limit(step, grade, new TimeLimit(draw(3) == 0 ? 0 : draw(61), unit), SOURCES[draw(SOURCES.length)]);
            }
        }
        return b.build();
    }

    private static final String[] DAY_NAMES = {"", "元旦", "春节", "劳动节 调休", "国庆节,中秋节", "\"端午\"  节"};

    private static final String[] NOTICES = {"国办发明电〔2025〕7号", "国务院办公厅通知, 第7号", "\"节假日\"安排; 转发", "区政府 2026 工作日历"};

    private WorkCalendar calendar() {
        WorkCalendar.Builder b = WorkCalendar.builder();
        b.zone(draw(3) == 0 ? ZoneId.of("Asia/Urumqi") : WorkCalendar.DEFAULT_ZONE);
        if (draw(2) == 0) {
            b.windows(
                    new WorkCalendar.Window(LocalTime.of(8, draw(60)), LocalTime.of(11, 30 + draw(30))),
                    new WorkCalendar.Window(LocalTime.of(13, draw(60)), LocalTime.of(17, draw(60))));
        } else {
            b.hours(LocalTime.of(8 + draw(2), 0), LocalTime.of(16 + draw(2), 30));
        }
        int weekend = draw(4);
        b.weekend(
                weekend == 0
                        ? EnumSet.noneOf(DayOfWeek.class)
                        : weekend == 1
                                ? EnumSet.of(DayOfWeek.SUNDAY)
                                : EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        if (draw(5) == 0) {
            return b.build(); // claims no years, so holds no days
        }
        int first = 2026 + draw(3);
        int last = first + draw(2);
        b.covers(Year.of(first), Year.of(last));
        // Each covered year with the source of its notice, as the calendar table requires.
        for (int year = first; year <= last; year++) {
            b.notice(Year.of(year), NOTICES[draw(NOTICES.length)] + " (" + (year - 1) + "-11-0" + (1 + draw(9)) + ")");
        }
        // Runs of days with one name (written as a range), single days, and days next to each other
        // with different names (not merged into one range).
        LocalDate day = LocalDate.of(first, 1, 1).plusDays(draw(20));
        int periods = draw(6);
        for (int i = 0; i < periods && day.getYear() <= last; i++) {
            int length = 1 + draw(7);
            LocalDate end = day.plusDays(length - 1);
            if (end.getYear() > last) {
                break;
            }
            String name = DAY_NAMES[draw(DAY_NAMES.length)];
            if (draw(3) == 0) {
                b.workdays(day, end, name);
            } else {
                b.holidays(day, end, name);
            }
            day = end.plusDays(draw(2) == 0 ? 1 : 1 + draw(60));
        }
        return b.build();
    }

    private static double strip(double from, double to, int i, int n) {
        return i == 0 ? from : i == n ? to : from + (to - from) * i / n;
    }

    private void add(List<Grid> grids, GridCode code, String name, Geometry boundary) {
        Grid.Builder builder = Grid.builder().code(code).name(name).boundary(boundary);
        int staff = draw(4);
        for (int i = 0; i < staff; i++) {
            GridRole role = GridRole.values()[draw(GridRole.values().length)];
            builder.addStaff(new StaffAssignment(code + "-s" + i, NAMES[draw(NAMES.length)], role));
        }
        for (ResponsibleRole rung : ResponsibleRole.values()) {
            boolean required = rung == ResponsibleRole.SPECIFIC || rung == ResponsibleRole.FIRST;
            if (required || draw(2) == 0) {
                builder.responsible(
                        rung,
                        new ResponsiblePerson(
                                code + "-" + rung.name().toLowerCase(Locale.ROOT), NAMES[draw(NAMES.length)]));
            }
        }
        grids.add(builder.build());
    }

    private static Polygon rectangle(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(west, south),
            new Coordinate(east, south),
            new Coordinate(east, north),
            new Coordinate(west, north),
            new Coordinate(west, south)
        });
    }
}
