package org.gridsafe.selfcheck;

import static org.gridsafe.selfcheck.RunState.REPORTED;
import static org.gridsafe.selfcheck.RunState.SUBMITTED;

import org.gridsafe.access.Action;
import org.gridsafe.lifecycle.Guard;
import org.gridsafe.lifecycle.TransitionTable;

/**
 * The lifecycle of a self-inspection run as one table; {@code docs/self-inspection.md} embeds its
 * {@link TransitionTable#markdown()}.
 */
public final class SelfCheckLifecycle {

    static final Guard<SelfCheckRun> ENTRY_PENDING = Guard.of(
            "a ledger entry waits for its case",
            "every ledger entry of this run has its case already",
            SelfCheckRun::hasPendingEntries);

    /** The table; {@link SelfCheckDecider} dispatches on it and nothing else. */
    public static final TransitionTable<RunState, SelfCheckRun, SelfCheckCommand, SelfCheckStepContext> TABLE =
            TransitionTable.<RunState, SelfCheckRun, SelfCheckCommand, SelfCheckStepContext>builder(RunState.class)
                    .creating(SelfCheckCommand.Submit.class, Action.SUBMIT_SELF_CHECK)
                    .yields(SelfCheckEvent.Submitted.class)
                    .to(SUBMITTED, REPORTED)
                    .decidedBy(new SubmittingSelfCheck())
                    .in(SUBMITTED)
                    .on(SelfCheckCommand.RecordEntry.class, Action.SUBMIT_SELF_CHECK)
                    .when(ENTRY_PENDING)
                    .yields(SelfCheckEvent.EntryReported.class)
                    .to(SUBMITTED, REPORTED)
                    .decidedBy(new RecordingLedgerEntry())
                    .build();

    private SelfCheckLifecycle() {}
}
