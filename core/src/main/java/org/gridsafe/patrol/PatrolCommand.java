package org.gridsafe.patrol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.grid.GeoPoint;

/**
 * A request to change a patrol occurrence; each type has its rows in {@link PatrolLifecycle#TABLE}. An
 * expected version, when given, must be the current one (a terminal that knows it sends it).
 */
public sealed interface PatrolCommand
        permits PatrolCommand.Schedule,
                PatrolCommand.RecordCheckIn,
                PatrolCommand.Submit,
                PatrolCommand.RecordFinding,
                PatrolCommand.MarkMissed,
                PatrolCommand.Skip {

    /** The occurrence. */
    OccurrenceId id();

    /** The version the caller saw, if it knows one. */
    OptionalLong expectedVersion();

    /**
     * A run of a plan schedules an occurrence.
     *
     * @param id the occurrence's id (derived from plan, period and entity)
     * @param scheduled what it fixes
     */
    record Schedule(OccurrenceId id, PatrolEvent.Scheduled scheduled) implements PatrolCommand {
        public Schedule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(scheduled, "scheduled");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Check in at the premises. Far away, without a position or by photo is flagged, never refused.
     *
     * @param id the occurrence
     * @param expectedVersion the version the caller saw, if known
     * @param at when the terminal checked in
     * @param method how
     * @param point where, if the terminal had a position
     * @param accuracyMeters the position's accuracy in metres, if given
     * @param qrCode the code scanned (for QR check-ins)
     * @param photo the photo's {@code sha256:} reference (for photo check-ins)
     */
    record RecordCheckIn(
            OccurrenceId id,
            OptionalLong expectedVersion,
            Instant at,
            CheckInMethod method,
            Optional<GeoPoint> point,
            Optional<Double> accuracyMeters,
            Optional<String> qrCode,
            Optional<String> photo)
            implements PatrolCommand {
        public RecordCheckIn {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
            point = point == null ? Optional.empty() : point;
            accuracyMeters = accuracyMeters == null ? Optional.empty() : accuracyMeters;
            qrCode = qrCode == null ? Optional.empty() : qrCode;
            photo = photo == null ? Optional.empty() : photo;
        }
    }

    /**
     * Submit the checklist answers, the advice given and a finding report for every failed item.
     *
     * @param id the occurrence
     * @param expectedVersion the version the caller saw, if known
     * @param answers one per applicable item
     * @param advice advice given (劝导, 告知, 整改提示)
     * @param findings one per failed item
     */
    record Submit(
            OccurrenceId id,
            OptionalLong expectedVersion,
            List<ChecklistAnswer> answers,
            List<Advice> advice,
            List<FindingReport> findings)
            implements PatrolCommand {
        public Submit {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
            answers = answers == null ? List.of() : List.copyOf(answers);
            advice = advice == null ? List.of() : List.copyOf(advice);
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /**
     * Record the case a finding became ({@code Patrols} sends it after reporting the case).
     *
     * @param id the occurrence
     * @param item the failed item
     * @param caseId the case
     */
    record RecordFinding(OccurrenceId id, String item, CaseId caseId) implements PatrolCommand {
        public RecordFinding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(caseId, "caseId");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * A run records that the window closed without a submission.
     *
     * @param id the occurrence
     * @param now the run's time; must not be before the window's end
     */
    record MarkMissed(OccurrenceId id, Instant now) implements PatrolCommand {
        public MarkMissed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(now, "now");
        }

        @Override
        public OptionalLong expectedVersion() {
            return OptionalLong.empty();
        }
    }

    /**
     * Skip the occurrence (免巡) with a reason.
     *
     * @param id the occurrence
     * @param expectedVersion the version the caller saw, if known
     * @param reason why, 1-500 characters
     */
    record Skip(OccurrenceId id, OptionalLong expectedVersion, String reason) implements PatrolCommand {
        public Skip {
            Objects.requireNonNull(id, "id");
            expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
        }
    }
}
