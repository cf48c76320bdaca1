package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 同意延期: grant the pending extension request.
 *
 * <pre>{@code
 * ApproveExtension.of(caseId).note("同意").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param note the approver's note
 */
public record ApproveExtension(CaseId caseId, OptionalLong expectedVersion, Optional<String> note)
        implements ExistingCaseCommand {
    /** A builder for a {@code ApproveExtension} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public ApproveExtension {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.DECIDE_EXTENSION;
    }

    /**
     * Builds a {@link ApproveExtension} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String note;

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw (HTTP {@code If-Match}); the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        /** As {@link #expectedVersion(long)}, or no check when empty. */
        public Builder expectedVersion(OptionalLong version) {
            this.expectedVersion = version == null ? OptionalLong.empty() : version;
            return this;
        }

        /** Sets the approver's note. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** As {@link #note(String)}; empty leaves it unset. */
        public Builder note(Optional<String> note) {
            this.note = note.orElse(null);
            return this;
        }

        public ApproveExtension build() {
            return new ApproveExtension(caseId, expectedVersion, Optional.ofNullable(note));
        }
    }
}
