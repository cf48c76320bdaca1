package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 停产停业 / 撤离人员: production of a dispatched major hazard is stopped, whole or in part, because
 * safety cannot be assured while it is rectified; the rectification deadline keeps running.
 *
 * <pre>{@code
 * StopProduction.of(caseId).scope(ProductionStopScope.PART).evacuated(true).reason("储罐区泄漏风险无法控制").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param scope whole or in part
 * @param evacuated whether people are withdrawn from the danger area
 * @param reason why safety cannot be assured (up to 500 characters)
 */
public record StopProduction(
        CaseId caseId, OptionalLong expectedVersion, ProductionStopScope scope, boolean evacuated, String reason)
        implements ExistingCaseCommand {
    /** A builder for a {@code StopProduction} of case {@code caseId}; unset parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public StopProduction {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.STOP_PRODUCTION;
    }

    /**
     * Builds a {@link StopProduction} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private ProductionStopScope scope;
        private boolean evacuated;
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

        /** Sets whole or in part. */
        public Builder scope(ProductionStopScope scope) {
            this.scope = scope;
            return this;
        }

        /** Sets whether people are withdrawn from the danger area. */
        public Builder evacuated(boolean evacuated) {
            this.evacuated = evacuated;
            return this;
        }

        /** Sets why safety cannot be assured (up to 500 characters). */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public StopProduction build() {
            return new StopProduction(caseId, expectedVersion, scope, evacuated, reason);
        }
    }
}
