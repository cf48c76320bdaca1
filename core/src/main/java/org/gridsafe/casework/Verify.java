package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.media.MediaReference;

/**
 * Step 5, 核查验收: accept the rectification, or send it back for rework with a reason.
 *
 * <pre>{@code
 * Verify.of(caseId).expectedVersion(4).passed(false).remarks("仍有堆放").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param passed whether the rectification is accepted
 * @param remarks the verifier's note; required when it is not accepted
 * @param media the verifier's photos and files from the site, already in the {@code MediaStore}
 */
public record Verify(
        CaseId caseId,
        OptionalLong expectedVersion,
        boolean passed,
        Optional<String> remarks,
        List<MediaReference> media)
        implements ExistingCaseCommand {

    /** A verification without stored media. */
    public Verify(CaseId caseId, OptionalLong expectedVersion, boolean passed, Optional<String> remarks) {
        this(caseId, expectedVersion, passed, remarks, List.of());
    }
    /** A builder for a {@code Verify} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Verify {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        media = media == null ? List.of() : List.copyOf(media);
    }

    @Override
    public Action action() {
        return Action.VERIFY;
    }

    /**
     * Builds a {@link Verify} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private boolean passed;
        private String remarks;
        private final List<MediaReference> media = new ArrayList<>();

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

        /** Sets whether the rectification is accepted. */
        public Builder passed(boolean passed) {
            this.passed = passed;
            return this;
        }

        /** Sets the verifier's note; required when it is not accepted. */
        public Builder remarks(String remarks) {
            this.remarks = remarks;
            return this;
        }

        /** As {@link #remarks(String)}; empty leaves it unset. */
        public Builder remarks(Optional<String> remarks) {
            this.remarks = remarks.orElse(null);
            return this;
        }

        /** Adds a photo or file from the site, from the {@code MediaStore}. */
        public Builder media(MediaReference reference) {
            this.media.add(reference);
            return this;
        }

        public Verify build() {
            return new Verify(caseId, expectedVersion, passed, Optional.ofNullable(remarks), media);
        }
    }
}
