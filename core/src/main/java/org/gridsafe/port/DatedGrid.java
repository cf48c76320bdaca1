package org.gridsafe.port;

import java.time.LocalDate;
import java.util.Objects;
import org.gridsafe.grid.Grid;

/**
 * A grid as it stood on a day: its name, boundary, staff and responsibility chain, and the
 * recorded directory version that held them.
 *
 * @param grid the grid as that version had it
 * @param version the number of the recorded change that made that version (from 1)
 * @param effectiveFrom the day that version took effect
 */
public record DatedGrid(Grid grid, long version, LocalDate effectiveFrom) {

    public DatedGrid {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
