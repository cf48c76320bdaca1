package org.gridsafe.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 申请延期: ask for a later rectification deadline.
 *
 * <pre>{@code
 * RequestExtension.of(caseId).requestedDeadline(later).reason("需更换防火门").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param requestedDeadline the deadline asked for; after the current one
 * @param reason why more time is needed
 */
public record RequestExtension(CaseId caseId, OptionalLong expectedVersion, Instant requestedDeadline, String reason)
        implements ExistingCaseCommand {
    /** A builder for a {@code RequestExtension} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public RequestExtension {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.REQUEST_EXTENSION;
    }

    /**
     * Builds a {@link RequestExtension} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private Instant requestedDeadline;
        private String reason;

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

        /** Sets the deadline asked for; after the current one. */
        public Builder requestedDeadline(Instant requestedDeadline) {
            this.requestedDeadline = requestedDeadline;
            return this;
        }

        /** Sets why more time is needed. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public RequestExtension build() {
            return new RequestExtension(caseId, expectedVersion, requestedDeadline, reason);
        }
    }
}
