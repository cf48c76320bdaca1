package org.gridsafe.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridsafe.access.InspectionFacts;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistAnswer;

/**
 * An administrative inspection (行政检查) as its history folds it: what was opened, the checklist
 * answers, the findings and the cases they became, the documents issued and the conclusion.
 *
 * @param id the inspection's id
 * @param version the number of recorded events
 * @param state where it stands
 * @param opened what the opening fixed (entity, department, origin, day, officers, checklist)
 * @param answers the checklist answers, once submitted
 * @param findings one per failed item
 * @param cases the case each reported finding became, by item
 * @param documents the documents issued, in the order recorded
 * @param conclusion the conclusion, once closed
 * @param updatedAt when the last event was recorded
 */
public record Inspection(
        InspectionId id,
        long version,
        InspectionState state,
        InspectionEvent.Opened opened,
        List<ChecklistAnswer> answers,
        List<InspectionFinding> findings,
        Map<String, CaseId> cases,
        List<InspectionDocument> documents,
        Optional<String> conclusion,
        Instant updatedAt) {

    public Inspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(opened, "opened");
        answers = List.copyOf(answers);
        findings = List.copyOf(findings);
        cases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cases));
        documents = List.copyOf(documents);
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The inspection {@code history} folds to (oldest first, starting with its opening). */
    public static Inspection replay(List<RecordedInspectionEvent> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("an inspection's history starts with its opening");
        }
        Inspection i = null;
        for (RecordedInspectionEvent e : history) {
            i = i == null ? open(e) : i.apply(e);
        }
        return i;
    }

    private static Inspection open(RecordedInspectionEvent e) {
        if (!(e.event() instanceof InspectionEvent.Opened o) || e.version() != 1) {
            throw new IllegalArgumentException("history of " + e.inspectionId() + " starts with "
                    + e.event().type() + " at version " + e.version());
        }
        return new Inspection(
                e.inspectionId(),
                1,
                InspectionState.OPEN,
                o,
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                Optional.empty(),
                e.at());
    }

    /** This inspection after {@code recorded}, which must be its next version. */
    public Inspection apply(RecordedInspectionEvent recorded) {
        if (recorded.version() != version + 1) {
            throw new IllegalArgumentException("history of " + id + " jumps to version " + recorded.version()
                    + " where " + (version + 1) + " comes next");
        }
        long v = recorded.version();
        Instant at = recorded.at();
        InspectionEvent event = recorded.event();
        if (event instanceof InspectionEvent.ChecklistSubmitted s) {
            return new Inspection(
                    id,
                    v,
                    InspectionState.CHECKED,
                    opened,
                    s.answers(),
                    s.findings(),
                    cases,
                    documents,
                    conclusion,
                    at);
        }
        if (event instanceof InspectionEvent.FindingReported f) {
            Map<String, CaseId> more = new LinkedHashMap<>(cases);
            more.put(f.item(), f.caseId());
            return new Inspection(id, v, state, opened, answers, findings, more, documents, conclusion, at);
        }
        if (event instanceof InspectionEvent.DocumentRecorded d) {
            List<InspectionDocument> more = new ArrayList<>(documents);
            more.add(d.document());
            return new Inspection(id, v, state, opened, answers, findings, cases, more, conclusion, at);
        }
        if (event instanceof InspectionEvent.Closed c) {
            return new Inspection(
                    id,
                    v,
                    InspectionState.CLOSED,
                    opened,
                    answers,
                    findings,
                    cases,
                    documents,
                    Optional.of(c.conclusion()),
                    at);
        }
        throw new IllegalArgumentException(id + " is opened twice");
    }

    /** The calendar year the inspection counts in (that of its day). */
    public int year() {
        return opened.day().getYear();
    }

    /** The findings whose case is not reported yet. */
    public List<InspectionFinding> pendingFindings() {
        return findings.stream().filter(f -> !cases.containsKey(f.item())).toList();
    }

    /** Whether a finding waits for its case. */
    public boolean hasPendingFindings() {
        return !pendingFindings().isEmpty();
    }

    /** What access control needs to know. */
    public InspectionFacts facts() {
        return InspectionFacts.of(
                id.value(),
                opened.department(),
                opened.grid(),
                opened.inspectors().stream().map(Inspector::personId).collect(Collectors.toSet()));
    }
}
