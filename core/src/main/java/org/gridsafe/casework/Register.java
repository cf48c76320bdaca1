package org.gridsafe.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;

/**
 * Step 2, 受理立案: take the case up, confirming or correcting its classification.
 *
 * <pre>{@code
 * Register.of(caseId).expectedVersion(1).grade(HazardGrade.MAJOR).note("属实").build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param domain a corrected safety domain, or empty to keep the reported one
 * @param hazard a corrected hazard code, or empty to keep the reported one
 * @param grade a corrected grade, or empty to keep the reported one
 * @param note the registrar's note
 * @param entity the production unit or place the case concerns, or empty to keep what it names
 * @param majorHazardCriterion the major-hazard criterion (重大事故隐患判定标准 item key, e.g. {@code
 *     MEM_ORDER_10_2023:3.1}) the case meets, or empty to keep what it is linked to; a linked case is
 *     {@link HazardGrade#MAJOR}
 */
public record Register(
        CaseId caseId,
        OptionalLong expectedVersion,
        Optional<SafetyDomain> domain,
        Optional<HazardCode> hazard,
        Optional<HazardGrade> grade,
        Optional<String> note,
        Optional<EntityId> entity,
        Optional<String> majorHazardCriterion)
        implements ExistingCaseCommand {

    /** A registration that links no major-hazard criterion. */
    public Register(
            CaseId caseId,
            OptionalLong expectedVersion,
            Optional<SafetyDomain> domain,
            Optional<HazardCode> hazard,
            Optional<HazardGrade> grade,
            Optional<String> note,
            Optional<EntityId> entity) {
        this(caseId, expectedVersion, domain, hazard, grade, note, entity, Optional.empty());
    }

    /** A registration that names no entity. */
    public Register(
            CaseId caseId,
            OptionalLong expectedVersion,
            Optional<SafetyDomain> domain,
            Optional<HazardCode> hazard,
            Optional<HazardGrade> grade,
            Optional<String> note) {
        this(caseId, expectedVersion, domain, hazard, grade, note, Optional.empty());
    }

    /** A builder for a {@code Register} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Register {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        entity = entity == null ? Optional.empty() : entity;
        majorHazardCriterion = majorHazardCriterion == null ? Optional.empty() : majorHazardCriterion;
    }

    @Override
    public Action action() {
        return Action.REGISTER;
    }

    /**
     * Builds a {@link Register} part by part. A part left unset or set to {@code null} is empty;
     * a required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private SafetyDomain domain;
        private HazardCode hazard;
        private HazardGrade grade;
        private String note;
        private EntityId entity;
        private String majorHazardCriterion;

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

        /** Sets a corrected safety domain; unset keeps the reported one. */
        public Builder domain(SafetyDomain domain) {
            this.domain = domain;
            return this;
        }

        /** As {@link #domain(SafetyDomain)}; empty leaves it unset. */
        public Builder domain(Optional<SafetyDomain> domain) {
            this.domain = domain.orElse(null);
            return this;
        }

        /** Sets a corrected hazard code; unset keeps the reported one. */
        public Builder hazard(HazardCode hazard) {
            this.hazard = hazard;
            return this;
        }

        /** As {@link #hazard(HazardCode)}; empty leaves it unset. */
        public Builder hazard(Optional<HazardCode> hazard) {
            this.hazard = hazard.orElse(null);
            return this;
        }

        /** Sets a corrected grade; unset keeps the reported one. */
        public Builder grade(HazardGrade grade) {
            this.grade = grade;
            return this;
        }

        /** As {@link #grade(HazardGrade)}; empty leaves it unset. */
        public Builder grade(Optional<HazardGrade> grade) {
            this.grade = grade.orElse(null);
            return this;
        }

        /** Sets the registrar's note. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** As {@link #note(String)}; empty leaves it unset. */
        public Builder note(Optional<String> note) {
            this.note = note.orElse(null);
            return this;
        }

        /** Names the production unit or place the case concerns; unset keeps what it names. */
        public Builder entity(EntityId entity) {
            this.entity = entity;
            return this;
        }

        /** Links the major-hazard criterion the case meets (an item key); the case is then MAJOR. */
        public Builder majorHazardCriterion(String key) {
            this.majorHazardCriterion = key;
            return this;
        }

        /** As {@link #entity(EntityId)}; empty leaves it unset. */
        public Builder entity(Optional<EntityId> entity) {
            this.entity = entity.orElse(null);
            return this;
        }

        public Register build() {
            return new Register(
                    caseId,
                    expectedVersion,
                    Optional.ofNullable(domain),
                    Optional.ofNullable(hazard),
                    Optional.ofNullable(grade),
                    Optional.ofNullable(note),
                    Optional.ofNullable(entity),
                    Optional.ofNullable(majorHazardCriterion));
        }
    }
}
