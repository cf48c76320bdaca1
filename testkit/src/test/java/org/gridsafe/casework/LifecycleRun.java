package org.gridsafe.casework;

import static org.gridsafe.casework.LifecycleModel.*;
import static org.gridsafe.casework.LifecycleSteps.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.LifecycleModel.Facts;
import org.gridsafe.casework.LifecycleModel.ModelCase;
import org.gridsafe.casework.LifecycleModel.Outcome;
import org.gridsafe.casework.LifecycleModel.Projection;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.testkit.SampleDistrict;
import org.threeten.extra.MutableClock;

/**
 * One run of {@link CaseLifecyclePropertiesTest}: a fresh {@link GridSafe} over an in-memory store
 * and an adjustable clock, the reference model beside it, and the invariants checked after every
 * step. A broken invariant throws an {@link AssertionError} that names the step and carries the
 * run's trace (what each step resolved to and how it ended), so a person can replay it by hand.
 */
final class LifecycleRun implements LifecycleSteps.Context {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ROOT).withZone(SampleDistrict.ZONE);

    /** Reference data only, never changed: shared by all runs. */
    private static final GridDirectory DIRECTORY =
            SampleDistrict.directory(SampleDistrict.grids(LifecycleModel.VACANT));

    final MutableClock clock = MutableClock.of(SampleDistrict.mondayMorning().instant(), SampleDistrict.ZONE);
    final InMemoryCaseStore store = new InMemoryCaseStore();
    final Casework casework = GridSafe.builder()
            .directory(DIRECTORY)
            .caseStore(store)
            .caseQueries(store)
            .clock(clock)
            .build()
            .casework();

    /** The model's cases, in the order they were reported. */
    final List<ModelCase> cases = new ArrayList<>();

    private final List<String> trace = new ArrayList<>();

    /** Runs {@code steps}, checking every invariant after each, and everything again at the end. */
    static LifecycleRun of(List<Step> steps) {
        LifecycleRun run = new LifecycleRun();
        int index = 0;
        for (Step step : steps) {
            if (!(step instanceof Skip)) {
                run.step(index++, step);
            }
        }
        run.checkAll("after the last step");
        return run;
    }

    void step(int index, Step step) {
        String label = "#" + index + " [" + WHEN.format(now()) + "] " + step;
        trace.add(label);
        try {
            if (step instanceof ReportStep r) {
                report(r.report(), Optional.empty());
            } else if (step instanceof FixedOnSpotStep f) {
                report(f.report(), Optional.of(f.evidence()));
            } else if (step instanceof ExistingStep e) {
                existing(e);
            } else if (step instanceof ReadStep r) {
                read(r);
            } else if (step instanceof Proceed p) {
                proceed(p);
            } else if (step instanceof EscalateOverdue) {
                escalateOverdue();
            } else if (step instanceof AdvanceClock a) {
                clock.add(a.amount());
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "step " + label + " broke the model or an invariant:\n  " + e.getMessage()
                            + "\ntrace of the run:\n  " + String.join("\n  ", trace),
                    e);
        }
    }

    @Override
    public Instant now() {
        // Casework keeps milliseconds; the clock only moves by whole minutes anyway.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Optional<ModelCase> caseAt(int ref) {
        if (ref < 0 || cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cases.get(ref % cases.size()));
    }

    // ---------------------------------------------------------------- step 1

    private void report(ReportSpec spec, Optional<Text> fixedOnSpotEvidence) {
        Actor actor = CAST.get(spec.actor() % CAST.size());
        CaseSource source = spec.source().orElse(naturalSource(actor));
        Optional<GridCode> grid;
        Report.Builder builder = Report.builder()
                .source(source)
                .domain(spec.domain())
                .hazard(HazardCode.parse(spec.hazard()))
                .grade(spec.givenGrade().orElse(null))
                .majorHazardCriterion(spec.criterion().orElse(null))
                .description(spec.description().value("消防通道堆放杂物"))
                .attachment("photo:before");
        spec.enterpriseId().ifPresent(builder::enterpriseId);
        if (spec.where().equals("home")) {
            GridCode home = actor.homeGrid().orElse(SampleDistrict.JINQIAO_MICRO_1);
            builder.grid(home);
            grid = Optional.of(home);
        } else if (POINTS.containsKey(spec.where())) {
            builder.location(point(spec.where()));
            grid = POINTS.get(spec.where());
        } else {
            GridCode code = GridCode.parse(spec.where());
            builder.grid(code);
            grid = GRIDS.contains(code) ? Optional.of(code) : Optional.empty();
        }
        Report report = builder.build();
        boolean fixedOnSpot = fixedOnSpotEvidence.isPresent();

        // The model's prediction: fields first, then access (the decider's documented order).
        boolean selfReport = source == CaseSource.ENTERPRISE_SELF_REPORT;
        Optional<String> enterprise = selfReport ? actor.enterpriseId() : spec.enterpriseId();
        List<String> problems = new ArrayList<>();
        if (!mayReportFrom(actor, source)) {
            problems.add(actor.id() + " cannot report as " + source);
        }
        if (source == CaseSource.LICENCE_EXPIRED) {
            // The generated reports name no licence; only the licence run gives one.
            problems.add("a LICENCE_EXPIRED report without its licence");
        }
        if (grid.isEmpty()) {
            problems.add("no grid at " + spec.where());
        }
        if (!KNOWN_HAZARDS.contains(spec.hazard())) {
            problems.add("unknown hazard");
        }
        if (spec.description() == Text.BLANK) {
            problems.add("blank description");
        }
        if (selfReport
                && spec.enterpriseId().isPresent()
                && !spec.enterpriseId().equals(actor.enterpriseId())) {
            problems.add("self-report for another enterprise");
        }
        // A criterion makes an unset grade MAJOR; a GENERAL one contradicts it.
        Optional<HazardGrade> grade =
                spec.givenGrade().or(() -> spec.criterion().map(k -> HazardGrade.MAJOR));
        if (grade.isEmpty()) {
            problems.add("no grade");
        }
        if (spec.criterion().filter(k -> !KNOWN_CRITERIA.contains(k)).isPresent()) {
            problems.add("unknown criterion");
        }
        if (spec.criterion().isPresent() && spec.givenGrade().equals(Optional.of(HazardGrade.GENERAL))) {
            problems.add("a criterion with a GENERAL grade");
        }
        if (fixedOnSpot) {
            if (spec.givenGrade().equals(Optional.of(HazardGrade.MAJOR))) {
                problems.add("major hazard fixed on the spot");
            }
            if (spec.criterion().isPresent()) {
                problems.add("a criterion on a report fixed on the spot");
            }
            if (fixedOnSpotEvidence.get() == Text.BLANK) {
                problems.add("blank evidence");
            }
            if (!ROUTES.containsKey(spec.domain())) {
                problems.add("no duty rule for " + spec.domain());
            }
        }
        Outcome predicted;
        if (!problems.isEmpty()) {
            predicted = Outcome.INVALID;
        } else if (!allowed(
                actor,
                fixedOnSpot ? Action.REPORT_FIXED_ON_SPOT : Action.REPORT,
                new Facts(grid.get(), grade.orElseThrow(), Optional.empty(), actor.id(), enterprise))) {
            predicted = Outcome.ACCESS_DENIED;
        } else {
            predicted = Outcome.ACCEPTED;
        }

        Map<CaseId, Long> before = snapshot();
        Case returned = null;
        Outcome actual;
        String refusal = "";
        Instant now = now();
        try {
            returned = fixedOnSpot
                    ? casework.reportFixedOnSpot(
                            actor,
                            ReportFixedOnSpot.of(report)
                                    .evidence(fixedOnSpotEvidence.get().value("已当场清理"))
                                    .evidenceAttachments(List.of("photo:after"))
                                    .build())
                    : casework.report(actor, report);
            actual = Outcome.ACCEPTED;
        } catch (CaseworkException e) {
            actual = Outcome.of(e);
            refusal = e.getMessage();
        }
        note("by " + actor.id() + " as " + source + ": " + actual
                + (actual == Outcome.ACCEPTED ? " " + returned.id() + " " + returned.state() : " (" + refusal + ")"));
        String why = problems.isEmpty() ? "" : " because " + String.join(", ", problems);
        check(actual == predicted, () -> "the model predicted " + predicted + why);
        if (actual != Outcome.ACCEPTED) {
            checkUnchanged(before);
            return;
        }
        Case created = Objects.requireNonNull(returned);
        check(!before.containsKey(created.id()), () -> "the new case reuses the id " + created.id());
        ModelCase m = new ModelCase();
        m.id = created.id();
        m.grid = grid.get();
        m.reporterId = actor.id();
        m.enterpriseId = enterprise;
        m.domain = spec.domain();
        m.hazard = spec.hazard();
        m.grade = grade.orElseThrow();
        m.criterion = spec.criterion();
        m.state = CaseState.REPORTED;
        m.version = 1;
        m.deadline = Optional.of(deadline(CaseState.REPORTED, m.grade, now));
        List<String> events = new ArrayList<>(List.of("CaseReported"));
        if (fixedOnSpot) {
            m.enter(CaseState.REGISTERED, now);
            m.department = Optional.of(ROUTES.get(m.domain));
            m.enter(CaseState.DISPATCHED, now);
            m.everDispatched = true;
            m.enter(CaseState.RECTIFIED, now);
            m.enter(CaseState.VERIFIED, now);
            m.closedOnTime = Optional.of(!m.everOverdue && !m.overdueAt(now));
            m.enter(CaseState.CLOSED, now);
            m.version = 6;
            events.addAll(List.of(
                    "CaseRegistered", "CaseDispatched", "RectificationSubmitted", "VerificationPassed", "CaseClosed"));
        }
        cases.add(m);
        checkNewEvents(m.id, 0, events, actor, now);
        checkCase(m, returned);
        checkOthersUnchanged(before, m.id);
    }

    // ---------------------------------------------------------------- steps 2-6 and escalation

    private void existing(ExistingStep step) {
        Optional<ModelCase> found = caseAt(step.caseRef());
        ModelCase target = found.orElseGet(LifecycleRun::phantom);
        Actor actor = resolve(step.who(), step.action(), found);
        OptionalLong seen = step.seen().of(target.version);
        ExistingCaseCommand command = step.command(target, seen, this);

        ModelCase next = target.copy();
        List<String> events = List.of();
        Optional<String> invalid = Optional.empty();
        Outcome predicted;
        if (found.isEmpty()) {
            predicted = Outcome.NOT_FOUND;
        } else if (!allowed(actor, step.action(), target.facts())) {
            predicted = Outcome.ACCESS_DENIED;
        } else if (seen.isPresent() && seen.getAsLong() != target.version) {
            predicted = Outcome.STALE;
        } else if (acceptsNothing(target.state) || !step.fitsState(target)) {
            predicted = Outcome.WRONG_STATE;
        } else if ((invalid = step.invalid(target, this)).isPresent()) {
            predicted = Outcome.INVALID;
        } else if (step instanceof LifecycleSteps.MergeStep merge
                && !allowed(
                        actor, Action.MERGE, caseAt(merge.into()).orElseThrow().facts())) {
            // A duplicate is merged only into a case the actor may also merge.
            invalid = Optional.of("merge target outside the actor's area");
            predicted = Outcome.INVALID;
        } else {
            predicted = Outcome.ACCEPTED;
            events = step.apply(next, this);
            next.version += events.size();
        }

        Map<CaseId, Long> before = snapshot();
        Instant now = now();
        Case returned = null;
        Outcome actual;
        String refusal = "";
        try {
            returned = casework.execute(actor, command);
            actual = Outcome.ACCEPTED;
        } catch (CaseworkException e) {
            actual = Outcome.of(e);
            refusal = e.getMessage();
        }
        note(command.getClass().getSimpleName() + " " + target.id + " " + seenText(seen) + " by " + actor.id() + ": "
                + actual
                + (actual == Outcome.ACCEPTED
                        ? " → " + returned.state() + " v" + returned.version()
                        : " (" + refusal + ")"));
        Optional<String> why = invalid;
        check(
                actual == predicted,
                () -> "the model predicted " + predicted
                        + why.map(w -> " (" + w + ")").orElse(""));
        // Invariant 3: rejected and merged cases refuse every command, closed ones all but a reopening.
        check(
                found.isEmpty()
                        || !finished(target.state)
                        || actual != Outcome.ACCEPTED
                        || (target.state == CaseState.CLOSED && step instanceof LifecycleSteps.ReopenStep),
                () -> "a finished case took a command");
        if (actual != Outcome.ACCEPTED) {
            // Invariant 6 (and every other refusal): nothing changes.
            checkUnchanged(before);
            return;
        }
        cases.set(cases.indexOf(target), next);
        checkNewEvents(next.id, target.version, events, actor, now);
        checkCase(next, returned);
        checkStep(target, next);
        checkOthersUnchanged(before, next.id);
    }

    private static String seenText(OptionalLong seen) {
        return seen.isPresent() ? "(seen v" + seen.getAsLong() + ")" : "(no version)";
    }

    /** A stand-in for "no case": only its id reaches the system, and that id does not exist. */
    private static ModelCase phantom() {
        ModelCase c = new ModelCase();
        c.id = CaseId.of("YH-NO-CASE-YET");
        c.grid = SampleDistrict.JINQIAO_MICRO_1;
        c.reporterId = "nobody";
        c.domain = SafetyDomain.FIRE;
        c.hazard = "2102";
        c.grade = HazardGrade.GENERAL;
        c.state = CaseState.REPORTED;
        c.version = 1;
        c.deadline = Optional.of(Instant.parse("2026-03-30T03:00:00Z"));
        return c;
    }

    /** {@link Who} as an actor: the n-th of those the model allows, or the n-th of the cast. */
    private Actor resolve(Who who, Action action, Optional<ModelCase> target) {
        if (!who.anyone() && target.isPresent()) {
            Facts facts = target.get().facts();
            List<Actor> allowed =
                    CAST.stream().filter(a -> allowed(a, action, facts)).toList();
            if (!allowed.isEmpty()) {
                return allowed.get(who.n() % allowed.size());
            }
            note("nobody may " + action.enName() + " " + target.get().id + " yet: " + who + " falls back to the cast");
        }
        return CAST.get(who.n() % CAST.size());
    }

    private void proceed(Proceed p) {
        if (cases.isEmpty()) {
            note("no case yet: report one");
            report(
                    new ReportSpec(
                            0,
                            Optional.empty(),
                            "home",
                            SafetyDomain.FIRE,
                            "2102",
                            HazardGrade.GENERAL,
                            Text.OK,
                            Optional.empty()),
                    Optional.empty());
            return;
        }
        ModelCase c = caseAt(p.caseRef()).orElseThrow();
        Who who = new Who(false, p.who());
        ExistingStep next = switch (c.state) {
            case REPORTED ->
                new RegisterStep(
                        p.caseRef(),
                        who,
                        Seen.CURRENT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
            case REGISTERED ->
                new DispatchStep(
                        p.caseRef(),
                        who,
                        Seen.CURRENT,
                        ROUTES.containsKey(c.domain) ? DepartmentChoice.ROUTED : DepartmentChoice.SAME_AS_ROUTED,
                        ROUTES.containsKey(c.domain) ? Optional.empty() : Optional.of(Text.OK),
                        true,
                        true);
            case DISPATCHED ->
                c.pendingExtension.isEmpty() && c.grade == HazardGrade.MAJOR && !p.pass()
                        ? new LifecycleSteps.StopProductionStep(
                                p.caseRef(), who, Seen.CURRENT, Optional.of(ProductionStopScope.WHOLE), true, Text.OK)
                        : c.pendingExtension.isPresent()
                                ? new DecideExtensionStep(
                                        p.caseRef(),
                                        who,
                                        Seen.CURRENT,
                                        p.pass(),
                                        p.pass() ? Optional.empty() : Optional.of(Text.OK))
                                : new SubmitStep(p.caseRef(), who, Seen.CURRENT, Text.OK);
            case RECTIFIED ->
                new VerifyStep(
                        p.caseRef(), who, Seen.CURRENT, p.pass(), p.pass() ? Optional.empty() : Optional.of(Text.OK));
            case VERIFIED ->
                c.grade == HazardGrade.MAJOR && c.owesReport()
                        ? new LifecycleSteps.FileReportStep(
                                p.caseRef(),
                                who,
                                Seen.CURRENT,
                                c.reportsDue.keySet().stream()
                                        .filter(k -> !c.reportsFiled.containsKey(k))
                                        .findFirst(),
                                Text.OK,
                                Text.OK)
                        : new CloseStep(p.caseRef(), who, Seen.CURRENT, Optional.of(5));
            case PRODUCTION_STOPPED -> new LifecycleSteps.ApplyResumptionStep(p.caseRef(), who, Seen.CURRENT, Text.OK);
            case RESUMPTION_REQUESTED ->
                new LifecycleSteps.ReviewResumptionStep(
                        p.caseRef(), who, Seen.CURRENT, p.pass(), p.pass() ? Optional.empty() : Optional.of(Text.OK));
            case SUSPENDED -> new LifecycleSteps.ResumeStep(p.caseRef(), who, Seen.CURRENT, Text.OK);
            case CLOSED, REJECTED, MERGED ->
                new RegisterStep(
                        p.caseRef(),
                        who,
                        Seen.CURRENT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        };
        note("→ " + next);
        existing(next);
    }

    private void read(ReadStep step) {
        Optional<ModelCase> found = caseAt(step.caseRef());
        CaseId id = found.map(c -> c.id).orElseGet(() -> phantom().id);
        Actor actor = resolve(step.who(), Action.READ, found);
        Outcome predicted = found.isEmpty()
                ? Outcome.NOT_FOUND
                : allowed(actor, Action.READ, found.get().facts()) ? Outcome.ACCEPTED : Outcome.ACCESS_DENIED;
        Map<CaseId, Long> before = snapshot();
        Outcome byGet;
        Outcome byHistory;
        try {
            Case c = casework.get(actor, id);
            check(c.equals(store.find(id).orElseThrow()), () -> "get returned another case than the stored one");
            byGet = Outcome.ACCEPTED;
        } catch (CaseworkException e) {
            byGet = Outcome.of(e);
        }
        try {
            List<RecordedEvent> history = casework.history(actor, id);
            check(history.equals(store.load(id)), () -> "history differs from the stored log");
            byHistory = Outcome.ACCEPTED;
        } catch (CaseworkException e) {
            byHistory = Outcome.of(e);
        }
        note(id + " by " + actor.id() + ": get " + byGet + ", history " + byHistory);
        check(byGet == predicted && byHistory == predicted, () -> "the model predicted " + predicted);
        checkUnchanged(before);
    }

    private void escalateOverdue() {
        Instant now = now();
        Map<CaseId, List<String>> owed = new LinkedHashMap<>();
        Map<ModelCase, ModelCase> after = new HashMap<>();
        int predicted = 0;
        for (ModelCase c : cases) {
            ModelCase next = c.copy();
            List<String> events = new ArrayList<>(
                    next.state == CaseState.SUSPENDED
                            ? LifecycleSteps.resumeAtReviewDate(next, now)
                            : escalate(next, now));
            // The scan escalates the reports last, after every step escalation and resumption.
            events.addAll(LifecycleSteps.escalateReports(next, now));
            if (!events.isEmpty()) {
                next.version += events.size();
                owed.put(c.id, events);
                after.put(c, next);
                predicted += events.size();
            }
        }
        Map<CaseId, Long> before = snapshot();
        int written = casework.escalateOverdue(now);
        note("wrote " + written + " escalation events");
        int expected = predicted;
        check(written == expected, () -> "the model predicted " + expected + " escalation events: " + owed);
        for (Map.Entry<ModelCase, ModelCase> e : after.entrySet()) {
            ModelCase old = e.getKey();
            ModelCase next = e.getValue();
            cases.set(cases.indexOf(old), next);
            checkNewEvents(next.id, old.version, owed.get(next.id), Actor.SYSTEM, now);
            checkCase(next, null);
            checkStep(old, next);
        }
        for (CaseId id : before.keySet()) {
            if (!owed.containsKey(id)) {
                check(
                        logSize(id) == before.get(id),
                        () -> "escalateOverdue changed case " + id + ", which was not due");
            }
        }
        // Running it again with the same time writes nothing.
        Map<CaseId, Long> once = snapshot();
        int again = casework.escalateOverdue(now);
        check(again == 0, () -> "escalateOverdue(" + now + ") run twice wrote " + again + " events the second time");
        checkUnchanged(once);
    }

    // ---------------------------------------------------------------- invariants

    /** Every invariant on every case. */
    void checkAll(String when) {
        try {
            check(
                    store.size() == cases.size(),
                    () -> "the store holds " + store.size() + " cases, the model " + cases.size());
            for (ModelCase c : cases) {
                checkCase(c, null);
            }
        } catch (AssertionError e) {
            throw new AssertionError(
                    when + ": " + e.getMessage() + "\ntrace of the run:\n  " + String.join("\n  ", trace), e);
        }
    }

    /**
     * The invariants of one case: versions 1..n without gaps (7), an intact hash chain (8), replay
     * equals the stored and the returned case (2), only table transitions (1), deadlines exactly
     * while open (4), rungs only rising within a step and starting again at NONE (5), and the
     * model's prediction.
     */
    private void checkCase(ModelCase model, Case returned) {
        List<RecordedEvent> log = store.load(model.id);
        check(!log.isEmpty(), () -> "case " + model.id + " has no events");
        for (int i = 0; i < log.size(); i++) {
            long version = log.get(i).version();
            int expected = i + 1;
            check(version == expected, () -> "event " + expected + " of " + model.id + " has version " + version);
        }
        AuditResult audit = CaseAudit.verify(log);
        check(audit.intact(), () -> "the hash chain of " + model.id + " is broken: " + audit);

        Case state = Case.start(log.get(0));
        checkDeadline(state);
        for (RecordedEvent event : log.subList(1, log.size())) {
            Case after = state.apply(event);
            Case was = state;
            check(
                    Lifecycle.allows(was.state(), after.state()),
                    () -> event.event().type() + " moved " + model.id + " from " + was.state() + " to "
                            + after.state());
            if (after.state() == was.state()) {
                check(
                        after.escalationRung().compareTo(was.escalationRung()) >= 0,
                        () -> event.event().type() + " lowered the rung of " + model.id + " from "
                                + was.escalationRung() + " to " + after.escalationRung());
            } else {
                check(
                        after.escalationRung() == EscalationRung.NONE,
                        () -> "entering " + after.state() + " left the rung at " + after.escalationRung());
            }
            checkDeadline(after);
            // Invariant 11: a major hazard closes only with its reports filed, after a review (核销) of
            // any stopped production.
            if (event.event() instanceof CaseClosed && was.grade() == HazardGrade.MAJOR) {
                check(
                        !was.majorHazardReports().isEmpty()
                                && !was.owesMajorHazardReport()
                                && was.productionStop().isEmpty()
                                && was.state() == CaseState.VERIFIED,
                        () -> "major hazard " + model.id + " closed with reports " + was.majorHazardReports()
                                + " and production stop " + was.productionStop());
            }
            if (after.state() == CaseState.VERIFIED && after.state() != was.state()) {
                check(
                        event.event() instanceof VerificationPassed || event.event() instanceof ResumptionApproved,
                        () -> model.id + " became VERIFIED without a review: "
                                + event.event().type());
            }
            state = after;
        }
        Case replayed = Case.replay(log);
        Case stored = store.find(model.id).orElseThrow(() -> new AssertionError("no stored case " + model.id));
        check(
                replayed.equals(stored),
                () -> "replaying " + model.id + " gives\n    " + replayed + "\n  but the store holds\n    " + stored);
        check(
                returned == null || returned.equals(stored),
                () -> "the command returned\n    " + returned + "\n  but the store holds\n    " + stored);
        check(
                stored.version() == log.size(),
                () -> "case version " + stored.version() + " but " + log.size() + " events");
        // Invariant 10: a suspended case is never overdue, whatever the time, and is never due.
        check(
                (stored.state() == CaseState.SUSPENDED) == stored.suspension().isPresent(),
                () -> model.id + " is " + stored.state() + " with suspension " + stored.suspension());
        if (stored.state() == CaseState.SUSPENDED) {
            check(
                    stored.deadline().isEmpty()
                            && !stored.isOverdueAt(now())
                            && !stored.isOverdueAt(Instant.parse("2999-01-01T00:00:00Z")),
                    () -> "suspended case " + model.id + " can be overdue: deadline " + stored.deadline());
            check(
                    store
                            .find(org.gridsafe.port.CaseQuery.all().dueBefore(Instant.parse("2999-01-01T00:00:00Z")))
                            .cases()
                            .stream()
                            .noneMatch(c -> c.id().equals(model.id)),
                    () -> "suspended case " + model.id + " is listed as due");
        }
        Projection actual = Projection.of(stored);
        Projection predicted = model.projection();
        check(
                actual.equals(predicted),
                () -> "the model predicted\n    " + predicted + "\n  but the case is\n    " + actual);
    }

    /** Invariant 4: a deadline exactly while the case is open. */
    private static void checkDeadline(Case c) {
        check(
                c.state().isOpen() == c.deadline().isPresent()
                        && isOpen(c.state()) == c.state().isOpen(),
                () -> c.id() + " v" + c.version() + " is " + c.state() + " with deadline " + c.deadline());
    }

    /** One step on one case: a table transition, and a rung that only rises while the state stays. */
    private static void checkStep(ModelCase before, ModelCase after) {
        check(
                Lifecycle.allows(before.state, after.state),
                () -> before.state + " → " + after.state + " is not in the table");
        if (before.state == after.state) {
            check(
                    after.rung.compareTo(before.rung) >= 0,
                    () -> "the rung fell from " + before.rung + " to " + after.rung);
        } else {
            check(after.rung == EscalationRung.NONE, () -> "the rung is " + after.rung + " after a state change");
        }
    }

    /** The events a step appended after {@code fromVersion}: as predicted, by the actor, at the time. */
    private void checkNewEvents(CaseId id, long fromVersion, List<String> expected, Actor actor, Instant now) {
        List<RecordedEvent> log = store.load(id);
        List<RecordedEvent> added = log.subList((int) Math.min(fromVersion, log.size()), log.size());
        List<String> actual = added.stream().map(r -> describe(r.event())).toList();
        check(
                actual.equals(expected),
                () -> "case " + id + " got events " + actual + ", the model expected " + expected);
        for (RecordedEvent r : added) {
            check(
                    r.actorId().equals(actor.id()),
                    () -> "event v" + r.version() + " names actor " + r.actorId() + ", not " + actor.id());
            check(r.at().equals(now), () -> "event v" + r.version() + " is dated " + r.at() + ", not " + now);
            if (r.event() instanceof CaseEscalated e) {
                ModelCase m =
                        cases.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow();
                LifecycleModel.Reached reached = LifecycleModel.escalationReaches(m.grid, e.rung());
                check(
                        e.grid().equals(reached.grid()),
                        () -> "escalation to " + e.rung() + " reached grid " + e.grid() + ", not " + reached.grid());
                // Invariant 9: every escalation has a recipient, the one the model predicts.
                check(
                        e.recipient().isPresent(),
                        () -> "escalation v" + r.version() + " to " + e.rung() + " has no recipient");
                check(
                        e.recipient().get().personId().equals(reached.personId()),
                        () -> "escalation to " + e.rung() + " reached "
                                + e.recipient().get().personId() + ", not " + reached.personId());
                check(e.step() == m.state, () -> "escalation names step " + e.step() + " but the case is " + m.state);
            }
            if (r.event() instanceof MajorHazardReportEscalated e) {
                ModelCase m =
                        cases.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow();
                // Invariant 12: every report-duty escalation has a recipient, the one the model predicts.
                check(
                        e.recipient() != null && !e.recipient().personId().isBlank(),
                        () -> "report escalation v" + r.version() + " to " + e.rung() + " has no recipient");
                LifecycleModel.Reached reached = LifecycleModel.escalationReaches(m.grid, e.rung());
                check(
                        e.grid().equals(reached.grid())
                                && e.recipient().personId().equals(reached.personId()),
                        () -> "report escalation to " + e.rung() + " reached " + e.grid() + "/"
                                + e.recipient().personId() + ", not " + reached);
                check(
                        e.dueAt().equals(m.reportsDue.get(e.kind())),
                        () -> "report escalation names deadline " + e.dueAt() + ", not " + m.reportsDue.get(e.kind()));
            }
        }
    }

    /** An event as the model names it. */
    static String describe(CaseEvent event) {
        if (event instanceof MajorHazardReportEscalated e) {
            return "MajorHazardReportEscalated(" + e.kind() + "/" + e.rung() + ")";
        }
        return event instanceof CaseEscalated e
                ? "CaseEscalated(" + e.rung() + ")"
                : event.getClass().getSimpleName();
    }

    /** Each case's number of events (its version). */
    private Map<CaseId, Long> snapshot() {
        Map<CaseId, Long> sizes = new HashMap<>();
        for (ModelCase c : cases) {
            sizes.put(c.id, logSize(c.id));
        }
        return sizes;
    }

    private long logSize(CaseId id) {
        return store.load(id).size();
    }

    /** Nothing was written: no new case, no new event, every stored case as before. */
    private void checkUnchanged(Map<CaseId, Long> before) {
        check(
                store.size() == before.size(),
                () -> "a refused command left " + store.size() + " cases, not " + before.size());
        for (ModelCase c : cases) {
            long size = logSize(c.id);
            check(
                    size == before.get(c.id),
                    () -> "a refused command changed case " + c.id + " from v" + before.get(c.id) + " to v" + size);
            Case stored = store.find(c.id).orElseThrow();
            check(
                    Projection.of(stored).equals(c.projection()),
                    () -> "a refused command changed case " + c.id + ": " + stored);
        }
    }

    private void checkOthersUnchanged(Map<CaseId, Long> before, CaseId changed) {
        check(
                store.size() == cases.size(),
                () -> "the store holds " + store.size() + " cases, the model " + cases.size());
        for (ModelCase c : cases) {
            if (!c.id.equals(changed)) {
                long size = logSize(c.id);
                check(size == before.get(c.id), () -> "a command on " + changed + " changed case " + c.id);
            }
        }
    }

    private void note(String text) {
        trace.set(trace.size() - 1, trace.get(trace.size() - 1) + "\n      " + text);
    }

    private static void check(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }

    /** The trace so far, one line per step with what it resolved to. */
    List<String> trace() {
        return List.copyOf(trace);
    }

    /** The stored log of the case {@code ref} names. */
    List<RecordedEvent> log(int ref) {
        return store.load(caseAt(ref).orElseThrow().id);
    }
}
