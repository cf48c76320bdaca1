package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 重大事故隐患降级: the command center finds that an open MAJOR case is not a major accident hazard
 * after all and makes it GENERAL, with a reason; the link to its major-hazard criterion, if any,
 * is removed and recorded in the event.
 *
 * <pre>{@code
 * DowngradeMajorHazard.of(caseId).reason("复核：不符合判定标准第3条（一）").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param reason why, 1 to {@link InputLimits#REASON} characters
 */
public record DowngradeMajorHazard(CaseId caseId, OptionalLong expectedVersion, String reason)
        implements ExistingCaseCommand {

    public DowngradeMajorHazard {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    /** A builder for a {@code DowngradeMajorHazard} of case {@code caseId}. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    @Override
    public Action action() {
        return Action.DOWNGRADE_MAJOR_HAZARD;
    }

    /** Builds a {@link DowngradeMajorHazard}; a required part left unset is reported by the decider. */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String reason;

        private Builder(CaseId caseId) {
            this.caseId = caseId;
        }

        /** The version the actor saw; the command is refused as stale if the case moved on. */
        public Builder expectedVersion(long version) {
            this.expectedVersion = OptionalLong.of(version);
            return this;
        }

        /** As {@link #expectedVersion(long)}, or no check when empty. */
        public Builder expectedVersion(OptionalLong version) {
            this.expectedVersion = version == null ? OptionalLong.empty() : version;
            return this;
        }

        /** Why the case is not a major hazard. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public DowngradeMajorHazard build() {
            return new DowngradeMajorHazard(caseId, expectedVersion, reason);
        }
    }
}
