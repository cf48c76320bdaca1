package org.gridsafe.casework;

/**
 * Something that happened to a case. A case's state is the fold of its events, in order.
 *
 * <p>Events hold only the domain facts; who, when, the version and the hash chain are in the
 * {@link RecordedEvent} that wraps each one. Deadlines are computed when the event is decided and
 * stored in it, so replaying old events never depends on today's time limits or calendar.
 */
public sealed interface CaseEvent
        permits CaseReported,
                CaseRegistered,
                CaseRejected,
                CaseMerged,
                CaseDispatched,
                RectificationSubmitted,
                ExtensionRequested,
                ExtensionApproved,
                ExtensionDenied,
                VerificationPassed,
                VerificationFailed,
                CaseClosed,
                CaseEscalated,
                CaseReturned,
                CaseReassigned,
                CaseEntityChanged,
                CaseSuspended,
                CaseResumed,
                CaseReopened,
                MajorHazardDowngraded,
                MajorHazardCriterionChanged,
                CaseMovedToGrid,
                MajorHazardReportsDue,
                MajorHazardReportFiled,
                MajorHazardReportEscalated,
                ProductionStopped,
                ResumptionApplied,
                ResumptionApproved,
                ResumptionRefused {

    /**
     * The event type's stable name ({@code "case.reported"}), used in storage and audit trails; it
     * does not change when the class is renamed or moved (see {@link CaseEventTypes}).
     */
    default String type() {
        return CaseEventTypes.nameOf(getClass());
    }

    /**
     * Who answered for the case when this event was decided (责任到人 at that moment): the events
     * that hand the case to someone (registration, dispatch, reassignment, escalation, a move to
     * another grid) record it; every other event records none, and its step is answered by the
     * last event before it that does ({@link Accountability}).
     */
    default java.util.List<org.gridsafe.grid.Responsibility> responsible() {
        return java.util.List.of();
    }
}
