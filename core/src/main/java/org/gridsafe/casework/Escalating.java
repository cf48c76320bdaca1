package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.lifecycle.Step;

/**
 * 督办, in any open state: overdue work climbs the ladder as far as {@link EscalationPolicy} says
 * is due at the command's time, one event (and one notification) per rung; the state stays.
 * Nothing due: no events.
 *
 * <p>Every rung reaches a person. A person rung whose role is vacant in the case's grid goes to
 * the next held rung above it in that grid, then to the lowest held rung of the parent grids
 * ({@link GridTree#nextResponsibleAbove}); the command-center rung reaches the person who answers
 * first for the grid of the parent command center ({@link CommandCenters}), climbing the same
 * way. When nobody in the grid or above holds any rung, the escalation is refused (field
 * {@code grid}) rather than written without a recipient.
 */
final class Escalating implements Step<Escalate, StepContext> {

    @Override
    public void decide(Escalate command, StepContext ctx) {
        FieldChecks checks = ctx.checks();
        CaseRules rules = ctx.rules();
        Case c = ctx.current();
        if (!checks.required("now", command.now())) {
            return;
        }
        if (command.now().isAfter(ctx.now())) {
            // Escalating "as of" a future time would mark work overdue before it is.
            checks.fail(
                    "now", "cannot escalate as of " + command.now() + ", which is after the current time " + ctx.now());
            return;
        }
        Instant deadline = c.deadline().orElseThrow();
        EscalationRung rung = c.escalationRung();
        Optional<EscalationRung> next = rung.next();
        while (next.isPresent()
                && command.now().isAfter(rules.escalation().rungDueAt(next.get(), deadline, rules.calendar()))) {
            rung = next.get();
            GridCode target = rung == EscalationRung.PARENT_COMMAND_CENTER
                    ? rules.commandCenters().above(c.grid())
                    : c.grid();
            Optional<Responsibility> reached = recipient(rules.grids(), target, rung.role());
            if (reached.isEmpty()) {
                checks.fail(
                        "grid",
                        "nobody holds a rung of the responsibility chain of grid " + target
                                + " or of a grid above it, so escalation to " + rung + " would reach no one;"
                                + " name a responsible person in the grid directory");
                return;
            }
            // A command center is the grid itself; a person rung names the grid the holder answers for.
            GridCode grid = rung == EscalationRung.PARENT_COMMAND_CENTER
                    ? target
                    : reached.get().grid();
            ctx.add(new CaseEscalated(
                    c.state(), rung, grid, Optional.of(reached.get().person()), List.of(reached.get())));
            ctx.notifyEscalation(grid, c.department(), reached.get().person().personId(), rung);
            next = rung.next();
        }
    }

    /**
     * The person a rung reaches from {@code grid}: the holder of {@code role} there, else the next
     * held rung above it there or in the parent grids; without a role (a command center), the
     * lowest held rung of {@code grid} or, when all are vacant, of the nearest parent grid.
     */
    static Optional<Responsibility> recipient(GridTree tree, GridCode grid, Optional<ResponsibleRole> role) {
        Optional<Grid> here = known(tree, grid);
        if (here.isEmpty()) {
            return Optional.empty();
        }
        Grid g = here.get();
        if (role.isPresent()) {
            Optional<Responsibility> holder =
                    g.responsibilityChain().holder(role.get()).map(p -> new Responsibility(g.code(), role.get(), p));
            return holder.isPresent() ? holder : tree.nextResponsibleAbove(g.code(), role.get());
        }
        Optional<ResponsibleRole> lowest = g.responsibilityChain().lowestHeldRung();
        if (lowest.isPresent()) {
            return Optional.of(new Responsibility(
                    g.code(),
                    lowest.get(),
                    g.responsibilityChain().holder(lowest.get()).orElseThrow()));
        }
        return tree.nextResponsibleAbove(g.code(), ResponsibleRole.ASSIGNED_LEADER);
    }

    /** The grid, or its nearest ancestor the tree knows (a case may outlive its grid's entry). */
    private static Optional<Grid> known(GridTree tree, GridCode grid) {
        Optional<GridCode> code = Optional.of(grid);
        while (code.isPresent()) {
            Optional<Grid> found = tree.find(code.get());
            if (found.isPresent()) {
                return found;
            }
            code = code.get().parent();
        }
        return Optional.empty();
    }
}
