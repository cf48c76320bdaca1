package org.gridsafe.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.CaseFacts;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.MajorHazardCriteria;
import org.gridsafe.entity.MajorHazardStandard;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * What a step of the loop reads and writes while it decides one command: the case (absent for a
 * report), the rules, the actor and the time; it writes field errors, events and the
 * notifications they owe. {@link CaseDecider} turns it into a {@link Decision}.
 */
final class StepContext {

    private final CaseRules rules;
    private final CaseId id;
    private final Case current;
    private final Actor actor;
    private final Action action;
    private final Instant now;
    private final CaseLookup otherCases;
    private final FieldChecks checks = new FieldChecks();
    private final List<CaseEvent> events = new ArrayList<>();
    private final List<PendingNotification> notifications = new ArrayList<>();
    private Rejection refusal;

    StepContext(
            CaseRules rules, CaseId id, Case current, Actor actor, Action action, Instant now, CaseLookup otherCases) {
        this.rules = rules;
        this.id = id;
        this.current = current;
        this.actor = actor;
        this.action = action;
        this.now = now;
        this.otherCases = otherCases;
    }

    /** The case the command acts on. */
    Case current() {
        return Objects.requireNonNull(current, "a report has no case yet");
    }

    CaseRules rules() {
        return rules;
    }

    Actor actor() {
        return actor;
    }

    Instant now() {
        return now;
    }

    FieldChecks checks() {
        return checks;
    }

    /**
     * The facts of entity {@code id} as of {@code at}, or a failure of {@code field} when the
     * registry has no such entity.
     */
    Optional<CaseEntity> entity(String field, org.gridsafe.registry.EntityId id, Instant at) {
        Optional<CaseEntity> found = rules.entities().find(id, at);
        if (found.isEmpty()) {
            checks.fail(field, "no production unit or place with id " + id + " in the registry of supervised entities");
        }
        return found;
    }

    /**
     * Fails {@code field} unless {@code key} ({@code STANDARD:article.item}, e.g. {@code
     * MEM_ORDER_10_2023:3.1}) names an item of the shipped major-hazard criteria that no later
     * standard repealed.
     */
    void checkMajorHazardCriterion(String field, String key) {
        java.util.regex.Matcher m = CRITERION_KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            checks.fail(field, "is a criterion key STANDARD:article.item, e.g. MEM_ORDER_10_2023:3.1; got " + key);
            return;
        }
        MajorHazardCriteria criteria = MajorHazardCriteria.standard();
        Optional<MajorHazardStandard> standard = criteria.findStandard(m.group(1));
        if (standard.isEmpty()) {
            checks.fail(
                    field,
                    "no major-hazard standard " + m.group(1) + "; known: "
                            + criteria.standards().stream()
                                    .map(MajorHazardStandard::id)
                                    .toList());
        } else if (standard.get().repealedBy().isPresent()) {
            checks.fail(
                    field,
                    "standard " + m.group(1) + " is repealed by "
                            + standard.get().repealedBy().get());
        } else if (criteria.criterion(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                .isEmpty()) {
            checks.fail(field, "standard " + m.group(1) + " has no item " + m.group(2) + "." + m.group(3));
        }
    }

    private static final java.util.regex.Pattern CRITERION_KEY =
            java.util.regex.Pattern.compile("([A-Z0-9_]{1,60}):([0-9]{1,3})\\.([0-9]{1,3})");

    /** Other cases, for merge targets. */
    Optional<Case> find(CaseId other) {
        return otherCases.find(other);
    }

    boolean hasEvents() {
        return !events.isEmpty();
    }

    Optional<Rejection> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Whether the actor may take the row's action on a case described by {@code facts}; when not,
     * the refusal is kept and the step should stop. Reports ask this after their fields are valid,
     * because the facts come from them.
     */
    boolean permitted(CaseFacts facts) {
        refusal = refusal(rules, actor, action, facts).orElse(null);
        return refusal == null;
    }

