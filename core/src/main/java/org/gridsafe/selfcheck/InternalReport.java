package org.gridsafe.selfcheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.SelfCheckFacts;
import org.gridsafe.casework.CaseId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityId;

/**
 * An employee's internal hazard report (员工内部报告, after 安委〔2024〕7号 on internal reporting and rewards):
 * what an employee saw at their enterprise, reported confidentially, verified by the command center over
 * the entity, a founded one a case, and the reward decided for it. The reporter is shown only to whom may
 * see it ({@link #withoutReporter()} for everyone else).
 *
 * @param id the report's id, chosen by the reporter's terminal (a retry sends the same)
 * @param entity the entity concerned
 * @param entityName its name when reported
 * @param grid its grid
 * @param enterpriseId the enterprise concerned (the unit, or the place's operator), if any
 * @param reporter who reported; empty in a view for someone who may not see it
 * @param description what the employee saw
 * @param place where
 * @param submittedAt when it was submitted
 * @param state where it stands
 * @param verification the verification, once made
 * @param caseId the case a founded report became
 * @param reward the reward decided, if any
 * @param version how many changes it has had (1 after submission)
 */
public record InternalReport(
        String id,
        EntityId entity,
        String entityName,
        GridCode grid,
        Optional<String> enterpriseId,
        Optional<Reporter> reporter,
        String description,
        String place,
        Instant submittedAt,
        InternalReportState state,
        Optional<Verification> verification,
        Optional<CaseId> caseId,
        Optional<Reward> reward,
        long version) {

    public InternalReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reward, "reward");
    }

    /**
     * Who reported: kept confidential.
     *
     * @param personId the reporter's actor id
     * @param name their name
     * @param contact how to reach them, if given
     */
    public record Reporter(String personId, String name, Optional<String> contact) {
        public Reporter {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contact, "contact");
        }
    }

    /**
     * The verification (核实).
     *
     * @param founded whether the report is founded (属实)
     * @param note what the verification found
     * @param verifiedBy the verifying actor's id
     * @param verifiedAt when
     */
    public record Verification(boolean founded, String note, String verifiedBy, Instant verifiedAt) {
        public Verification {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(verifiedBy, "verifiedBy");
            Objects.requireNonNull(verifiedAt, "verifiedAt");
        }
    }

    /**
     * A reward decided for a founded report (内部报告奖励).
     *
     * @param amountYuan the amount in yuan, at least 0, at most two decimals
     * @param basis the rule it is paid under, e.g. the enterprise's reward scheme and its article
     * @param decidedBy the deciding actor's id
     * @param decidedAt when
     */
    public record Reward(BigDecimal amountYuan, String basis, String decidedBy, Instant decidedAt) {
        public Reward {
            Objects.requireNonNull(amountYuan, "amountYuan");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }

    /** What access control needs to know about the report. */
    public SelfCheckFacts facts() {
        return SelfCheckFacts.of("internal report " + id, grid, enterpriseId);
    }

    /** The report as shown to whom may not see who reported. */
    public InternalReport withoutReporter() {
        return new InternalReport(
                id,
                entity,
                entityName,
                grid,
                enterpriseId,
                Optional.empty(),
                description,
                place,
                submittedAt,
                state,
                verification,
                caseId,
                reward,
                version);
    }

    /** The report with the next version's changes. */
    public InternalReport next(
            InternalReportState state,
            Optional<Verification> verification,
            Optional<CaseId> caseId,
            Optional<Reward> reward) {
        return new InternalReport(
                id,
                entity,
                entityName,
                grid,
                enterpriseId,
                reporter,
                description,
                place,
                submittedAt,
                state,
                verification,
                caseId,
                reward,
                version + 1);
    }
}
