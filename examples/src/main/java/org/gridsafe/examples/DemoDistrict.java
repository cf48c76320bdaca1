package org.gridsafe.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.port.GridDirectory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The demo district 示范区 (fictional code 320599), generated deterministically: 10 streets, 10
 * communities per street, 10 micro-grids per community (1,000 micro-grids), tiling a rectangle of
 * 0.5° × 0.4° around 120.25°E 31.2°N without gaps or overlaps. Every grid has the five forces and
 * a full responsibility chain; there is one department per safety domain, a duty matrix and the
 * 2026 mainland China work calendar.
 *
 * <p>The layout: each level splits its parent's rectangle into 5 columns × 2 rows, numbered
 * west→east, then north→south (as Beijing's DB11 numbers unit grids), so child {@code n} (1-10)
 * of a grid sits in column {@code (n-1) % 5} and row {@code (n-1) / 5} from the north-west corner.
 */
public final class DemoDistrict {

    public static final GridCode DISTRICT = GridCode.parse("320599");
    public static final double WEST = 120.0;
    public static final double EAST = 120.5;
    public static final double SOUTH = 31.0;
    public static final double NORTH = 31.4;
    /** Micro-grid columns (5 × 5 × 5) and rows (2 × 2 × 2) across the district. */
    static final int COLUMNS = 125;

    static final int ROWS = 8;

    static final String[] STREETS = {"金桥街道", "银湖街道", "石湖街道", "枫桥街道", "横塘街道", "狮山街道", "东港街道", "望亭镇", "通安镇", "浒墅关镇"};
    static final String[] COMMUNITY_SUFFIXES = {"一村", "二村", "新村", "花园", "苑", "里", "港", "湾", "桥", "坊"};

    public static final DepartmentId EMERGENCY = DepartmentId.of("emergency");
    public static final DepartmentId FIRE_BRIGADE = DepartmentId.of("fire-brigade");
    public static final DepartmentId TRAFFIC_POLICE = DepartmentId.of("traffic-police");
    public static final DepartmentId HOUSING = DepartmentId.of("housing");
    public static final DepartmentId MARKET = DepartmentId.of("market");
    public static final DepartmentId PUBLIC_SECURITY = DepartmentId.of("public-security");
    public static final DepartmentId GAS_OFFICE = DepartmentId.of("gas-office");

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "霞"};

    private DemoDistrict() {}

    /** The whole directory: grids, duty matrix, default time limits, the 2026 calendar. */
    public static GridDirectory directory() {
        return new InMemoryGridDirectory(
                grids(), dutyMatrix(), TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
    }

    /** The 1,111 grids of the district. */
    public static GridTree grids() {
        List<Grid> grids = new ArrayList<>(1111);
        int[] whole = {0, 0, COLUMNS, ROWS};
        grids.add(grid(DISTRICT, "示范区", whole));
        for (int s = 1; s <= 10; s++) {
            GridCode street = DISTRICT.child(String.format(Locale.ROOT, "%03d", s));
            int[] sb = cell(whole, s);
            String streetName = STREETS[s - 1];
            grids.add(grid(street, streetName, sb));
            for (int c = 1; c <= 10; c++) {
                GridCode community = street.child(String.format(Locale.ROOT, "%03d", c));
                int[] cb = cell(sb, c);
                String communityName = streetName.substring(0, 2) + COMMUNITY_SUFFIXES[c - 1] + "社区";
                grids.add(grid(community, communityName, cb));
                for (int m = 1; m <= 10; m++) {
                    GridCode micro = community.child(String.format(Locale.ROOT, "%03d", m));
                    grids.add(grid(micro, communityName + "第" + m + "微网格", cell(cb, m)));
                }
            }
        }
        return GridTree.of(grids);
    }

    /** Departments for all six safety domains, and who handles what. */
    public static DutyMatrix dutyMatrix() {
        return DutyMatrix.builder()
                .department(department(EMERGENCY, "区应急管理局", "Emergency Management Bureau", SafetyDomain.PRODUCTION))
                .department(department(FIRE_BRIGADE, "区消防救援大队", "Fire and Rescue Brigade", SafetyDomain.FIRE))
                .department(department(TRAFFIC_POLICE, "公安交警大队", "Traffic Police Brigade", SafetyDomain.TRAFFIC))
                .department(
                        department(HOUSING, "区住房和城乡建设局", "Housing and Construction Bureau", SafetyDomain.CONSTRUCTION))
                .department(department(MARKET, "区市场监督管理局", "Market Regulation Bureau", SafetyDomain.FOOD))
                .department(department(PUBLIC_SECURITY, "公安分局", "Public Security Sub-bureau", SafetyDomain.PUBLIC))
                .department(new Department(
                        GAS_OFFICE,
                        "区燃气管理办公室",
                        "Gas Safety Office",
                        Set.of(SafetyDomain.PUBLIC, SafetyDomain.PRODUCTION)))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, EMERGENCY))
                .rule(DutyRule.of(SafetyDomain.FIRE, FIRE_BRIGADE))
                .rule(DutyRule.of(SafetyDomain.TRAFFIC, TRAFFIC_POLICE))
                .rule(DutyRule.of(SafetyDomain.CONSTRUCTION, HOUSING))
                .rule(DutyRule.of(SafetyDomain.FOOD, MARKET))
                .rule(DutyRule.of(SafetyDomain.PUBLIC, PUBLIC_SECURITY))
                // A hazard prefix beats a bare domain rule: chemical hazards (22) in public
                // places, such as bottled gas in restaurants, go to the gas office.
                .rule(DutyRule.of(SafetyDomain.PUBLIC, GAS_OFFICE).forHazard(HazardCode.parse("22")))
                .build();
    }

    private static Department department(DepartmentId id, String zh, String en, SafetyDomain domain) {
        return new Department(id, zh, en, Set.of(domain));
    }

    /**
     * Child {@code n} (1-10) of a lattice rectangle {column, row, columns, rows} split into 5 columns
     * × 2 rows, numbered from the north-west. Working on the micro-grid lattice keeps shared edges
     * bit-for-bit equal, so neighbours neither overlap nor leave slivers.
     */
    static int[] cell(int[] parent, int n) {
        int columns = parent[2] / 5;
        int rows = parent[3] / 2;
        return new int[] {parent[0] + ((n - 1) % 5) * columns, parent[1] + ((n - 1) / 5) * rows, columns, rows};
    }

    private static double longitude(int column) {
        return WEST + column * (EAST - WEST) / COLUMNS;
    }

    private static double latitude(int row) {
        return NORTH - row * (NORTH - SOUTH) / ROWS;
    }

    private static Grid grid(GridCode code, String name, int[] cell) {
        Polygon boundary = rectangle(
                longitude(cell[0]), latitude(cell[1] + cell[3]), longitude(cell[0] + cell[2]), latitude(cell[1]));
        Grid.Builder builder = Grid.builder().code(code).name(name).boundary(boundary);
        int seed = Math.floorMod(code.value().hashCode(), 997);
        for (GridRole role : GridRole.values()) {
            builder.addStaff(new StaffAssignment(personId(code, role.name()), personName(seed + role.ordinal()), role));
        }
        for (ResponsibleRole role : ResponsibleRole.values()) {
            builder.responsible(
                    role,
                    new ResponsiblePerson(personId(code, role.name()), personName(seed + 7 * role.ordinal() + 3)));
        }
        return builder.build();
    }

    /** The id of the person holding {@code role} in grid {@code code}, e.g. {@code 320599001001001-grid-manager}. */
    public static String personId(GridCode code, String role) {
        return code + "-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String personName(int seed) {
        return SURNAMES[seed % SURNAMES.length] + GIVEN[(seed / SURNAMES.length) % GIVEN.length];
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