    /** The access refusal of {@code action} by {@code actor} on {@code facts}, if any. */
    static Optional<Rejection> refusal(CaseRules rules, Actor actor, Action action, CaseFacts facts) {
        if (actor == null) {
            return Optional.of(Rejection.of(RejectionReason.ACCESS_DENIED, "no actor given"));
        }
        AccessDecision decision = rules.access().decide(actor, action, facts);
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(
                RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
    }

    void add(CaseEvent event) {
        events.add(event);
    }

    /**
     * A notification owed once the events added so far are stored, in the case's grid; {@code
     * detail} is the free text its message quotes. Its deadline is the case's once decided.
     */
    void notify(NotificationKind kind, Optional<DepartmentId> department, Optional<String> recipient, String detail) {
        notifications.add(new PendingNotification(
                events.size(),
                null,
                kind,
                department,
                recipient,
                Optional.empty(),
                Optional.ofNullable(detail),
                Optional.empty(),
                Optional.empty()));
    }

    /** An escalation's notification, addressed to {@code grid}, for {@code recipient} at {@code rung}. */
    void notifyEscalation(GridCode grid, Optional<DepartmentId> department, String recipient, EscalationRung rung) {
        notifications.add(new PendingNotification(
                events.size(),
                grid,
                NotificationKind.CASE_ESCALATED,
                department,
                Optional.of(recipient),
                Optional.of(rung),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    }

    /**
     * A report escalation's notification, addressed to {@code grid}, for {@code recipient} at
     * {@code rung}: its deadline is the report's missed one, its detail the report kind's name.
     */
    void notifyReportEscalation(
            GridCode grid,
            Optional<DepartmentId> department,
            String recipient,
            EscalationRung rung,
            MajorHazardReport report) {
        notifications.add(new PendingNotification(
                events.size(),
                grid,
                NotificationKind.MAJOR_HAZARD_REPORT_ESCALATED,
                department,
                Optional.of(recipient),
                Optional.of(rung),
                Optional.of(report.kind().name()),
                Optional.of(report.dueAt()),
                Optional.of(report.kind())));
    }

    /** The deadline of {@code state} for a hazard of {@code grade}, entered now. */
    Instant deadline(CaseState state, HazardGrade grade) {
        return rules.calendar()
                .deadline(now, rules.timeLimits().limit(state.pendingStep().orElseThrow(), grade));
    }

    /**
     * The reports a major hazard owes, due from now, unless the case already owes them (a second
     * dispatch after a return, a criterion changed again): they arise once per case.
     */
    void reportsDueIfNone() {
        if (current().majorHazardReports().isEmpty()) {
            add(new MajorHazardReportsDue(rules.majorHazards().dutiesFrom(now)));
        }
    }

    /** Fails {@code field} unless the catalog knows {@code hazard}. */
    void checkHazard(String field, HazardCode hazard) {
        try {
            rules.hazards().require(hazard);
        } catch (IllegalArgumentException unknown) {
            checks.fail(field, unknown.getMessage());
        }
    }

    static String noDutyRule(SafetyDomain domain, HazardCode hazard, HazardGrade grade, Grid grid) {
        return "no duty rule covers domain " + domain + ", hazard " + hazard + ", grade " + grade + ", grid level "
                + (grid == null ? "unknown" : grid.level());
    }

    static <T> T orElse(Optional<T> value, T fallback) {
        return value == null ? fallback : value.orElse(fallback);
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The events chained and versioned after the case (or from version 1), with the notifications they owe. */
    Decision.Accepted accept() {
        Optional<Case> before = Optional.ofNullable(current);
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        long version = before.map(Case::version).orElse(0L);
        String previous = before.map(Case::lastHash).orElse(RecordedEvent.GENESIS_HASH);
        Case state = current;
        for (CaseEvent event : events) {
            RecordedEvent next = RecordedEvent.record(id, ++version, now, actor.id(), event, previous);
            recorded.add(next);
            state = state == null ? Case.start(next) : state.apply(next);
            previous = next.hash();
        }
        if (state == null) {
            throw new IllegalStateException("a new case needs at least one event");
        }
        List<Notification> owed = new ArrayList<>(notifications.size());
        long base = before.map(Case::version).orElse(0L);
        ZoneId zone = rules.calendar().zone();
        for (PendingNotification pending : notifications) {
            GridCode grid = pending.grid() == null ? state.grid() : pending.grid();
            Optional<Instant> deadline = pending.deadline().isPresent() ? pending.deadline() : state.deadline();
            NotificationFacts facts = new NotificationFacts(
                    id,
                    pending.kind(),
                    grid,
                    pending.department(),
                    pending.recipient(),
                    pending.rung(),
                    state.state(),
                    deadline.map(d -> d.atZone(zone)),
                    pending.detail(),
                    pending.reportKind());
            owed.add(new Notification(
                    id,
                    base + pending.afterEvents(),
                    pending.kind(),
                    grid,
                    pending.department(),
                    pending.recipient(),
                    pending.rung(),
                    Optional.of(state.state()),
                    deadline,
                    zone,
                    pending.detail(),
                    render(facts, Locale.SIMPLIFIED_CHINESE),
                    render(facts, Locale.ENGLISH)));
        }
        return new Decision.Accepted(recorded, state, owed);
    }

    /** The host's text, or the standard one where the host's template has none. */
    private String render(NotificationFacts facts, Locale locale) {
        String text = rules.templates().text(facts, locale);
        return text == null || text.isBlank() ? NotificationTemplates.standard().text(facts, locale) : text;
    }

    private record PendingNotification(
            int afterEvents,
            GridCode grid,
            NotificationKind kind,
            Optional<DepartmentId> department,
            Optional<String> recipient,
            Optional<EscalationRung> rung,
            Optional<String> detail,
            Optional<Instant> deadline,
            Optional<MajorHazardReportKind> reportKind) {}
}
