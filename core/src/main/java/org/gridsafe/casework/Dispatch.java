package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.duty.DepartmentId;

/**
 * Step 3, 派遣交办: hand the case to the responsible department with a deadline.
 *
 * <pre>{@code
 * Dispatch.of(caseId).expectedVersion(2).department(DepartmentId.of("fire-brigade")).overrideReason("消防专项").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param department a department chosen by hand, or empty to route by the duty matrix
 * @param overrideReason why the duty matrix is overridden; required when it is
 * @param handlerId the person or enterprise who will do the work
 * @param plan the treatment plan; required for a major hazard
 * @param listedSupervision the upper-level supervision; required for a major hazard
 * @param treatmentPlan the elements of the treatment plan (令第16号); required for a major hazard
 */
public record Dispatch(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<DepartmentId> department,
        Optional<String> overrideReason,
        Optional<String> handlerId,
        Optional<RectificationPlan> plan,
        Optional<ListedSupervision> listedSupervision,
        Optional<TreatmentPlan> treatmentPlan)
        implements ExistingCaseCommand {

    /** A dispatch without the treatment plan's elements. */
    public Dispatch(
            CaseId caseId,
            OptionalLong expectedVersion,
            Optional<DepartmentId> department,
            Optional<String> overrideReason,
            Optional<String> handlerId,
            Optional<RectificationPlan> plan,
            Optional<ListedSupervision> listedSupervision) {
        this(caseId, expectedVersion, department, overrideReason, handlerId, plan, listedSupervision, Optional.empty());
    }

    /** A builder for a {@code Dispatch} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Dispatch {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        treatmentPlan = treatmentPlan == null ? Optional.empty() : treatmentPlan;
    }

    @Override
    public Action action() {
        return Action.DISPATCH;
    }

    /**
     * Builds a {@link Dispatch} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private DepartmentId department;
        private String overrideReason;
        private String handlerId;
        private RectificationPlan plan;
        private ListedSupervision listedSupervision;
        private TreatmentPlan treatmentPlan;

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

        /** Sets a department chosen by hand; unset routes by the duty matrix. */
        public Builder department(DepartmentId department) {
            this.department = department;
            return this;
        }

        /** As {@link #department(DepartmentId)}; empty leaves it unset. */
        public Builder department(Optional<DepartmentId> department) {
            this.department = department.orElse(null);
            return this;
        }

        /** Sets why the duty matrix is overridden; required when it is. */
        public Builder overrideReason(String overrideReason) {
            this.overrideReason = overrideReason;
            return this;
        }

        /** As {@link #overrideReason(String)}; empty leaves it unset. */
        public Builder overrideReason(Optional<String> overrideReason) {
            this.overrideReason = overrideReason.orElse(null);
            return this;
        }

        /** Sets the person or enterprise who will do the work. */
        public Builder handlerId(String handlerId) {
            this.handlerId = handlerId;
            return this;
        }

        /** As {@link #handlerId(String)}; empty leaves it unset. */
        public Builder handlerId(Optional<String> handlerId) {
            this.handlerId = handlerId.orElse(null);
            return this;
        }

        /** Sets the treatment plan; required for a major hazard. */
        public Builder plan(RectificationPlan plan) {
            this.plan = plan;
            return this;
        }

        /** As {@link #plan(RectificationPlan)}; empty leaves it unset. */
        public Builder plan(Optional<RectificationPlan> plan) {
            this.plan = plan.orElse(null);
            return this;
        }

        /** Sets the upper-level supervision; required for a major hazard. */
        public Builder listedSupervision(ListedSupervision listedSupervision) {
            this.listedSupervision = listedSupervision;
            return this;
        }

        /** As {@link #listedSupervision(ListedSupervision)}; empty leaves it unset. */
        public Builder listedSupervision(Optional<ListedSupervision> listedSupervision) {
            this.listedSupervision = listedSupervision.orElse(null);
            return this;
        }

        /** Sets the elements of the treatment plan (令第16号); required for a major hazard. */
        public Builder treatmentPlan(TreatmentPlan treatmentPlan) {
            this.treatmentPlan = treatmentPlan;
            return this;
        }

        /** As {@link #treatmentPlan(TreatmentPlan)}; empty leaves it unset. */
        public Builder treatmentPlan(Optional<TreatmentPlan> treatmentPlan) {
            this.treatmentPlan = treatmentPlan.orElse(null);
            return this;
        }

        public Dispatch build() {
            return new Dispatch(
                    caseId,
                    expectedVersion,
                    Optional.ofNullable(department),
                    Optional.ofNullable(overrideReason),
                    Optional.ofNullable(handlerId),
                    Optional.ofNullable(plan),
                    Optional.ofNullable(listedSupervision),
                    Optional.ofNullable(treatmentPlan));
        }
    }
}
