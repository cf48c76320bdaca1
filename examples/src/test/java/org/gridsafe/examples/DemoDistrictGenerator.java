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
 * How the shipped demo district files were made ({@code src/main/resources/.../demo-district/}):
 * run {@link #main} from the module folder to write them again after changing this class;
 * {@code DemoDistrictFilesTest} fails while the files and this generator disagree.
 *
 * <p>The demo district 示范区 (fictional code 320599), generated deterministically: 10 streets, 10
 * communities per street, 10 micro-grids per community (1,000 micro-grids), tiling a rectangle of
 * 0.5° × 0.4° around 120.25°E 31.2°N without gaps or overlaps. Every grid has the five forces and
 * a full responsibility chain; there is one department per safety domain, a duty matrix and the
 * 2026 mainland China work calendar.
 *
 * <p>The layout: the district splits into streets of 5 columns × 2 rows, each street into
 * communities of 2 columns × 5 rows, each community into micro-grids of 5 columns × 2 rows, all
 * numbered west→east, then north→south (as Beijing's DB11 numbers unit grids).
 */
final class DemoDistrictGenerator {

    static final GridCode DISTRICT = DemoDistrict.DISTRICT;
    static final double WEST = DemoDistrict.WEST;
    static final double EAST = DemoDistrict.EAST;
    static final double SOUTH = DemoDistrict.SOUTH;
    static final double NORTH = DemoDistrict.NORTH;
    /** Micro-grid columns (5 × 2 × 5) and rows (2 × 5 × 2) across the district. */
    static final int COLUMNS = 50;

    static final int ROWS = 20;

    static final String[] STREETS = {"金桥街道", "银湖街道", "石湖街道", "枫桥街道", "横塘街道", "狮山街道", "东港街道", "望亭镇", "通安镇", "浒墅关镇"};
    /** The first seven are 街道, the last three 镇. */
    static final int STREET_COUNT = 7;

    static final String[] COMMUNITY_SUFFIXES = {"一村", "二村", "新村", "花园", "苑", "里", "港", "湾", "桥", "坊"};

    static final DepartmentId EMERGENCY = DemoDistrict.EMERGENCY;
    static final DepartmentId FIRE_BRIGADE = DemoDistrict.FIRE_BRIGADE;
    static final DepartmentId TRAFFIC_POLICE = DemoDistrict.TRAFFIC_POLICE;
    static final DepartmentId HOUSING = DemoDistrict.HOUSING;
    static final DepartmentId MARKET = DemoDistrict.MARKET;
    static final DepartmentId PUBLIC_SECURITY = DemoDistrict.PUBLIC_SECURITY;
    static final DepartmentId GAS_OFFICE = DemoDistrict.GAS_OFFICE;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "霞"};

    private DemoDistrictGenerator() {}

    /** Writes the files into {@code args[0]}, default the module's resource folder. */
    public static void main(String[] args) {
        java.nio.file.Path folder = java.nio.file.Path.of(args.length > 0 ? args[0] : DemoDistrict.RESOURCE_FOLDER);
        org.gridsafe.districtdata.DistrictData.withDefaults()
                .export(directory(), org.gridsafe.districtdata.TableFormat.CSV)
                .writeTo(folder);
        System.out.println("wrote the demo district to " + folder.toAbsolutePath());
    }

    /** The whole directory: grids, duty matrix, default time limits, the 2026 calendar. */
    static GridDirectory directory() {
        return new InMemoryGridDirectory(
                grids(), dutyMatrix(), TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
    }

    /** The 1,111 grids of the district. */
    static GridTree grids() {
        List<Grid> grids = new ArrayList<>(1111);
        int[] whole = {0, 0, COLUMNS, ROWS};
        grids.add(grid(DISTRICT, "示范区", whole));
        for (int s = 1; s <= 10; s++) {
            // Streets (街道) are 001-099, towns (镇) 100-199: the type digit of the statistical code.
            GridCode street =
                    DISTRICT.child(String.format(Locale.ROOT, "%03d", s <= STREET_COUNT ? s : 100 + s - STREET_COUNT));
            int[] sb = cell(whole, s, 5, 2);
            String streetName = STREETS[s - 1];
            grids.add(grid(street, streetName, sb));
            for (int c = 1; c <= 10; c++) {
                GridCode community = street.child(String.format(Locale.ROOT, "%03d", c));
                int[] cb = cell(sb, c, 2, 5);
                String communityName = streetName.substring(0, 2) + COMMUNITY_SUFFIXES[c - 1] + "社区";
                grids.add(grid(community, communityName, cb));
                for (int m = 1; m <= 10; m++) {
                    GridCode micro = community.child(String.format(Locale.ROOT, "%03d", m));
                    grids.add(grid(micro, communityName + "第" + m + "微网格", cell(cb, m, 5, 2)));
                }
            }
        }
        return GridTree.of(grids);
    }

    /** Departments for all six safety domains, and who handles what. */
    static DutyMatrix dutyMatrix() {
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
     * Child {@code n} (1-10) of a lattice rectangle {column, row, columns, rows} split into {@code
     * across} columns × {@code down} rows, numbered from the north-west. Working on the micro-grid
     * lattice keeps shared edges bit-for-bit equal, so neighbours neither overlap nor leave slivers;
     * alternating 5 × 2 and 2 × 5 keeps the grids from becoming thin strips.
     */
    static int[] cell(int[] parent, int n, int across, int down) {
        int columns = parent[2] / across;
        int rows = parent[3] / down;
        return new int[] {parent[0] + ((n - 1) % across) * columns, parent[1] + ((n - 1) / across) * rows, columns, rows
        };
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

    static String personId(GridCode code, String role) {
        return DemoDistrict.personId(code, role);
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
