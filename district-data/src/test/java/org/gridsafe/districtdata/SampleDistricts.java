package org.gridsafe.districtdata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyRule;
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
        return new District(grids, Optional.of(new District.Duty(departments, rules)));
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
