package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;

/**
 * Where a case goes when its grid leaves the directory (a boundary change, a split or a merge of
 * grids). The rule: a case stays with its grid while the directory holds that grid; once it does
 * not, an unfinished case moves to the smallest grid whose boundary now contains the case's
 * location, else (no location, or no boundary contains it) to its grid's nearest ancestor by code
 * that the directory still holds. Finished cases (closed, rejected, merged) keep their grid as
 * history.
 *
 * @param caseId the case moved
 * @param from the grid it had, which the directory no longer holds
 * @param to the grid it has now
 * @param basis why that grid
 */
public record GridMove(CaseId caseId, GridCode from, GridCode to, Basis basis) {

    /** Why a case went to the grid it went to. */
    public enum Basis {
        /** The grid's new boundary contains the case's location. */
        LOCATION,
        /** The nearest ancestor by code of the removed grid that the directory still holds. */
        ANCESTOR
    }

    /** Validates that no field is null. */
    public GridMove {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Where {@code c} goes by the rule above: empty while {@code tree} still holds its grid, and
     * when neither a boundary nor any ancestor of its grid is left (the district itself is gone).
     */
    public static Optional<GridMove> of(Case c, GridTree tree, GridLocator locator) {
        if (tree.find(c.grid()).isPresent()) {
            return Optional.empty();
        }
        Optional<Grid> located = c.location().flatMap(locator::locate);
        if (located.isPresent()) {
            return Optional.of(new GridMove(c.id(), c.grid(), located.get().code(), Basis.LOCATION));
        }
        Optional<GridCode> code = c.grid().parent();
        while (code.isPresent()) {
            if (tree.find(code.get()).isPresent()) {
                return Optional.of(new GridMove(c.id(), c.grid(), code.get(), Basis.ANCESTOR));
            }
            code = code.get().parent();
        }
        return Optional.empty();
    }
}
