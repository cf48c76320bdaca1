package org.gridsafe.bench;

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
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.port.GridDirectory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A district of 1k, 10k or 100k micro-grids, generated like the demo district (examples'
 * {@code DemoDistrict}) on an integer lattice, so neighbours share edges bit for bit and the
 * micro-grids tile the district without gaps or overlaps. Every grid, at every level, has a
 * rectangular boundary, the five forces as staff and a full responsibility chain.
 *
 * <p>Each level splits its parent's rectangle into {@code columns × rows} children, numbered
 * west→east, then north→south: 10 streets (5 × 2); then communities and micro-grids per parent:
 * 1k = 10 (5 × 2) × 10 (5 × 2); 10k = 10 (5 × 2) × 100 (10 × 10); 100k = 100 (10 × 10) × 100 (10 × 10).
 */
public final class SizedDistrict {

    public static final GridCode DISTRICT = GridCode.parse("320599");
    public static final double WEST = 120.0;
    public static final double EAST = 120.5;
    public static final double SOUTH = 31.0;
    public static final double NORTH = 31.4;
    public static final DepartmentId FIRE_BRIGADE = DepartmentId.of("fire-brigade");
    public static final DepartmentId EMERGENCY = DepartmentId.of("emergency");

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "霞"};

    /** {columns, rows} per level below the district: street, community, micro-grid. */
    private final int[][] splits;

    private final int columns;
    private final int rows;
    private final boolean withStaff;

    private SizedDistrict(int[][] splits, boolean withStaff) {
        this.splits = splits;
        this.withStaff = withStaff;
        int c = 1;
        int r = 1;
        for (int[] split : splits) {
            c *= split[0];
            r *= split[1];
        }
        this.columns = c;
        this.rows = r;
    }

    /**
     * A district with {@code microGrids} micro-grids.
     *
     * @param microGrids 1,000, 10,000 or 100,000
     * @param withStaff whether grids get staff and responsibility chains (as a real district has)
     */
    public static SizedDistrict of(int microGrids, boolean withStaff) {
        int[][] splits = switch (microGrids) {
            case 1_000 -> new int[][] {{5, 2}, {5, 2}, {5, 2}};
            case 10_000 -> new int[][] {{5, 2}, {5, 2}, {10, 10}};
            case 100_000 -> new int[][] {{5, 2}, {10, 10}, {10, 10}};
            default ->
                throw new IllegalArgumentException("micro-grid count must be 1000, 10000 or 100000, not " + microGrids);
        };
        return new SizedDistrict(splits, withStaff);
    }

    /** All grids (district, streets, communities, micro-grids), parents before children. */
    public List<Grid> gridList() {
        List<Grid> grids = new ArrayList<>();
        int[] whole = {0, 0, columns, rows};
        grids.add(grid(DISTRICT, whole));
        addChildren(grids, DISTRICT, whole, 0);
        return grids;
    }

    private void addChildren(List<Grid> out, GridCode parent, int[] cell, int level) {
        if (level == splits.length) {
            return;
        }
        int[] split = splits[level];
        int count = split[0] * split[1];
        for (int n = 1; n <= count; n++) {
            GridCode code = parent.child(String.format(Locale.ROOT, "%03d", n));
            int[] child = cell(cell, n, split[0], split[1]);
            out.add(grid(code, child));
            addChildren(out, code, child, level + 1);
        }
    }

    /** The grid tree. */
    public GridTree tree() {
        return GridTree.of(gridList());
    }

    /** The micro-grid codes, in code order. */
    public static List<GridCode> microGrids(GridTree tree) {
        List<GridCode> micro = new ArrayList<>();
        for (Grid g : tree.grids()) {
            if (g.level() == GridLevel.MICRO) {
                micro.add(g.code());
            }
        }
        micro.sort(null);
        return micro;
    }

    /** A directory over a tree: two departments, the default time limits, the 2026 calendar. */
    public static GridDirectory directory(GridTree tree) {
        DutyMatrix duties = DutyMatrix.builder()
                .department(
                        new Department(FIRE_BRIGADE, "区消防救援大队", "Fire and Rescue Brigade", Set.of(SafetyDomain.FIRE)))
                .department(new Department(
                        EMERGENCY, "区应急管理局", "Emergency Management Bureau", Set.of(SafetyDomain.PRODUCTION)))
                .rule(DutyRule.of(SafetyDomain.FIRE, FIRE_BRIGADE))
                .rule(DutyRule.of(SafetyDomain.PRODUCTION, EMERGENCY))
                .build();
        return new InMemoryGridDirectory(tree, duties, TimeLimits.defaults(), WorkCalendar.chinaMainland2026());
    }

    private static int[] cell(int[] parent, int n, int cols, int rws) {
        int width = parent[2] / cols;
        int height = parent[3] / rws;
        return new int[] {parent[0] + ((n - 1) % cols) * width, parent[1] + ((n - 1) / cols) * height, width, height};
    }

    private double longitude(int column) {
        return WEST + column * (EAST - WEST) / columns;
    }

    private double latitude(int row) {
        return NORTH - row * (NORTH - SOUTH) / rows;
    }

    /** The boundary of a lattice cell {column, row, columns, rows}. */
    Polygon rectangle(int[] cell) {
        double west = longitude(cell[0]);
        double east = longitude(cell[0] + cell[2]);
        double north = latitude(cell[1]);
        double south = latitude(cell[1] + cell[3]);
        return GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(west, south),
            new Coordinate(east, south),
            new Coordinate(east, north),
            new Coordinate(west, north),
            new Coordinate(west, south)
        });
    }

    /** Only the boundaries, as bare JTS polygons (the memory suite's baseline). */
    public List<Polygon> boundariesOnly() {
        List<Polygon> out = new ArrayList<>();
        int[] whole = {0, 0, columns, rows};
        out.add(rectangle(whole));
        addBoundaries(out, whole, 0);
        return out;
    }

    private void addBoundaries(List<Polygon> out, int[] cell, int level) {
        if (level == splits.length) {
            return;
        }
        int[] split = splits[level];
        for (int n = 1; n <= split[0] * split[1]; n++) {
            int[] child = cell(cell, n, split[0], split[1]);
            out.add(rectangle(child));
            addBoundaries(out, child, level + 1);
        }
    }

    private Grid grid(GridCode code, int[] cell) {
        Grid.Builder builder =
                Grid.builder().code(code).name("网格" + code.value()).boundary(rectangle(cell));
        if (withStaff) {
            int seed = Math.floorMod(code.value().hashCode(), 997);
            for (GridRole role : GridRole.values()) {
                builder.addStaff(
                        new StaffAssignment(personId(code, role.name()), personName(seed + role.ordinal()), role));
            }
            for (ResponsibleRole role : ResponsibleRole.values()) {
                builder.responsible(
                        role,
                        new ResponsiblePerson(personId(code, role.name()), personName(seed + 7 * role.ordinal() + 3)));
            }
        }
        return builder.build();
    }

    private static String personId(GridCode code, String role) {
        return code + "-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String personName(int seed) {
        return SURNAMES[seed % SURNAMES.length] + GIVEN[(seed / SURNAMES.length) % GIVEN.length];
    }
}
