package org.gridsafe.grid;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * One grid (网格): an area of a district with a code, a name, optionally a boundary, the staff who
 * work in it and its responsibility chain. Immutable; build one with {@link #builder()}.
 *
 * <p>The boundary is a valid {@code Polygon} or {@code MultiPolygon} (a village with an enclave is
 * one grid in two parts) in longitude/latitude degrees, x = longitude, the same reference system
 * as {@link GeoPoint}. Grids without a boundary are allowed (the hierarchy often exists before the
 * survey); {@link GridLocator} ignores them.
 *
 * <pre>{@code
 * Grid street = Grid.builder()
 *         .code("110105001")
 *         .name("建外街道")
 *         .boundary(new WKTReader().read("POLYGON ((116.44 39.90, 116.46 39.90, 116.46 39.92, 116.44 39.90))"))
 *         .addStaff(new StaffAssignment("p-7", "赵敏", GridRole.GRID_MANAGER))
 *         .responsible(ResponsibleRole.FIRST, new ResponsiblePerson("p-9", "孙涛"))
 *         .build();
 * }</pre>
 */
public final class Grid {

    private final GridCode code;
    private final String name;
    private final Geometry boundary;
    private final ImmutableList<StaffAssignment> staff;
    private final ResponsibilityChain responsibilityChain;

    private Grid(Builder builder) {
        this.code = builder.code;
        this.name = builder.name;
        this.boundary = builder.boundary;
        this.staff = ImmutableList.copyOf(builder.staff);
        this.responsibilityChain = ResponsibilityChain.of(builder.responsibles);
    }

    /** A builder for a grid; {@code code} and {@code name} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this grid's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.code = code;
        builder.name = name;
        builder.boundary = boundary;
        builder.staff.addAll(staff);
        builder.responsibles.putAll(responsibilityChain.holders());
        return builder;
    }

    /** The grid's code. */
    public GridCode code() {
        return code;
    }

    /** The grid's display name in simplified Chinese, e.g. {@code 建外街道}. */
    public String name() {
        return name;
    }

    /** The grid's level, given by its code. */
    public GridLevel level() {
        return code.level();
    }

    /**
     * The grid's boundary, a {@code Polygon} or {@code MultiPolygon}. JTS geometries are mutable,
     * so this returns a copy; changing it does not change the grid.
     */
    public Optional<Geometry> boundary() {
        return boundary == null ? Optional.empty() : Optional.of(boundary.copy());
    }

    /** The boundary as stored, for read-only use inside this package (no copy). */
    Optional<Geometry> sharedBoundary() {
        return Optional.ofNullable(boundary);
    }

    /** The staff of the grid, in the order they were added. */
    public List<StaffAssignment> staff() {
        return staff;
    }

    /** Who holds which rung of responsibility for this grid. */
    public ResponsibilityChain responsibilityChain() {
        return responsibilityChain;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Grid)) {
            return false;
        }
        Grid that = (Grid) other;
        return code.equals(that.code)
                && name.equals(that.name)
                && (boundary == null
                        ? that.boundary == null
                        : that.boundary != null && boundary.equalsExact(that.boundary))
                && staff.equals(that.staff)
                && responsibilityChain.equals(that.responsibilityChain);
    }

    @Override
    public int hashCode() {
        // The boundary is left out: equalsExact has no matching hash, and code + name spread well.
        return Objects.hash(code, name, staff, responsibilityChain);
    }

    @Override
    public String toString() {
        return "Grid{" + code + " " + level() + " " + name + (boundary == null ? "" : " with boundary") + "}";
    }

    /**
     * Collects the values of a {@link Grid}. {@link #build()} checks them all at once and reports
     * every problem in one exception.
     */
    public static final class Builder {

        private GridCode code;
        private String name;
        private Geometry boundary;
        private final List<StaffAssignment> staff = new ArrayList<>();
        private final Map<ResponsibleRole, ResponsiblePerson> responsibles = new EnumMap<>(ResponsibleRole.class);

        private Builder() {}

        /**
         * Sets the code.
         *
         * @param code the grid's code
         * @return this builder
         */
        public Builder code(GridCode code) {
            this.code = code;
            return this;
        }

        /**
         * Parses and sets the code.
         *
         * @param code the grid's code as digits
         * @return this builder
         * @throws IllegalArgumentException when the code is invalid (see {@link GridCode#parse})
         */
        public Builder code(String code) {
            return code(GridCode.parse(code));
        }

        /**
         * Sets the display name.
         *
         * @param name non-blank, at most 100 characters, no control characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the boundary; a copy is kept, so later changes to {@code boundary} do not leak in.
         *
         * @param boundary a valid, non-empty {@code Polygon} or {@code MultiPolygon}, or null for none
         * @return this builder
         */
        public Builder boundary(Geometry boundary) {
            this.boundary = boundary == null ? null : boundary.copy();
            return this;
        }

        /**
         * Adds one staff member.
         *
         * @param assignment the person and role
         * @return this builder
         */
        public Builder addStaff(StaffAssignment assignment) {
            staff.add(Fields.requireNonNull(assignment, "staff assignment"));
            return this;
        }

        /**
         * Replaces the staff.
         *
         * @param assignments the persons and their roles
         * @return this builder
         */
        public Builder staff(Collection<StaffAssignment> assignments) {
            Fields.requireNonNull(assignments, "staff");
            staff.clear();
            assignments.forEach(this::addStaff);
            return this;
        }

        /**
         * Sets the whole responsibility chain, replacing holders set with {@link #responsible}.
         *
         * @param chain the chain
         * @return this builder
         */
        public Builder responsibilityChain(ResponsibilityChain chain) {
            Fields.requireNonNull(chain, "responsibility chain");
            responsibles.clear();
            responsibles.putAll(chain.holders());
            return this;
        }

        /**
         * Sets the holder of one rung of the responsibility chain, on top of any chain set before.
         *
         * @param role the rung
         * @param person its holder
         * @return this builder
         */
        public Builder responsible(ResponsibleRole role, ResponsiblePerson person) {
            responsibles.put(
                    Fields.requireNonNull(role, "responsible role"),
                    Fields.requireNonNull(person, "holder of " + role));
            return this;
        }

        /**
         * Checks the values and builds the grid.
         *
         * @return the grid
         * @throws IllegalArgumentException listing every problem found
         */
        public Grid build() {
            List<String> problems = new ArrayList<>();
            if (code == null) {
                problems.add("grid code is required");
            }
            try {
                Fields.requireName(name, "grid name");
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (boundary != null) {
                checkBoundary(boundary).ifPresent(problems::add);
            }
            Set<String> seen = new HashSet<>();
            for (StaffAssignment assignment : staff) {
                if (!seen.add(assignment.personId() + "\u0000" + assignment.role())) {
                    problems.add("staff lists person '" + assignment.personId() + "' as " + assignment.role()
                            + " more than once");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid grid " + (code == null ? "(no code)" : code.value()) + ": "
                        + String.join("; ", problems));
            }
            return new Grid(this);
        }

        private static Optional<String> checkBoundary(Geometry boundary) {
            if (!(boundary instanceof Polygonal)) {
                return Optional.of("boundary must be a Polygon or MultiPolygon; got a " + boundary.getGeometryType());
            }
            if (boundary.isEmpty()) {
                return Optional.of("boundary must not be empty");
            }
            TopologyValidationError error = new IsValidOp(boundary).getValidationError();
            if (error != null) {
                return Optional.of(
                        "boundary is not a valid polygon: " + error.getMessage() + " at " + error.getCoordinate());
            }
            Envelope box = boundary.getEnvelopeInternal();
            if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
                // Also catches swapped axes: a Chinese latitude/longitude pair has y > 90.
                return Optional.of("boundary must lie within longitude -180..180 and latitude -90..90"
                        + " (x = longitude, y = latitude); its extent is " + box);
            }
            return Optional.empty();
        }
    }
}
