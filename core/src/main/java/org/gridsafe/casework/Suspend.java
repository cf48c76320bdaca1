package org.gridsafe.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridsafe.access.Action;

/**
 * 缓办 / 挂账: the command center approves that a dispatched case waits, because the work cannot be
 * done now (engineering works, funding, a season), with the reason, the approval (who approved it,
 * under which reference) and a review date. The case leaves the clocks: no deadline, no
 * escalation, not in 应结案数. Given for a case already suspended, it renews the suspension with a
 * new reason and review date.
 *
 * <pre>{@code
 * Suspend.of(caseId).kind(SuspensionKind.DEFERRED).reason("需待汛期结束后施工")
 *         .approval("街道网格办 李主任 2026-04-01").reviewDate(LocalDate.parse("2026-10-08")).build()
 * }</pre>
 *
 * @param caseId the case
 * @param expectedVersion the version the actor saw, if any
 * @param kind 缓办 or 挂账
 * @param reason why the work cannot be done now
 * @param approval who approved it and under which reference
 * @param reviewDate the review date, after today and at most a year ahead
 */
public record Suspend(
        CaseId caseId,
        OptionalLong expectedVersion,
        SuspensionKind kind,
        String reason,
        String approval,
        LocalDate reviewDate)
        implements ExistingCaseCommand {
    /** A builder for a {@code Suspend} of case {@code caseId}; unset optional parts stay empty. */
    public static Builder of(CaseId caseId) {
        return new Builder(Objects.requireNonNull(caseId, "caseId"));
    }

    public Suspend {
        expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    }

    @Override
    public Action action() {
        return Action.SUSPEND;
    }

    /**
     * Builds a {@link Suspend} part by part. A part left unset or set to {@code null} is empty; a
     * required part left empty is reported by the decider with the field's name.
     */
    public static final class Builder {
        private final CaseId caseId;
        private OptionalLong expectedVersion = OptionalLong.empty();
        private SuspensionKind kind;
        private String reason;
        private String approval;
        private LocalDate reviewDate;

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

        /** Sets 缓办 or 挂账. */
        public Builder kind(SuspensionKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets why the work cannot be done now. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Sets who approved it and under which reference. */
        public Builder approval(String approval) {
            this.approval = approval;
            return this;
        }

        /** Sets the review date. */
        public Builder reviewDate(LocalDate reviewDate) {
            this.reviewDate = reviewDate;
            return this;
        }

        public Suspend build() {
            return new Suspend(caseId, expectedVersion, kind, reason, approval, reviewDate);
        }
    }
}
