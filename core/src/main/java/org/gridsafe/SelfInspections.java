package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.SelfCheckFacts;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.Report;
import org.gridsafe.checklist.Checklist;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.SelfCheckStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.selfcheck.InvalidSelfCheckException;
import org.gridsafe.selfcheck.LedgerEntry;
import org.gridsafe.selfcheck.RecordedSelfCheckEvent;
import org.gridsafe.selfcheck.ReturnAlreadyFiledException;
import org.gridsafe.selfcheck.ReturnObligation;
import org.gridsafe.selfcheck.RunAlreadyExistsException;
import org.gridsafe.selfcheck.SelfCheckAccessDeniedException;
import org.gridsafe.selfcheck.SelfCheckCommand;
import org.gridsafe.selfcheck.SelfCheckDecider;
import org.gridsafe.selfcheck.SelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckNotFoundException;
import org.gridsafe.selfcheck.SelfCheckPlan;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRules;
import org.gridsafe.selfcheck.SelfCheckRun;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.SelfCheckVersionConflictException;
import org.gridsafe.selfcheck.SelfReport;
import org.gridsafe.selfcheck.StatisticsReturn;
import org.gridsafe.selfcheck.WrongSelfCheckStateException;

/**
 * Enterprise self-inspection (企业隐患自查自报) as an application service: an enterprise's plans, its
 * runs of a checklist whose failed items become ledger entries and cases through {@link Casework}
 * (source {@code ENTERPRISE_SELF_REPORT}, one loop and one statistic with the government's hazards),
 * and the quarterly and annual statistical returns it owes. Every command is decided by
 * {@code selfcheck.SelfCheckLifecycle} or the access policy; every read goes through the policy.
 * Thread-safe.
 *
 * <pre>{@code
 * SelfInspections self = SelfInspections.builder().store(store).entities(registry)
 *         .casework(gridSafe.casework()).clock(clock).build();
 * self.savePlan(enterprise, plan, 0);
 * SelfCheckRun run = self.submit(enterprise, SelfCheckRunId.of("R-1"), plan.id(), answers, reports);
 * }</pre>
 */
public final class SelfInspections {

    private final SelfCheckStore store;
    private final EntityRegistry entities;
    private final Casework casework;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final SelfCheckRules rules;
    private final SelfCheckDecider decider;

    private SelfInspections(Builder b) {
        this.store = b.store;
        this.entities = b.entities;
        this.casework = b.casework;
        this.policy = b.policy;
        this.clock = b.clock;
        this.zone = b.zone;
        this.rules = b.rules;
        this.decider = new SelfCheckDecider(policy);
    }

    /** A builder; store, entities, casework and clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules the steps check against. */
    public SelfCheckRules rules() {
        return rules;
    }

