package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.media.MediaReference;

/**
 * Step 4, 整改处置: report the hazard fixed, with evidence.
 *
 * <pre>{@code
 * SubmitRectification.of(caseId).expectedVersion(3).evidence("杂物已清理").attachment("photo:1").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param evidence what was done
 * @param attachments references to photos and documents
 * @param media photos and files of the result already in the {@code MediaStore}; each must be stored
 */
public record SubmitRectification(
        CaseId caseId,
        OptionalLong expectedVersion,
        String evidence,
        List<String> attachments,
        List<MediaReference> media)
        implements ExistingCaseCommand {

    /** A rectification without stored media. */
    public SubmitRectification(CaseId caseId, OptionalLong expectedVersion, String evidence, List<String> attachments) {
        this(caseId, expectedVersion, evidence, attachments, List.of());
    }
    /** A builder for a {@code SubmitRectification} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public SubmitRectification {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        media = media == null ? List.of() : List.copyOf(media);
    }

    @Override
    public Action action() {
        return Action.SUBMIT_RECTIFICATION;
    }

    /**
     * Builds a {@link SubmitRectification} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String evidence;
        private final List<String> attachments = new ArrayList<>();
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

        /** Sets what was done. */
        public Builder evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Adds one of the references to photos and documents. */
        public Builder attachment(String reference) {
            this.attachments.add(reference);
            return this;
        }

        /** Adds all of {@code references} to the references to photos and documents. */
        public Builder attachments(List<String> references) {
            if (references != null) {
                this.attachments.addAll(references);
            }
            return this;
        }

        /** Adds a photo or file of the result from the {@code MediaStore}. */
        public Builder media(MediaReference reference) {
            this.media.add(reference);
            return this;
        }

        public SubmitRectification build() {
            return new SubmitRectification(caseId, expectedVersion, evidence, attachments, media);
        }
    }
}
