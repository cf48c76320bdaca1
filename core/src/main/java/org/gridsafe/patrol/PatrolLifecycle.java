package org.gridsafe.patrol;

import static org.gridsafe.patrol.OccurrenceState.CHECKED_IN;
import static org.gridsafe.patrol.OccurrenceState.DONE;
import static org.gridsafe.patrol.OccurrenceState.MISSED;
import static org.gridsafe.patrol.OccurrenceState.SCHEDULED;
import static org.gridsafe.patrol.OccurrenceState.SKIPPED;

import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.Guard;
import org.gridsafe.lifecycle.TransitionTable;

/**
 * The lifecycle of a patrol occurrence as one table; {@code docs/patrols.md} embeds its
 * {@link TransitionTable#markdown()}.
 */
public final class PatrolLifecycle {

    static final Guard<PatrolOccurrence> FINDING_PENDING = Guard.of(
            "a finding waits for its case",
            "every finding of this occurrence has its case already",
            PatrolOccurrence::hasPendingFindings);

    /** The table; {@link PatrolDecider} dispatches on it and nothing else. */
    public static final TransitionTable<OccurrenceState, PatrolOccurrence, PatrolCommand, PatrolStepContext> TABLE =
            TransitionTable.<OccurrenceState, PatrolOccurrence, PatrolCommand, PatrolStepContext>builder(
                            OccurrenceState.class)
                    .creating(PatrolCommand.Schedule.class, Action.SCHEDULE_PATROLS)
                    .yields(PatrolEvent.Scheduled.class)
                    .to(SCHEDULED)
                    .decidedBy(new SchedulingPatrol())
                    .in(SCHEDULED, CHECKED_IN)
                    .on(PatrolCommand.RecordCheckIn.class, Action.CHECK_IN_PATROL)
                    .yields(PatrolEvent.CheckedIn.class)
                    .to(CHECKED_IN)
                    .decidedBy(new CheckingIn())
                    .in(CHECKED_IN)
                    .on(PatrolCommand.Submit.class, Action.SUBMIT_PATROL)
                    .yields(PatrolEvent.Submitted.class)
                    .to(DONE)
                    .decidedBy(new SubmittingPatrol())
                    .in(DONE)
                    .on(PatrolCommand.RecordFinding.class, Action.SUBMIT_PATROL)
                    .when(FINDING_PENDING)
                    .yields(PatrolEvent.FindingReported.class)
                    .keepingState()
                    .decidedBy(new RecordingFinding())
                    .in(SCHEDULED, CHECKED_IN)
                    .on(PatrolCommand.MarkMissed.class, Action.MARK_PATROL_MISSED)
                    .yields(PatrolEvent.Missed.class)
                    .to(MISSED)
                    .decidedBy(new MarkingMissed())
                    .in(SCHEDULED, CHECKED_IN)
                    .on(PatrolCommand.Skip.class, Action.SKIP_PATROL)
                    .yields(PatrolEvent.Skipped.class)
                    .to(SKIPPED)
                    .decidedBy(new SkippingPatrol())
                    .build();

    private PatrolLifecycle() {}
}