    /** The zone days (due days, "today") are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Creates ({@code expectedVersion} 0) or replaces a plan ({@link Action#MANAGE_SELF_CHECK_PLAN}: the
     * enterprise, for itself).
     *
     * @throws InvalidSelfCheckException naming each bad field (unknown entity or checklist, a checklist
     *     with no item for this entity, a periodic plan without its cycle)
     * @throws SelfCheckVersionConflictException when the plan is not at {@code expectedVersion}
     */
    public SelfCheckPlanRecord savePlan(Actor actor, SelfCheckPlan plan, long expectedVersion) {
        Objects.requireNonNull(plan, "plan");
        List<FieldProblem> problems = new ArrayList<>(plan.problems());
        Optional<SupervisedEntity> entity = plan.entity() == null ? Optional.empty() : entities.find(plan.entity());
        if (plan.entity() != null && entity.isEmpty()) {
            problems.add(new FieldProblem("entity", "no entity " + plan.entity() + " in the registry"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        require(actor, Action.MANAGE_SELF_CHECK_PLAN, facts(plan.id().value(), entity.get()));
        Optional<SelfCheckPlanRecord> held = store.findPlan(plan.id());
        if (held.isPresent() && !held.get().plan().entity().equals(plan.entity())) {
            // The plan's id belongs to another entity: ask about that one too, so ids do not leak.
            require(actor, Action.MANAGE_SELF_CHECK_PLAN, planFacts(held.get()));
            throw new InvalidSelfCheckException(
                    "entity",
                    "plan " + plan.id() + " belongs to " + held.get().plan().entity() + "; a plan keeps its entity");
        }
        long version = held.map(SelfCheckPlanRecord::version).orElse(0L);
        if (version != expectedVersion) {
            throw new SelfCheckVersionConflictException("plan " + plan.id() + " is at version " + version + ", not "
                    + expectedVersion + "; reload it and save again");
        }
        Optional<Checklist> checklist = rules.checklists().find(plan.checklist());
        if (checklist.isEmpty()) {
            problems.add(new FieldProblem(
                    "checklist",
                    "no checklist " + plan.checklist() + "; known: "
                            + rules.checklists().all().stream()
                                    .map(c -> c.ref().toString())
                                    .toList()));
        } else if (checklist
                .get()
                .applicableTo(kindsOf(entity.get()), entity.get().profile().sectors())
                .isEmpty()) {
            problems.add(new FieldProblem(
                    "checklist",
                    "checklist " + plan.checklist() + " has no item for "
                            + entity.get().kind() + " " + plan.entity()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        SelfCheckPlanRecord saved = new SelfCheckPlanRecord(plan, version + 1, actor.id(), now());
        store.savePlan(saved);
        return saved;
    }

    /** The plan, if {@code actor} may read it ({@link Action#READ_SELF_CHECK}). */
    public SelfCheckPlanRecord plan(Actor actor, SelfCheckPlanId id) {
        SelfCheckPlanRecord p =
                store.findPlan(id).orElseThrow(() -> new SelfCheckNotFoundException("no self-inspection plan " + id));
        require(actor, Action.READ_SELF_CHECK, planFacts(p));
        return p;
    }

    /** The plans of {@code entity}, in id order, if {@code actor} may read the entity's self-inspections. */
    public List<SelfCheckPlanRecord> plans(Actor actor, EntityId entity) {
        require(actor, Action.READ_SELF_CHECK, facts(entity.value(), entity(entity)));
        return store.plansOf(entity);
    }

    /**
     * Submits a run of {@code planId}'s checklist ({@link Action#SUBMIT_SELF_CHECK}: the enterprise, for
     * itself): the answers are checked against the template, each failed item needs a report that
     * passes {@link org.gridsafe.selfcheck.SelfReportQuality}, and each becomes a ledger entry and a case
     * with source {@code ENTERPRISE_SELF_REPORT} whose origin names the run and item. A retry of the
     * same submission (same run id, same content) reports what is still pending and answers the run; no
     * case is made twice. If a case cannot be reported, the submission stands and the entry stays
     * pending for {@link #reportPendingEntries}; the refusal is thrown.
     *
     * @throws RunAlreadyExistsException when the run id was used for another submission
     */
    public SelfCheckRun submit(
            Actor actor,
            SelfCheckRunId id,
            SelfCheckPlanId planId,
            List<ChecklistAnswer> answers,
            List<SelfReport> reports) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(reports, "reports");
        SelfCheckPlanRecord plan = store.findPlan(planId)
                .orElseThrow(() -> new SelfCheckNotFoundException("no self-inspection plan " + planId));
        SupervisedEntity e = entity(plan.plan().entity());
        SelfCheckEvent.Submitted submitted = new SelfCheckEvent.Submitted(
                planId,
                e.id(),
                e.profile().name(),
                e.grid().grid(),
                e.facts().enterpriseId(),
                plan.plan().checklist(),
                kindsOf(e),
                e.profile().sectors(),
                answers,
                reports);
        require(
                actor,
                Action.SUBMIT_SELF_CHECK,
                SelfCheckFacts.of(id.value(), submitted.grid(), submitted.enterpriseId()));
        Optional<SelfCheckRun> held = store.find(id);
        if (held.isPresent()) {
            return retried(actor, held.get(), submitted);
        }
        requireStoredPhotos(answers, reports);
        try {
            store.append(
                    decider.decide(actor, new SelfCheckCommand.Submit(id, submitted), Optional.empty(), rules, now()));
        } catch (RunAlreadyExistsException raced) {
            return retried(actor, store.find(id).orElseThrow(() -> raced), submitted);
        }
        return reportPendingEntries(actor, id);
    }

    private SelfCheckRun retried(Actor actor, SelfCheckRun held, SelfCheckEvent.Submitted submitted) {
        // The terminal lost the answer and sends the same run again: it was taken; report what is pending.
        if (!held.submitted().equals(submitted)) {
            require(actor, Action.SUBMIT_SELF_CHECK, held.facts());
            throw new RunAlreadyExistsException("run " + held.id() + " was submitted already with other answers"
                    + " or reports; a new run needs a new id");
        }
        return reportPendingEntries(actor, held.id());
    }

    private void requireStoredPhotos(List<ChecklistAnswer> answers, List<SelfReport> reports) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistAnswer a = answers.get(i);
            if (a == null || a.photos().contains(null)) {
                continue; // the checklist's own check names it
            }
            for (var error :
                    Casework.storedMediaProblems(casework.mediaStore(), "answers[" + i + "].photos", a.photos())) {
                problems.add(new FieldProblem(error.field(), "item " + a.item() + ": " + error.message()));
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            SelfReport r = reports.get(i);
            if (r == null || r.photos().contains(null)) {
                continue;
            }
            for (var error :
                    Casework.storedMediaProblems(casework.mediaStore(), "reports[" + i + "].photos", r.photos())) {
                problems.add(new FieldProblem(error.field(), "item " + r.item() + ": " + error.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
    }

    /** Reports the cases of the run's pending ledger entries (after a failure while reporting them). */
    public SelfCheckRun reportPendingEntries(Actor actor, SelfCheckRunId id) {
        SelfCheckRun run =
                store.find(id).orElseThrow(() -> new SelfCheckNotFoundException("no self-inspection run " + id));
        require(actor, Action.SUBMIT_SELF_CHECK, run.facts());
        for (LedgerEntry entry : run.entries()) {
            if (!entry.pending()) {
                continue;
            }
            // The case names its origin, so reporting it again (after a crash between the case and
            // its EntryReported, or beside a racing retry) answers the case already made.
            Case reported = report(actor, run, entry);
            for (int attempt = 0; ; attempt++) {
                SelfCheckRun current = store.find(id).orElseThrow();
                boolean linked = current.entries().stream()
                        .anyMatch(
                                x -> x.item().equals(entry.item()) && x.caseId().equals(Optional.of(reported.id())));
                if (linked) {
                    run = current;
                    break;
                }
                try {
                    SelfCheckCommand.RecordEntry command =
                            new SelfCheckCommand.RecordEntry(id, entry.item(), reported.id());
                    var decision = decider.decide(actor, command, Optional.of(current), rules, now());
                    store.append(decision);
                    run = decision.run();
                    break;
                } catch (SelfCheckVersionConflictException
                        | WrongSelfCheckStateException
                        | InvalidSelfCheckException raced) {
                    // A racing retry recorded an entry first: look again (the case is the same, by origin).
                    if (attempt == 3) {
                        throw raced;
                    }
                }
            }
        }
        return run;
    }

    private Case report(Actor actor, SelfCheckRun run, LedgerEntry entry) {
        SelfReport r = entry.report();
        ChecklistItem item = rules.checklists()
                .require(run.submitted().checklist())
                .item(r.item())
                .orElseThrow();
        String link = "（企业自查 " + run.id() + "，检查表 " + run.submitted().checklist() + " 检查项 " + item.code() + "）";
        String body = run.submitted().entityName() + " " + r.place() + "：" + r.description() + "；整改措施：" + r.measure();
        int room = InputLimits.DESCRIPTION - link.length();
        String description = (body.length() > room ? body.substring(0, room) : body) + link;
        Report.Builder report = Report.builder()
                .source(CaseSource.ENTERPRISE_SELF_REPORT)
                .grid(run.submitted().grid())
                .domain(r.domain())
                .hazard(r.hazard())
                .grade(r.grade())
                .description(description)
                .entity(run.submitted().entity())
                .origin(new CaseOrigin(originOf(run.id()), item.code()));
        r.photos().forEach(report::media);
        run.submitted().enterpriseId().ifPresent(report::enterpriseId);
        return casework.report(actor, report.build());
    }

    /** The origin a run's cases name ({@link CaseOrigin#occurrence()}), so cases find their run. */
    public static String originOf(SelfCheckRunId run) {
        return "selfcheck:" + run.value();
    }

    /**
     * The bytes of a photo of the run's answers or self-reports, to whom may read the run (as a case's
     * files go to whom may read the case).
     *
     * @throws SelfCheckNotFoundException when the run has no such photo (or {@code actor} may not see it)
     */
    public byte[] mediaContent(Actor actor, SelfCheckRunId id, org.gridsafe.media.MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        String absent = "self-inspection run " + id + " has no photo " + hash + " that you may see";
        SelfCheckRun r;
        try {
            r = run(actor, id);
        } catch (SelfCheckAccessDeniedException denied) {
            throw new SelfCheckNotFoundException(absent);
        }
        boolean referenced = java.util.stream.Stream.concat(
                        r.submitted().answers().stream().flatMap(a -> a.photos().stream()),
                        r.submitted().reports().stream().flatMap(p -> p.photos().stream()))
                .anyMatch(m -> m.hash().equals(hash));
        if (!referenced) {
            throw new SelfCheckNotFoundException(absent);
        }
        return casework.mediaStore().read(hash).orElseThrow(() -> new SelfCheckNotFoundException(absent));
    }

    /** The run, if {@code actor} may read it. */
    public SelfCheckRun run(Actor actor, SelfCheckRunId id) {
        SelfCheckRun run =
                store.find(id).orElseThrow(() -> new SelfCheckNotFoundException("no self-inspection run " + id));
        require(actor, Action.READ_SELF_CHECK, run.facts());
        return run;
    }

    /** The run's history, if {@code actor} may read it. */
    public List<RecordedSelfCheckEvent> history(Actor actor, SelfCheckRunId id) {
        run(actor, id);
        return store.history(id);
    }

    /** The runs of {@code entity}, newest first. */
    public List<SelfCheckRun> runs(Actor actor, EntityId entity) {
        require(actor, Action.READ_SELF_CHECK, facts(entity.value(), entity(entity)));
        return store.runsOf(entity);
    }

    /** The hazard ledger (隐患台账) of {@code entity}: every failed item of its runs, newest run first. */
    public List<LedgerEntry> ledger(Actor actor, EntityId entity) {
        return runs(actor, entity).stream().flatMap(r -> r.entries().stream()).toList();
    }

    /**
     * Files the statistical return of {@code period} ({@link Action#FILE_SELF_CHECK_RETURN}: the enterprise,
     * for itself), signed by {@code principal}: the period must have ended, and where the registry names
     * the unit's principals (主要负责人) the signer must be one of them. Filing the same figures again
     * answers the return held; other figures for a filed period are refused.
     *
     * @throws InvalidSelfCheckException naming each bad field
     * @throws ReturnAlreadyFiledException when the period is filed already with other figures
     */
    public StatisticsReturn fileReturn(
            Actor actor,
            EntityId entityId,
            ReturnPeriod period,
            int hazardsFound,
            int hazardsRectified,
            int majorHazards,
            String principal) {
        Objects.requireNonNull(period, "period");
        SupervisedEntity e = entity(entityId);
        require(actor, Action.FILE_SELF_CHECK_RETURN, facts(entityId.value(), e));
        Instant now = now();
        LocalDate today = now.atZone(zone).toLocalDate();
        StatisticsReturn filing = new StatisticsReturn(
                entityId, period, hazardsFound, hazardsRectified, majorHazards, principal, actor.id(), now, today);
        List<FieldProblem> problems = new ArrayList<>(filing.problems());
        if (today.isBefore(period.endExclusive())) {
            problems.add(new FieldProblem(
                    "period",
                    period + " has not ended (it ends on "
                            + period.endExclusive().minusDays(1) + ")"));
        }
        List<String> principals = principalsOf(e);
        if (principal != null
                && !principal.isBlank()
                && !principals.isEmpty()
                && !principals.contains(principal.strip())) {
            problems.add(new FieldProblem(
                    "principal",
                    "the registry names " + String.join("、", principals) + " as the principal (主要负责人); " + principal
                            + " is not"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        Optional<StatisticsReturn> held = store.findReturn(entityId, period);
        if (held.isPresent()) {
            return same(held.get(), filing);
        }
        try {
            store.fileReturn(filing);
            return filing;
        } catch (ReturnAlreadyFiledException raced) {
            return same(store.findReturn(entityId, period).orElseThrow(() -> raced), filing);
        }
    }

    private static StatisticsReturn same(StatisticsReturn held, StatisticsReturn filing) {
        if (!held.sameFigures(filing)) {
            throw new ReturnAlreadyFiledException("the return of " + held.entity() + " for " + held.period()
                    + " was filed on " + held.filedOn() + " with other figures; a filed return is not replaced");
        }
        return held;
    }

    /** The returns {@code entity} filed, by period. */
    public List<StatisticsReturn> returns(Actor actor, EntityId entity) {
        require(actor, Action.READ_SELF_CHECK, facts(entity.value(), entity(entity)));
        return store.returnsOf(entity);
    }

    /**
     * The returns {@code entity} owes as of today in the district's zone: every quarter and year that has
     * ended since the quarter of its first plan, each filed, filed late, due or overdue.
     */
    public List<ReturnObligation> obligations(Actor actor, EntityId entity) {
        SupervisedEntity e = entity(entity);
        require(actor, Action.READ_SELF_CHECK, facts(entity.value(), e));
        return obligationsOf(e, today());
    }

    /**
     * The obligations of every entity with a plan whose self-inspections {@code actor} may read, as of
     * today in the district's zone; {@code overdueOnly} keeps the overdue ones. By entity, then period.
     */
    public List<ReturnObligation> obligations(Actor actor, boolean overdueOnly) {
        Objects.requireNonNull(actor, "actor");
        LocalDate today = today();
        List<ReturnObligation> all = new ArrayList<>();
        for (EntityId id : store.entitiesWithPlans()) {
            Optional<SupervisedEntity> e = entities.find(id);
            if (e.isEmpty()
                    || !policy.decide(actor, Action.READ_SELF_CHECK, facts(id.value(), e.get()))
                            .allowed()) {
                continue;
            }
            for (ReturnObligation o : obligationsOf(e.get(), today)) {
                if (!overdueOnly || o.overdue()) {
                    all.add(o);
                }
            }
        }
        return all;
    }

    private List<ReturnObligation> obligationsOf(SupervisedEntity e, LocalDate today) {
        Optional<Instant> first =
                store.plansOf(e.id()).stream().map(SelfCheckPlanRecord::savedAt).min(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return List.of();
        }
        LocalDate start = first.get().atZone(zone).toLocalDate();
        List<ReturnPeriod> owed = new ArrayList<>();
        for (ReturnPeriod q = ReturnPeriod.quarterContaining(start);
                !q.endExclusive().isAfter(today);
                q = next(q)) {
            owed.add(q);
            if (q.quarter().orElseThrow() == 4) {
                owed.add(ReturnPeriod.year(q.year().getValue()));
            }
        }
        List<ReturnObligation> out = new ArrayList<>();
        for (ReturnPeriod p : owed) {
            out.add(ReturnObligation.asOf(
                    e.id(), e.profile().name(), e.grid().grid(), p, store.findReturn(e.id(), p), today));
        }
        return out;
    }

    private static ReturnPeriod next(ReturnPeriod q) {
        int quarter = q.quarter().orElseThrow();
        return quarter == 4
                ? ReturnPeriod.quarter(q.year().getValue() + 1, 1)
                : ReturnPeriod.quarter(q.year().getValue(), quarter + 1);
    }

    private static List<String> principalsOf(SupervisedEntity e) {
        if (e.profile() instanceof ProductionUnit unit) {
            return unit.people().stream()
                    .filter(p -> p.role() == UnitPersonRole.PRINCIPAL)
                    .map(UnitPerson::name)
                    .toList();
        }
        return List.of();
    }

    private static Set<String> kindsOf(SupervisedEntity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.kind().name());
        if (entity.profile() instanceof Place place && place.kind() != null) {
            names.add(place.kind().name());
        }
        return names;
    }

    private SupervisedEntity entity(EntityId id) {
        Objects.requireNonNull(id, "entity");
        return entities.find(id)
                .orElseThrow(() -> new SelfCheckNotFoundException("no entity " + id + " in the registry"));
    }

    private SelfCheckFacts planFacts(SelfCheckPlanRecord p) {
        return entities.find(p.plan().entity())
                .map(e -> facts(p.plan().id().value(), e))
                .orElseThrow(() ->
                        new SelfCheckNotFoundException("no entity " + p.plan().entity() + " in the registry"));
    }

    private static SelfCheckFacts facts(String id, SupervisedEntity e) {
        return SelfCheckFacts.of(id, e.grid().grid(), e.facts().enterpriseId());
    }

    private void require(Actor actor, Action action, SelfCheckFacts facts) {
        Objects.requireNonNull(actor, "actor");
        AccessDecision d = policy.decide(actor, action, facts);
        if (!d.allowed()) {
            throw new SelfCheckAccessDeniedException(d);
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private Instant now() {
        // Millisecond precision survives every store, as for cases.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Builds {@link SelfInspections}. */
    public static final class Builder {
        private SelfCheckStore store;
        private EntityRegistry entities;
        private Casework casework;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private SelfCheckRules rules = SelfCheckRules.standard();

        private Builder() {}

        /** Where plans, runs and returns are kept. */
        public Builder store(SelfCheckStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The registry whose entities inspect themselves. */
        public Builder entities(EntityRegistry value) {
            entities = Objects.requireNonNull(value, "entities");
            return this;
        }

        /** The casework ledger entries are reported through. */
        public Builder casework(Casework value) {
            casework = Objects.requireNonNull(value, "casework");
            return this;
        }

        /** The access policy; {@link AccessPolicy#standard()} unless given (give the casework's). */
        public Builder policy(AccessPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The clock changes are stamped with, and "today" read from. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The district's zone; Asia/Shanghai unless given (the project's own default). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Checklists, hazard catalog and quality thresholds; {@link SelfCheckRules#standard()} unless given. */
        public Builder rules(SelfCheckRules value) {
            rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** The service. */
        public SelfInspections build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(casework, "casework");
            Objects.requireNonNull(clock, "clock");
            return new SelfInspections(this);
        }
    }
}
