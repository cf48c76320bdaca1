package org.gridsafe.casework;

import java.util.Optional;
import org.gridsafe.lifecycle.Step;

/**
 * 网格调整 of an unfinished case: refused (field {@code grid}) while the directory still holds the
 * case's grid, or when nothing of the directory covers the case any more; otherwise the case moves
 * where {@link GridMove} says, keeping its state, deadline and escalation rung.
 */
final class MovingToGrid implements Step<MoveToGrid, StepContext> {

    @Override
    public void decide(MoveToGrid command, StepContext ctx) {
        Case c = ctx.current();
        CaseRules rules = ctx.rules();
        if (rules.grids().find(c.grid()).isPresent()) {
            ctx.checks()
                    .fail(
                            "grid",
                            "grid " + c.grid()
                                    + " is still in the directory; a case stays with its grid while it exists");
            return;
        }
        Optional<GridMove> move = GridMove.of(c, rules.grids(), rules.locator());
        if (move.isEmpty()) {
            ctx.checks()
                    .fail(
                            "grid",
                            "no grid of the directory contains the case's location and no ancestor of grid " + c.grid()
                                    + " is left; add the district's grids to the directory");
            return;
        }
        GridMove m = move.get();
        ctx.add(new CaseMovedToGrid(
                m.from(), m.to(), m.basis(), CaseMovedToGrid.REASON, Accountability.of(rules.grids(), m.to())));
    }
}
