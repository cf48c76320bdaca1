package org.gridsafe.selfcheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.SelfCheckFacts;

/**
 * A self-inspection run as its history makes it: the submission and the ledger entries with their cases.
 *
 * @param id the run
 * @param version the last version of its history
 * @param state submitted (entries waiting) or reported
 * @param submitted what was submitted
 * @param submittedBy who submitted it
 * @param submittedAt when
 * @param entries one per failed item, in the submission's order
 */
public record SelfCheckRun(
        SelfCheckRunId id,
        long version,
        RunState state,
        SelfCheckEvent.Submitted submitted,
        String submittedBy,
        Instant submittedAt,
        List<LedgerEntry> entries) {

    public SelfCheckRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submitted, "submitted");
        entries = List.copyOf(entries);
    }

    /** What access control needs. */
    public SelfCheckFacts facts() {
        return SelfCheckFacts.of(id.value(), submitted.grid(), submitted.enterpriseId());
    }

    /** Whether an entry waits for its case. */
    public boolean hasPendingEntries() {
        return entries.stream().anyMatch(LedgerEntry::pending);
    }

    /**
     * The run as {@code history} makes it.
     *
     * @throws IllegalArgumentException if it does not start with a submission or skips a version
     */
    public static SelfCheckRun replay(List<RecordedSelfCheckEvent> history) {
        if (history.isEmpty() || !(history.get(0).event() instanceof SelfCheckEvent.Submitted)) {
            throw new IllegalArgumentException("a run's history starts with its submission");
        }
        SelfCheckRun run = null;
        for (RecordedSelfCheckEvent r : history) {
            run = run == null ? start(r) : run.apply(r);
        }
        return run;
    }

    private static SelfCheckRun start(RecordedSelfCheckEvent r) {
        if (r.version() != 1) {
            throw new IllegalArgumentException("a run's history starts at version 1, not " + r.version());
        }
        SelfCheckEvent.Submitted s = (SelfCheckEvent.Submitted) r.event();
        List<LedgerEntry> entries = s.reports().stream()
                .map(rep -> new LedgerEntry(r.run(), s.entity(), rep, r.at(), Optional.empty()))
                .toList();
        return new SelfCheckRun(
                r.run(),
                1,
                entries.isEmpty() ? RunState.REPORTED : RunState.SUBMITTED,
                s,
                r.actorId(),
                r.at(),
                entries);
    }

    /** This run after {@code r}. */
    SelfCheckRun apply(RecordedSelfCheckEvent r) {
        if (r.version() != version + 1) {
            throw new IllegalArgumentException("run " + id + " is at version " + version + "; got " + r.version());
        }
        if (r.event() instanceof SelfCheckEvent.EntryReported e) {
            List<LedgerEntry> next = new ArrayList<>();
            for (LedgerEntry entry : entries) {
                next.add(
                        entry.item().equals(e.item())
                                ? new LedgerEntry(
                                        entry.run(),
                                        entry.entity(),
                                        entry.report(),
                                        entry.foundAt(),
                                        Optional.of(e.caseId()))
                                : entry);
            }
            boolean pending = next.stream().anyMatch(LedgerEntry::pending);
            return new SelfCheckRun(
                    id,
                    r.version(),
                    pending ? RunState.SUBMITTED : RunState.REPORTED,
                    submitted,
                    submittedBy,
                    submittedAt,
                    next);
        }
        throw new IllegalArgumentException("run " + id + " was submitted already");
    }
}
