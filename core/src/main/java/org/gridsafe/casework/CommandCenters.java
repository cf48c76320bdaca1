package org.gridsafe.casework;

import java.util.Objects;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;

/**
 * Which command center is the "parent command center" ({@link EscalationRung#PARENT_COMMAND_CENTER})
 * of a case: the grid one level up, except for a micro-grid case, whose parent command center is
 * either its community (the default) or its street, as the district's platform is organised.
 *
 * <p>Districts with a 三级平台 (区、街道、社区) run a command center in every community, so a
 * micro-grid's overdue work goes to the community; districts whose communities have no platform
 * of their own send it to the street. Which one applies is the district's choice; the community
 * default is the project's choice, because it is the level directly above the micro-grid.
 *
 * <pre>{@code
 * CommandCenters centers = CommandCenters.forMicroGrids(GridLevel.STREET);
 * centers.above(GridCode.parse("320599001001001"));   // 320599001, the street
 * }</pre>
 */
public final class CommandCenters {

    private static final CommandCenters STANDARD = new CommandCenters(GridLevel.COMMUNITY);

    private final GridLevel forMicroGrids;

    private CommandCenters(GridLevel forMicroGrids) {
        this.forMicroGrids = forMicroGrids;
    }

    /** A micro-grid's overdue work goes to its community's command center: the default. */
    public static CommandCenters standard() {
        return STANDARD;
    }

    /**
     * The command center that micro-grid cases escalate to.
     *
     * @param level {@link GridLevel#COMMUNITY} or {@link GridLevel#STREET}
     * @throws IllegalArgumentException for any other level
     */
    public static CommandCenters forMicroGrids(GridLevel level) {
        Objects.requireNonNull(level, "level");
        if (level != GridLevel.COMMUNITY && level != GridLevel.STREET) {
            throw new IllegalArgumentException(
                    "the parent command center of a micro-grid case is its COMMUNITY or its" + " STREET, not " + level);
        }
        return level == GridLevel.COMMUNITY ? STANDARD : new CommandCenters(level);
    }

    /** The level micro-grid cases escalate to. */
    public GridLevel forMicroGrids() {
        return forMicroGrids;
    }

    /**
     * The grid whose command center is the parent command center of a case in {@code caseGrid}:
     * for a micro-grid the configured ancestor, otherwise the parent grid; a district (which has
     * no parent) is its own.
     */
    public GridCode above(GridCode caseGrid) {
        Objects.requireNonNull(caseGrid, "caseGrid");
        if (caseGrid.level() == GridLevel.MICRO) {
            GridCode up = caseGrid.parent().orElseThrow();
            while (up.level() != forMicroGrids) {
                up = up.parent().orElseThrow();
            }
            return up;
        }
        return caseGrid.parent().orElse(caseGrid);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandCenters c && c.forMicroGrids == forMicroGrids;
    }

    @Override
    public int hashCode() {
        return forMicroGrids.hashCode();
    }

    @Override
    public String toString() {
        return "CommandCenters{micro-grids → " + forMicroGrids + "}";
    }
}
