package org.gridsafe.testkit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.port.GridDirectory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.threeten.extra.MutableClock;

/**
 * A small fictional district for tests: 示范区 (320599) with two streets, three communities and
 * four micro-grids, each a rectangle with a full responsibility chain; one department per safety
 * domain; default time limits; a calendar with a public holiday on Wednesday 2026-04-01 (a
 * made-up holiday, so tests cross one mid-week).
 *
 * <pre>
 * 320599 示范区
 * ├── 320599001 金桥街道                  lon 120.00-120.10
 * │   ├── 320599001001 金桥社区           lat  31.00- 31.05
 * │   │   ├── 320599001001001 一号微网格   lon 120.00-120.05
 * │   │   └── 320599001001002 二号微网格   lon 120.05-120.10
 * │   └── 320599001002 银桥社区           lat  31.05- 31.10
 * │       └── 320599001002001 银桥一号微网格
 * └── 320599002 石湖街道                  lon 120.10-120.20
 *     └── 320599002001 石湖社区
 *         └── 320599002001001 石湖一号微网格
 * </pre>
 */
public final class SampleDistrict {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final GridCode DISTRICT = GridCode.parse("320599");
    public static final GridCode JINQIAO_STREET = GridCode.parse("320599001");
    public static final GridCode SHIHU_STREET = GridCode.parse("320599002");
    public static final GridCode JINQIAO_COMMUNITY = GridCode.parse("320599001001");
    public static final GridCode YINQIAO_COMMUNITY = GridCode.parse("320599001002");
    public static final GridCode SHIHU_COMMUNITY = GridCode.parse("320599002001");
    public static final GridCode JINQIAO_MICRO_1 = GridCode.parse("320599001001001");
    public static final GridCode JINQIAO_MICRO_2 = GridCode.parse("320599001001002");
    public static final GridCode YINQIAO_MICRO_1 = GridCode.parse("320599001002001");
    public static final GridCode SHIHU_MICRO_1 = GridCode.parse("320599002001001");

    /** A point inside 金桥一号微网格. */
    public static final GeoPoint POINT_IN_JINQIAO_MICRO_1 = new GeoPoint(120.02, 31.02);
    /** A point outside the district. */
    public static final GeoPoint POINT_OUTSIDE = new GeoPoint(121.50, 31.20);

    public static final DepartmentId EMERGENCY = DepartmentId.of("emergency");
    public static final DepartmentId FIRE_BRIGADE = DepartmentId.of("fire-brigade");
    public static final DepartmentId TRAFFIC_POLICE = DepartmentId.of("traffic-police");
    public static final DepartmentId HOUSING = DepartmentId.of("housing");
    public static final DepartmentId MARKET = DepartmentId.of("market");
    public static final DepartmentId PUBLIC_SECURITY = DepartmentId.of("public-security");

    /** A hazard code in the standard catalog: 2102 防护缺陷. */
    public static final HazardCode PROTECTION_DEFECT = HazardCode.parse("2102");

    /** The made-up mid-week holiday. */
    public static final LocalDate HOLIDAY = LocalDate.of(2026, 4, 1);

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private SampleDistrict() {}

    public static GridTree grids() {
        return grids(java.util.Map.of());
    }

    /**
     * The sample grids with some rungs of their responsibility chains vacant (every other rung
     * held, as in {@link #grids()}): for escalation that must climb past vacancies.
     */
    public static GridTree grids(java.util.Map<GridCode, java.util.Set<ResponsibleRole>> vacant) {
        List<Grid> grids = new ArrayList<>();
        grids.add(grid(DISTRICT, "示范区", 120.00, 31.00, 120.20, 31.10, "d", vacant));
        grids.add(grid(JINQIAO_STREET, "金桥街道", 120.00, 31.00, 120.10, 31.10, "s1", vacant));
        grids.add(grid(SHIHU_STREET, "石湖街道", 120.10, 31.00, 120.20, 31.10, "s2", vacant));
        grids.add(grid(JINQIAO_COMMUNITY, "金桥社区", 120.00, 31.00, 120.10, 31.05, "c11", vacant));
        grids.add(grid(YINQIAO_COMMUNITY, "银桥社区", 120.00, 31.05, 120.10, 31.10, "c12", vacant));
        grids.add(grid(SHIHU_COMMUNITY, "石湖社区", 120.10, 31.00, 120.20, 31.10, "c21", vacant));
        grids.add(grid(JINQIAO_MICRO_1, "金桥一号微网格", 120.00, 31.00, 120.05, 31.05, "m111", vacant));
        grids.add(grid(JINQIAO_MICRO_2, "金桥二号微网格", 120.05, 31.00, 120.10, 31.05, "m112", vacant));
        grids.add(grid(YINQIAO_MICRO_1, "银桥一号微网格", 120.00, 31.05, 120.10, 31.10, "m121", vacant));
        grids.add(grid(SHIHU_MICRO_1, "石湖一号微网格", 120.10, 31.00, 120.20, 31.10, "m211", vacant));
        return GridTree.of(grids);
    }

    /** The sample directory over other grids. */
    public static GridDirectory directory(GridTree grids) {
        return new InMemoryGridDirectory(grids, dutyMatrix(), TimeLimits.defaults(), calendar());
    }

