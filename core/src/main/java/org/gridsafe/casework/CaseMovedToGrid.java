package org.gridsafe.casework;

import java.util.List;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.Responsibility;

/**
 * 网格调整: the case's grid left the directory (a boundary change, a split or a merge), so the case
 * moved to the grid that covers it now ({@link GridMove}); state, deadline and department stay.
 *
 * @param from the grid the case had
 * @param to the grid it has now
 * @param basis why that grid
 * @param reason the reason shown in the history: {@link #REASON}
 * @param responsible who held the rungs of the new grid's chain at the move
 */
public record CaseMovedToGrid(
        GridCode from, GridCode to, GridMove.Basis basis, String reason, List<Responsibility> responsible)
        implements CaseEvent {

    /** The reason every system move records. */
    public static final String REASON = "网格调整";

    public CaseMovedToGrid {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }
}
