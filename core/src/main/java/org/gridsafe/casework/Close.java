package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * Step 6, 结案评价: close the case and record the evaluation and the reporter's feedback.
 *
 * <pre>{@code
 * Close.of(caseId).expectedVersion(5).satisfaction(5).feedback("处理及时").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param satisfaction the reporter's satisfaction, 1 to 5
 * @param feedback the reporter's words
 * @param evaluation the command center's evaluation
 */
public record Close(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<Integer> satisfaction,
        Optional<String> feedback,
        Optional<String> evaluation)
        implements ExistingCaseCommand {
    /** A builder for a {@code Close} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Close {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.CLOSE;
    }

    /**
     * Builds a {@link Close} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private Integer satisfaction;
        private String feedback;
        private String evaluation;

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

        /** Sets the reporter's satisfaction, 1 to 5. */
        public Builder satisfaction(Integer satisfaction) {
            this.satisfaction = satisfaction;
            return this;
        }

        /** As {@link #satisfaction(Integer)}; empty leaves it unset. */
        public Builder satisfaction(Optional<Integer> satisfaction) {
            this.satisfaction = satisfaction.orElse(null);
            return this;
        }

        /** Sets the reporter's words. */
        public Builder feedback(String feedback) {
            this.feedback = feedback;
            return this;
        }

        /** As {@link #feedback(String)}; empty leaves it unset. */
        public Builder feedback(Optional<String> feedback) {
            this.feedback = feedback.orElse(null);
            return this;
        }

        /** Sets the command center's evaluation. */
        public Builder evaluation(String evaluation) {
            this.evaluation = evaluation;
            return this;
        }

        /** As {@link #evaluation(String)}; empty leaves it unset. */
        public Builder evaluation(Optional<String> evaluation) {
            this.evaluation = evaluation.orElse(null);
            return this;
        }

        public Close build() {
            return new Close(
                    caseId,
                    expectedVersion,
                    Optional.ofNullable(satisfaction),
                    Optional.ofNullable(feedback),
                    Optional.ofNullable(evaluation));
        }
    }
}
