package org.gridsafe.grid;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link GridTree#of} when the grids do not form a hierarchy; lists every problem found,
 * not just the first, so a host can fix its data in one pass.
 */
public final class InvalidGridTreeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Kept as an immutable list so the exception stays safe to share. */
    @SuppressWarnings("serial") // ImmutableList is serializable
    private final ImmutableList<String> problems;

    InvalidGridTreeException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the grid tree:\n  - "
                + String.join("\n  - ", problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, one sentence each, ordered by the grid code they concern. */
    public List<String> problems() {
        return problems;
    }
}
