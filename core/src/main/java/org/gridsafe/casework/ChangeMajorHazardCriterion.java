package org.gridsafe.casework;

import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 变更重大事故隐患判定依据: the command center links a major-hazard criterion to an open case that
 * has none (the case becomes MAJOR) or replaces the linked criterion by another (it stays MAJOR),
 * with a reason. Removing the link is {@link DowngradeMajorHazard}'s job.
 *
 * <pre>{@code
 * ChangeMajorHazardCriterion.of(caseId).criterion("MEM_ORDER_10_2023:3.2").reason("复核：特种作业人员无证上岗").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param criterion the criterion's item key {@code STANDARD:article.item}, e.g. {@code MEM_ORDER_10_2023:3.2}
 * @param reason why, 1 to {@link InputLimits#REASON} characters
 */
public record ChangeMajorHazardCriterion(CaseId caseId, OptionalLong expectedVersion, String criterion, String reason)
        implements ExistingCaseCommand {

    public ChangeMajorHazardCriterion {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    /** A builder for a {@code ChangeMajorHazardCriterion} of case {@code caseId}. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    @Override
    public Action action() {
        return Action.CHANGE_MAJOR_HAZARD_CRITERION;
    }

    /** Builds a {@link ChangeMajorHazardCriterion}; a required part left unset is reported by the decider. */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private String criterion;
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

        /** The criterion to link (an item key). */
        public Builder criterion(String criterion) {
            this.criterion = criterion;
            return this;
        }

        /** Why the case meets this criterion. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public ChangeMajorHazardCriterion build() {
            return new ChangeMajorHazardCriterion(caseId, expectedVersion, criterion, reason);
        }
    }
}