    /** The person id the sample gives the holder of {@code role} in the grid with {@code key}. */
    public static String holderId(ResponsibleRole role, String key) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + key;
    }

    private static Grid grid(
            GridCode code,
            String name,
            double x1,
            double y1,
            double x2,
            double y2,
            String key,
            java.util.Map<GridCode, java.util.Set<ResponsibleRole>> vacant) {
        Grid.Builder builder = Grid.builder()
                .code(code)
                .name(name)
                .boundary(rectangle(x1, y1, x2, y2))
                .addStaff(new StaffAssignment("gm-" + key, name + "网格管理员", GridRole.GRID_MANAGER))
                .addStaff(new StaffAssignment("so-" + key, name + "安全员", GridRole.SAFETY_OFFICER));
        for (ResponsibleRole role : ResponsibleRole.values()) {
            if (!vacant.getOrDefault(code, java.util.Set.of()).contains(role)) {
                builder.responsible(role, new ResponsiblePerson(holderId(role, key), name + role.zhName()));
            }
        }
        return builder.build();
    }

    public static Polygon rectangle(double x1, double y1, double x2, double y2) {
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(x1, y1),
            new Coordinate(x2, y1),
            new Coordinate(x2, y2),
            new Coordinate(x1, y2),
            new Coordinate(x1, y1)
        });
    }

    public static DutyMatrix dutyMatrix() {
        return DutyMatrix.builder()
                .department(new Department(
                        EMERGENCY, "应急管理局", "Emergency Management Bureau", java.util.Set.of(SafetyDomain.PRODUCTION)))
                .department(new Department(
                        FIRE_BRIGADE, "消防救援大队", "Fire and Rescue Brigade", java.util.Set.of(SafetyDomain.FIRE)))
                .department(new Department(
                        TRAFFIC_POLICE, "交警大队", "Traffic Police Brigade", java.util.Set.of(SafetyDomain.TRAFFIC)))
                .department(new Department(
                        HOUSING,
                        "住房和城乡建设局",
                        "Housing and Construction Bureau",
                        java.util.Set.of(SafetyDomain.CONSTRUCTION)))
                .department(new Department(
                        MARKET, "市场监督管理局", "Market Regulation Bureau", java.util.Set.of(SafetyDomain.FOOD)))
                .department(new Department(
                        PUBLIC_SECURITY, "公安分局", "Public Security Sub-bureau", java.util.Set.of(SafetyDomain.PUBLIC)))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, EMERGENCY))
                .rule(DutyRule.of(SafetyDomain.FIRE, FIRE_BRIGADE))
                .rule(DutyRule.of(SafetyDomain.TRAFFIC, TRAFFIC_POLICE))
                .rule(DutyRule.of(SafetyDomain.CONSTRUCTION, HOUSING))
                .rule(DutyRule.of(SafetyDomain.FOOD, MARKET))
                .build();
        // PUBLIC has a department but no rule: dispatch must name it, with a reason.
    }

    public static WorkCalendar calendar() {
        return WorkCalendar.builder()
                .zone(ZONE)
                .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .weekend(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .holiday(HOLIDAY, "测试假日")
                .build();
    }

    public static GridDirectory directory() {
        return new InMemoryGridDirectory(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
    }

    /** Monday 2026-03-30 09:00 in the district's zone: a working morning two days before the holiday. */
    public static Clock mondayMorning() {
        return Clock.fixed(LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** A clock that starts at {@link #mondayMorning()} and moves only when a test moves it. */
    public static MutableClock mondayMorningClock() {
        return MutableClock.of(mondayMorning().instant(), ZONE);
    }

    // The cast: one actor per role, at home in 金桥 unless named otherwise.

    public static Actor jinqiaoGridManager() {
        return Actor.gridStaff("gm-m111", "李网格", JINQIAO_MICRO_1);
    }

    public static Actor shihuGridManager() {
        return Actor.gridStaff("gm-m211", "王网格", SHIHU_MICRO_1);
    }

    public static Actor jinqiaoCommandCenter() {
        return Actor.commandCenter("cc-jinqiao", "金桥街道指挥中心", JINQIAO_STREET);
    }

    public static Actor shihuCommandCenter() {
        return Actor.commandCenter("cc-shihu", "石湖街道指挥中心", SHIHU_STREET);
    }

    public static Actor districtCommandCenter() {
        return Actor.commandCenter("cc-district", "区网格化信息指挥中心", DISTRICT);
    }

    public static Actor fireOfficer() {
        return Actor.departmentOfficer("fire-01", "消防监督员", FIRE_BRIGADE);
    }

    public static Actor emergencyOfficer() {
        return Actor.departmentOfficer("em-01", "应急执法员", EMERGENCY);
    }

    public static Actor enterprise() {
        return Actor.enterprise("ent-a", "金桥纺织有限公司安全员", "91320500MA1TEST001");
    }

    public static Actor otherEnterprise() {
        return Actor.enterprise("ent-b", "石湖食品厂安全员", "91320500MA1TEST002");
    }

    public static Actor citizen() {
        return Actor.citizen("citizen-1", "张先生");
    }

    public static Actor otherCitizen() {
        return Actor.citizen("citizen-2", "赵女士");
    }

    public static Actor districtAdministrator() {
        return Actor.districtAdministrator("admin-district", "区级系统管理员", DISTRICT);
    }

    /** The hazard grade most tests use. */
    public static HazardGrade general() {
        return HazardGrade.GENERAL;
    }
}
