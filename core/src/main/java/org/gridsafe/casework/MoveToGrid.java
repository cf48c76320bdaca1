package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 网格调整: move an unfinished case whose grid the directory no longer holds to the grid that now
 * covers it (see {@link GridMove} for the rule); {@code Casework.moveCasesOfRemovedGrids} issues
 * it for every such case after a directory change.
 *
 * <pre>{@code
 * MoveToGrid.of(caseId).build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 */
public record MoveToGrid(CaseId caseId, OptionalLong expectedVersion) implements ExistingCaseCommand {

    /** A builder for a {@code MoveToGrid} of case {@code caseId}. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public MoveToGrid {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.MOVE_TO_GRID;
    }

    /** Builds a {@link MoveToGrid}. */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw; the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        public MoveToGrid build() {
            return new MoveToGrid(caseId, expectedVersion);
        }
    }
}
