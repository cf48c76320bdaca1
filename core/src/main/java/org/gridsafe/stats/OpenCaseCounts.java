package org.gridsafe.stats;

import java.util.Optional;
import org.gridsafe.grid.Grid;
import org.gridsafe.hazard.HazardGrade;

/**
 * The open work of a scope right now (在办隐患), as the command center's map colours a grid: the
 * cases not finished (reported, in the loop or suspended), of them the major hazards (重大事故隐患),
 * and the cases past their deadline (超期在办, as {@code Case.isOverdueAt}).
 *
 * @param open cases not finished at as-of ({@code !state.isFinished()}), suspended ones included
 * @param openMajor of those, graded {@link HazardGrade#MAJOR}
 * @param overdue open cases in the loop whose deadline is before as-of
 */
public record OpenCaseCounts(long open, long openMajor, long overdue) {

    /** Nothing open. */
    public static final OpenCaseCounts NONE = new OpenCaseCounts(0, 0, 0);

    public OpenCaseCounts {
        if (open < 0 || openMajor < 0 || overdue < 0 || openMajor > open || overdue > open) {
            throw new IllegalArgumentException(
                    "counts must satisfy 0 <= major, overdue <= open: " + open + ", " + openMajor + ", " + overdue);
        }
    }

    /** The worst grade among the open cases; empty when nothing is open. */
    public Optional<HazardGrade> worstGrade() {
        if (openMajor > 0) {
            return Optional.of(HazardGrade.MAJOR);
        }
        return open > 0 ? Optional.of(HazardGrade.GENERAL) : Optional.empty();
    }

    /** One grid (its whole subtree) with its open work. */
    public record OfGrid(Grid grid, OpenCaseCounts counts) {}
}
