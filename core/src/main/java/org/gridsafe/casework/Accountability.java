package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.grid.ResponsibleRole;

/**
 * Who answered for a case at each of its steps, as its log recorded it then (责任到人), so that an
 * evaluation months later names the people responsible at the time, not today's holders.
 *
 * <pre>{@code
 * List<List<Responsibility>> who = Accountability.atEachEvent(casework.history(actor, caseId));
 * }</pre>
 */
public final class Accountability {

    private Accountability() {}

    /**
     * The people responsible at each event of {@code log}, index by index: what the event itself
     * records ({@link CaseEvent#responsible()}), else what the last event before it recorded, else
     * nobody (an event before any registration, or a log written before responsibility was
     * recorded).
     */
    public static List<List<Responsibility>> atEachEvent(List<RecordedEvent> log) {
        List<List<Responsibility>> result = new ArrayList<>(log.size());
        List<Responsibility> standing = List.of();
        for (RecordedEvent recorded : log) {
            List<Responsibility> own = recorded.event().responsible();
            if (!own.isEmpty()) {
                standing = own;
            }
            result.add(standing);
        }
        return result;
    }

    /**
     * The holders of the escalation ladder's rungs in {@code grid}'s own chain, lowest rung first;
     * when every rung there is vacant (or the tree no longer knows the grid), those of the nearest
     * ancestor grid that holds any. Empty when nobody up to the root holds a rung.
     */
    public static List<Responsibility> of(GridTree tree, GridCode grid) {
        Optional<GridCode> code = Optional.of(grid);
        while (code.isPresent()) {
            Optional<Grid> found = tree.find(code.get());
            if (found.isPresent()) {
                List<Responsibility> held = new ArrayList<>();
                Grid g = found.get();
                for (ResponsibleRole role : ResponsibleRole.values()) {
                    if (role.onEscalationLadder()) {
                        g.responsibilityChain()
                                .holder(role)
                                .ifPresent(person -> held.add(new Responsibility(g.code(), role, person)));
                    }
                }
                if (!held.isEmpty()) {
                    return List.copyOf(held);
                }
            }
            code = code.get().parent();
        }
        return List.of();
    }
}
