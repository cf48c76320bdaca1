package org.gridsafe.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.PatrolFacts;
import org.gridsafe.checklist.ChecklistAnswer;

/**
 * One patrol task (巡查任务): a plan's visit to one entity in one period by one staff member, as the fold
 * of its history ({@link #replay}). Commands change it only through {@link PatrolLifecycle#TABLE}.
 *
 * @param id its id
 * @param scheduled what the scheduling run fixed (plan, entity, grid, premises, assignee, window, checklist)
 * @param state where it stands
 * @param checkIn the latest check-in
 * @param answers the submitted answers (empty before the submission)
 * @param advice advice given
 * @param findings the failed items and the cases they became
 * @param skipReason why it was skipped
 * @param version how many changes it has had (1 after scheduling)
 * @param updatedAt when the last change was recorded
 */
public record PatrolOccurrence(
        OccurrenceId id,
        PatrolEvent.Scheduled scheduled,
        OccurrenceState state,
        Optional<CheckIn> checkIn,
        List<ChecklistAnswer> answers,
        List<Advice> advice,
        List<Finding> findings,
        Optional<String> skipReason,
        long version,
        Instant updatedAt) {

    public PatrolOccurrence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checkIn, "checkIn");
        answers = List.copyOf(answers);
        advice = List.copyOf(advice);
        findings = List.copyOf(findings);
        Objects.requireNonNull(skipReason, "skipReason");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The staff member's person id. */
    public String assignee() {
        return scheduled.assignee();
    }

    /** Whether a finding still waits for its case. */
    public boolean hasPendingFindings() {
        return findings.stream().anyMatch(Finding::pending);
    }

    /** What access control needs to know about this occurrence. */
    public PatrolFacts facts() {
        return new PatrolFacts(Optional.of(id.value()), scheduled.grid(), Optional.of(scheduled.assignee()));
    }

    private PatrolOccurrence with(
            OccurrenceState state,
            Optional<CheckIn> checkIn,
            List<ChecklistAnswer> answers,
            List<Advice> advice,
            List<Finding> findings,
            Optional<String> skipReason,
            long version,
            Instant at) {
        return new PatrolOccurrence(id, scheduled, state, checkIn, answers, advice, findings, skipReason, version, at);
    }

    /** This occurrence after {@code recorded}. */
    PatrolOccurrence apply(RecordedPatrolEvent recorded) {
        return fold(Optional.of(this), recorded);
    }

    /**
     * The occurrence as its history makes it; a prefix gives it as it was at that version.
     *
     * @throws IllegalArgumentException if the history does not start with a scheduling or skips a version
     */
    public static PatrolOccurrence replay(List<RecordedPatrolEvent> history) {
        Optional<PatrolOccurrence> o = Optional.empty();
        for (RecordedPatrolEvent e : history) {
            o = Optional.of(fold(o, e));
        }
        return o.orElseThrow(() -> new IllegalArgumentException("an empty history has no occurrence"));
    }

    private static PatrolOccurrence fold(Optional<PatrolOccurrence> before, RecordedPatrolEvent r) {
        long expected = before.map(b -> b.version() + 1).orElse(1L);
        if (r.version() != expected) {
            throw new IllegalArgumentException("history of " + r.occurrenceId() + " jumps to version " + r.version()
                    + " where " + expected + " comes next");
        }
        PatrolEvent event = r.event();
        if (before.isEmpty()) {
            if (!(event instanceof PatrolEvent.Scheduled s)) {
                throw new IllegalArgumentException(
                        "history of " + r.occurrenceId() + " starts with " + event.type() + ", not a scheduling");
            }
            return new PatrolOccurrence(
                    r.occurrenceId(),
                    s,
                    OccurrenceState.SCHEDULED,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    1,
                    r.at());
        }
        PatrolOccurrence b = before.get();
        if (event instanceof PatrolEvent.CheckedIn c) {
            return b.with(
                    OccurrenceState.CHECKED_IN,
                    Optional.of(c.checkIn()),
                    b.answers,
                    b.advice,
                    b.findings,
                    b.skipReason,
                    expected,
                    r.at());
        }
        if (event instanceof PatrolEvent.Submitted s) {
            List<Finding> findings = s.findings().stream()
                    .map(f -> new Finding(f, Optional.empty()))
                    .toList();
            return b.with(
                    OccurrenceState.DONE, b.checkIn, s.answers(), s.advice(), findings, b.skipReason, expected, r.at());
        }
        if (event instanceof PatrolEvent.FindingReported f) {
            List<Finding> findings = new ArrayList<>();
            for (Finding x : b.findings) {
                findings.add(x.report().item().equals(f.item()) ? new Finding(x.report(), Optional.of(f.caseId())) : x);
            }
            return b.with(b.state, b.checkIn, b.answers, b.advice, findings, b.skipReason, expected, r.at());
        }
        if (event instanceof PatrolEvent.Missed) {
            return b.with(
                    OccurrenceState.MISSED, b.checkIn, b.answers, b.advice, b.findings, b.skipReason, expected, r.at());
        }
        if (event instanceof PatrolEvent.Skipped s) {
            return b.with(
                    OccurrenceState.SKIPPED,
                    b.checkIn,
                    b.answers,
                    b.advice,
                    b.findings,
                    Optional.of(s.reason()),
                    expected,
                    r.at());
        }
        throw new IllegalArgumentException(b.id + " is scheduled twice (version " + r.version() + ")");
    }
}
