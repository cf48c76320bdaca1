package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.access.PatrolFacts;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.checklist.ChecklistAnswer;
import org.gridsafe.checklist.ChecklistItem;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.memory.InMemoryPatrolTrackStore;
import org.gridsafe.patrol.AcceptanceResult;
import org.gridsafe.patrol.Finding;
import org.gridsafe.patrol.InvalidPatrolException;
import org.gridsafe.patrol.OccurrenceAlreadyExistsException;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.OccurrenceState;
import org.gridsafe.patrol.PatrolAccessDeniedException;
import org.gridsafe.patrol.PatrolCommand;
import org.gridsafe.patrol.PatrolDecider;
import org.gridsafe.patrol.PatrolDecision;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolFrequency;
import org.gridsafe.patrol.PatrolNotFoundException;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPeriod;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.PatrolPlanner;
import org.gridsafe.patrol.PatrolQuery;
import org.gridsafe.patrol.PatrolRules;
import org.gridsafe.patrol.PatrolTarget;
import org.gridsafe.patrol.PatrolVersionConflictException;
import org.gridsafe.patrol.PlanProposal;
import org.gridsafe.patrol.PlanRecord;
import org.gridsafe.patrol.PlanRequest;
import org.gridsafe.patrol.PlanningRules;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.patrol.RecordedPatrolEvent;
import org.gridsafe.patrol.ScheduleResult;
import org.gridsafe.patrol.TrackDay;
import org.gridsafe.patrol.TrackMeasure;
import org.gridsafe.patrol.TrackPoint;
import org.gridsafe.patrol.TrackPurge;
import org.gridsafe.patrol.TrackRules;
import org.gridsafe.patrol.TrackUpload;
import org.gridsafe.patrol.VisitDemand;
import org.gridsafe.patrol.WrongPatrolStateException;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.PatrolStore;
import org.gridsafe.port.PatrolTrackStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.SupervisedEntity;

/**
 * Patrols (网格巡查) as an application service: plans, runs that schedule occurrences, check-ins,
 * submissions whose failed items become hazard reports through {@link Casework} (source
 * {@code GRID_PATROL}), skips, and the run that records missed occurrences. Every command is decided by
 * {@code patrol.PatrolLifecycle} and every read goes through the access policy. Thread-safe; a command
 * without an expected version that loses a race is decided again on the fresh occurrence.
 *
 * <pre>{@code
 * Patrols patrols = Patrols.builder().store(store).entities(registry).directory(directory)
 *         .casework(gridSafe.casework()).clock(clock).build();
 * patrols.savePlan(center, PatrolPlanPresets.nineSmallMonthly(id, street, checklist), 0);
 * ScheduleResult run = patrols.schedule(center, id, LocalDate.of(2026, 11, 1));
 * }</pre>
 */
public final class Patrols {

    private static final int ATTEMPTS = 3;
    private static final int PAGE = 500;

    private final PatrolStore store;
    private final EntityRegistry entities;
    private final GridDirectory directory;
    private final Casework casework;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final PatrolRules rules;
    private final PatrolDecider decider;
    private final PatrolTrackStore tracks;
    private final TrackRules trackRules;
    private final PlanningRules planningRules;
    private final TrackMeasure trackMeasure;
    // Uploads of one staff member measure their days one at a time, so a day is never saved from fewer
    // points than another upload already stored (within this service).
    private final Object[] trackLocks = new Object[64];

    private Patrols(Builder b) {
        this.tracks = b.tracks != null ? b.tracks : b.store.trackStore().orElseGet(InMemoryPatrolTrackStore::new);
        this.trackRules = b.trackRules;
        this.planningRules = b.planningRules;
        this.trackMeasure = new TrackMeasure(b.trackRules, b.zone);
        for (int i = 0; i < trackLocks.length; i++) {
            trackLocks[i] = new Object();
        }
        this.store = b.store;
        this.entities = b.entities;
        this.directory = b.directory;
        this.casework = b.casework;
        this.policy = b.policy;
        this.clock = b.clock;
        this.zone = b.zone;
        this.rules = b.rules;
        this.decider = new PatrolDecider(policy);
    }

    /** A builder; store, entities, directory, casework and clock are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules the steps check against. */
    public PatrolRules rules() {
        return rules;
    }

    /**
     * Creates ({@code expectedVersion} 0) or replaces a plan.
     *
     * @throws InvalidPatrolException when the checklist or the grid is unknown
     * @throws PatrolVersionConflictException when the plan is not at {@code expectedVersion}
     */
    public PlanRecord savePlan(Actor actor, PatrolPlan plan, long expectedVersion) {
        Objects.requireNonNull(plan, "plan");
        require(actor, Action.MANAGE_PATROL_PLAN, PatrolFacts.plan(plan.id().value(), plan.grid()));
        Optional<PlanRecord> held = store.findPlan(plan.id());
        held.ifPresent(h -> require(
                actor,
                Action.MANAGE_PATROL_PLAN,
                PatrolFacts.plan(h.plan().id().value(), h.plan().grid())));
        long version = held.map(PlanRecord::version).orElse(0L);
        if (version != expectedVersion) {
            throw new PatrolVersionConflictException("plan " + plan.id() + " is at version " + version + ", not "
                    + expectedVersion + "; reload it and save again");
        }
        List<org.gridsafe.entity.FieldProblem> problems = new ArrayList<>();
        if (rules.checklists().find(plan.checklist()).isEmpty()) {
            problems.add(new org.gridsafe.entity.FieldProblem(
                    "checklist",
                    "no checklist " + plan.checklist() + "; known: "
                            + rules.checklists().all().stream()
                                    .map(c -> c.ref().toString())
                                    .toList()));
        }
        if (directory.grids().find(plan.grid()).isEmpty()) {
            problems.add(new org.gridsafe.entity.FieldProblem("grid", "no grid " + plan.grid() + " in this district"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
        PlanRecord saved = new PlanRecord(plan, version + 1, actor.id(), now());
        store.savePlan(saved);
        return saved;
    }

    /** The plan, if {@code actor} may read it. */
    public PlanRecord plan(Actor actor, PatrolPlanId id) {
        PlanRecord p = store.findPlan(id).orElseThrow(() -> new PatrolNotFoundException("no patrol plan " + id));
        require(actor, Action.READ_PATROL, PatrolFacts.plan(id.value(), p.plan().grid()));
        return p;
    }

    /** The plans {@code actor} may read, in id order. */
    public List<PlanRecord> plans(Actor actor) {
        return store.plans().stream()
                .filter(p -> policy.decide(
                                actor,
                                Action.READ_PATROL,
                                PatrolFacts.plan(p.plan().id().value(), p.plan().grid()))
                        .allowed())
                .toList();
    }

    /**
     * Runs a plan for the period containing {@code day}: one occurrence per matching entity, assigned
     * to the first staff member of the entity's grid in the plan's role. Running it again changes
     * nothing for the entities already scheduled.
     */
    public ScheduleResult schedule(Actor actor, PatrolPlanId planId, LocalDate day) {
        PatrolPlan plan = store.findPlan(planId)
                .orElseThrow(() -> new PatrolNotFoundException("no patrol plan " + planId))
                .plan();
        require(actor, Action.SCHEDULE_PATROLS, PatrolFacts.plan(planId.value(), plan.grid()));
        PatrolPeriod period = plan.frequency().periodOf(day);
        Instant start = period.start().atStartOfDay(zone).toInstant();
        LocalDate last = plan.dueWithinDays().isPresent()
                ? min(period.start().plusDays(plan.dueWithinDays().getAsInt()), period.end())
                : period.end();
        Instant end = last.atStartOfDay(zone).toInstant();
        List<OccurrenceId> created = new ArrayList<>();
        List<OccurrenceId> existing = new ArrayList<>();
        List<EntityId> unassigned = new ArrayList<>();
        for (SupervisedEntity e : entities.search(EntityQuery.all().within(plan.grid()))) {
            if (!plan.target().matches(e)) {
                continue;
            }
            OccurrenceId id = OccurrenceId.of(planId, period, e.id().value());
            if (store.find(id).isPresent()) {
                existing.add(id);
                continue;
            }
            Optional<String> assignee =
                    directory.grids().find(e.grid().grid()).map(Grid::staff).orElse(List.of()).stream()
                            .filter(s -> s.role() == plan.patrolRole())
                            .map(StaffAssignment::personId)
                            .findFirst();
            if (assignee.isEmpty()) {
                unassigned.add(e.id());
                continue;
            }
            PatrolEvent.Scheduled scheduled = new PatrolEvent.Scheduled(
                    planId,
                    e.id(),
                    e.profile().name(),
                    e.grid().grid(),
                    e.profile().address().point(),
                    PatrolTarget.kindsOf(e),
                    e.profile().sectors(),
                    e.facts().enterpriseId(),
                    assignee.get(),
                    period,
                    start,
                    end,
                    plan.checklist());
            try {
                store.append(decider.decide(
                        actor, new PatrolCommand.Schedule(id, scheduled), Optional.empty(), rules, now()));
                created.add(id);
            } catch (OccurrenceAlreadyExistsException raced) {
                existing.add(id);
            }
        }
        return new ScheduleResult(period, created, existing, unassigned);
    }

    /** Check in at the premises; flagged, never refused, for where the patroller stands. */
    public PatrolOccurrence checkIn(Actor actor, PatrolCommand.RecordCheckIn command) {
        return execute(actor, command);
    }

    /**
     * Submits the answers; the occurrence is done, and each failed item becomes a case (a hazard report
     * with source grid patrol, or a case closed on the spot for a general hazard fixed there) linked to
     * the occurrence. If a case cannot be reported, the submission stands and its finding stays pending
     * for {@link #reportPendingFindings}; the refusal is thrown.
     */
    public PatrolOccurrence submit(Actor actor, PatrolCommand.Submit command) {
        Objects.requireNonNull(command, "command");
        requireStoredPhotos(command.answers());
        try {
            execute(actor, command);
        } catch (WrongPatrolStateException done) {
            // A terminal that lost the answer sends the same submission again: it was taken, so
            // its findings are reported (if any is still pending) and the occurrence is the answer.
            PatrolOccurrence held = store.find(command.id()).orElseThrow(() -> done);
            if (!sameSubmission(held, command)) {
                throw done;
            }
        }
        return reportPendingFindings(actor, command.id());
    }

    private static boolean sameSubmission(PatrolOccurrence held, PatrolCommand.Submit command) {
        return held.state() == OccurrenceState.DONE
                && command.expectedVersion().isEmpty()
                && held.answers().equals(command.answers())
                && held.advice().equals(command.advice())
                && held.findings().stream().map(Finding::report).toList().equals(command.findings());
    }

    /**
     * Refuses answers whose photos the media store does not hold (or holds with another type or
     * size), by the check {@code Casework} applies to a report's files, naming the answer and item.
     */
    private void requireStoredPhotos(List<ChecklistAnswer> answers) {
        List<org.gridsafe.entity.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistAnswer answer = answers.get(i);
            if (answer == null || answer.photos().contains(null)) {
                continue; // the sheet's own check names it
            }
            for (var error :
                    Casework.storedMediaProblems(casework.mediaStore(), "answers[" + i + "].photos", answer.photos())) {
                problems.add(new org.gridsafe.entity.FieldProblem(
                        error.field(), "item " + answer.item() + ": " + error.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
    }

    /** Reports the cases of the occurrence's pending findings (after a failure while reporting them). */
    public PatrolOccurrence reportPendingFindings(Actor actor, OccurrenceId id) {
        PatrolOccurrence o =
                store.find(id).orElseThrow(() -> new PatrolNotFoundException("no patrol occurrence " + id));
        require(actor, Action.SUBMIT_PATROL, o.facts());
        for (Finding f : o.findings()) {
            if (!f.pending()) {
                continue;
            }
            // The case names its origin, so reporting it again (after a crash between the case and
            // its FindingReported, or beside a racing retry) answers the case already made.
            Case reported = report(actor, o, f);
            try {
                o = execute(
                        actor, new PatrolCommand.RecordFinding(id, f.report().item(), reported.id()));
            } catch (WrongPatrolStateException | InvalidPatrolException recorded) {
                // A racing retry recorded it first (the last finding: wrong state; another: the
                // item's field rule); the case is the same one, found by its origin.
                o = store.find(id).orElseThrow(() -> recorded);
                boolean same = o.findings().stream()
                        .anyMatch(x -> x.report().item().equals(f.report().item())
                                && x.caseId().equals(Optional.of(reported.id())));
                if (!same) {
                    throw recorded;
                }
            }
        }
        return o;
    }

    private Case report(Actor actor, PatrolOccurrence o, Finding f) {
        ChecklistItem item = rules.checklists()
                .require(o.scheduled().checklist())
                .item(f.report().item())
                .orElseThrow();
        ChecklistAnswer answer = o.answers().stream()
                .filter(a -> a.item().equals(item.code()))
                .findFirst()
                .orElseThrow();
        // The description names the occurrence and item for a reader; the origin is the link.
        String link = "（网格巡查 " + o.id() + "，检查表 " + o.scheduled().checklist() + " 检查项 " + item.code() + "）";
        String note = answer.note().map(n -> "：" + n).orElse("");
        String body = o.scheduled().entityName() + "：" + item.text() + "不合格" + note;
        int room = InputLimits.DESCRIPTION - link.length();
        String description = (body.length() > room ? body.substring(0, room) : body) + link;
        Report.Builder report = Report.builder()
                .source(org.gridsafe.casework.CaseSource.GRID_PATROL)
                .grid(o.scheduled().grid())
                .domain(f.report().domain())
                .hazard(f.report().hazard())
                .grade(f.report().grade())
                .description(description)
                .origin(new CaseOrigin(o.id().value(), item.code()));
        answer.photos().forEach(report::media);
        o.scheduled().enterpriseId().ifPresent(report::enterpriseId);
        if (f.report().fixedOnSpot().isPresent()) {
            return casework.reportFixedOnSpot(
                    actor,
                    ReportFixedOnSpot.of(report.build())
                            .evidence(f.report().fixedOnSpot().get())
                            .build());
        }
        return casework.report(actor, report.build());
    }

    /** Skips the occurrence (免巡) with a reason. */
    public PatrolOccurrence skip(Actor actor, PatrolCommand.Skip command) {
        return execute(actor, command);
    }

    /**
     * Records every occurrence whose window closed before {@code now} without a submission as missed
     * (漏巡), as far as {@code actor} may; running it again with the same {@code now} changes nothing.
     *
     * @return how many occurrences it marked
     */
    public int markMissed(Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        PatrolQuery query = PatrolQuery.all()
                .states(EnumSet.of(OccurrenceState.SCHEDULED, OccurrenceState.CHECKED_IN))
                .windowEndsBefore(at)
                .limit(PAGE);
        if (!actor.has(ActorRole.SYSTEM) && actor.homeGrid().isPresent()) {
            query = query.within(actor.homeGrid().get());
        }
        int marked = 0;
        while (true) {
            List<PatrolOccurrence> page = store.search(query);
            for (PatrolOccurrence o : page) {
                try {
                    store.append(
                            decider.decide(actor, new PatrolCommand.MarkMissed(o.id(), at), Optional.of(o), rules, at));
                    marked++;
                } catch (PatrolAccessDeniedException | PatrolVersionConflictException skipped) {
                    // Not this actor's to mark, or changed meanwhile: the next run sees it again.
                }
            }
            if (page.size() < PAGE) {
                return marked;
            }
            query = query.after(page.get(page.size() - 1).id());
        }
    }

    /**
     * The bytes of a photo of the occurrence's answers, to whom may read the occurrence (as a case's files
     * go to whom may read the case).
     *
     * @throws PatrolNotFoundException when the occurrence has no such photo (or {@code actor} may not see it)
     */
    public byte[] mediaContent(Actor actor, OccurrenceId id, org.gridsafe.media.MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        PatrolOccurrence o;
        try {
            o = get(actor, id);
        } catch (PatrolAccessDeniedException denied) {
            throw new PatrolNotFoundException(
                    "patrol occurrence " + id + " has no photo " + hash + " that you may see");
        }
        boolean referenced = o.answers().stream()
                .flatMap(a -> a.photos().stream())
                .anyMatch(r -> r.hash().equals(hash));
        if (!referenced) {
            throw new PatrolNotFoundException(
                    "patrol occurrence " + id + " has no photo " + hash + " that you may see");
        }
        return casework.mediaStore()
                .read(hash)
                .orElseThrow(() -> new PatrolNotFoundException(
                        "patrol occurrence " + id + " has no photo " + hash + " that you may see"));
    }

    /** The occurrence, if {@code actor} may read it. */
    public PatrolOccurrence get(Actor actor, OccurrenceId id) {
        PatrolOccurrence o =
                store.find(id).orElseThrow(() -> new PatrolNotFoundException("no patrol occurrence " + id));
        require(actor, Action.READ_PATROL, o.facts());
        return o;
    }

    /** The occurrence's history, if {@code actor} may read it. */
    public List<RecordedPatrolEvent> history(Actor actor, OccurrenceId id) {
        get(actor, id);
        return store.history(id);
    }

    /** The occurrences {@code query} matches that {@code actor} may read, narrowed to where the actor reads. */
    public List<PatrolOccurrence> list(Actor actor, PatrolQuery query) {
        ScopeFacts reach = policy.scopeOf(actor, Action.READ_PATROL);
        PatrolQuery narrowed = query;
        if (reach.grid().isPresent()) {
            var home = reach.grid().get();
            if (query.within().isEmpty() || query.within().get().isSameOrAncestorOf(home)) {
                narrowed = query.within(home);
            } else if (!home.isSameOrAncestorOf(query.within().get())) {
                return List.of();
            }
        }
        return store.search(narrowed).stream()
                .filter(o -> policy.decide(actor, Action.READ_PATROL, o.facts()).allowed())
                .toList();
    }

    private PatrolOccurrence execute(Actor actor, PatrolCommand command) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            Optional<PatrolOccurrence> current = store.find(command.id());
            PatrolDecision decision = decider.decide(actor, command, current, rules, now());
            try {
                store.append(decision);
                return decision.occurrence();
            } catch (PatrolVersionConflictException lostRace) {
                if (command.expectedVersion().isPresent() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    /** The rules tracks are measured and kept by. */
    public TrackRules trackRules() {
        return trackRules;
    }

    /** The rules staff time converts into visits by. */
    public PlanningRules planningRules() {
        return planningRules;
    }

    /**
     * Proposes visits for {@code request}'s subtree and period ({@link Action#PROPOSE_PATROL_PLAN}): each
     * operating or suspended entity's floor is what the saved plans covering it require in the period (a
     * plan's periods that begin in it) or its risk level's floor, whichever is more; {@link PatrolPlanner}
     * spends each grid's capacity, higher risk first. Nothing is written.
     *
     * @throws InvalidPatrolException when a capacity's grid is outside the subtree, or a number is negative
     */
    public PlanProposal propose(Actor actor, PlanRequest request) {
        Objects.requireNonNull(request, "request");
        require(actor, Action.PROPOSE_PATROL_PLAN, PatrolFacts.plan("plan proposal", request.grid()));
        return derive(request).proposal();
    }

    /** A proposal with what accepting it needs: the entities planned and the plans covering them. */
    private record Derived(
            PlanProposal proposal, java.util.Map<String, SupervisedEntity> entities, List<PatrolPlan> plans) {}

    private Derived derive(PlanRequest request) {
        List<org.gridsafe.entity.FieldProblem> problems = new ArrayList<>();
        if (directory.grids().find(request.grid()).isEmpty()) {
            problems.add(
                    new org.gridsafe.entity.FieldProblem("grid", "no grid " + request.grid() + " in this district"));
        }
        request.capacity().forEach((grid, visits) -> {
            if (!request.grid().isSameOrAncestorOf(grid)) {
                problems.add(new org.gridsafe.entity.FieldProblem(
                        "capacity." + grid, "grid " + grid + " is outside the planned subtree " + request.grid()));
            }
            if (visits < 0) {
                problems.add(new org.gridsafe.entity.FieldProblem("capacity." + grid, "visits are at least 0"));
            }
        });
        request.caps().forEach((id, cap) -> {
            if (cap < 0) {
                problems.add(new org.gridsafe.entity.FieldProblem("caps." + id, "a cap is at least 0"));
            }
        });
        request.riskFloors().forEach((level, n) -> {
            if (n < 0) {
                problems.add(new org.gridsafe.entity.FieldProblem("riskFloors." + level, "visits are at least 0"));
            }
        });
        request.riskTargets().forEach((level, n) -> {
            if (n < 0) {
                problems.add(new org.gridsafe.entity.FieldProblem("riskTargets." + level, "visits are at least 0"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
        PatrolPeriod period = request.period().periodOf(request.day());
        List<PatrolPlan> plans = store.plans().stream()
                .map(PlanRecord::plan)
                .filter(p -> p.grid().isSameOrAncestorOf(request.grid())
                        || request.grid().isSameOrAncestorOf(p.grid()))
                .toList();
        List<GridCode> pools = request.capacity().keySet().stream()
                .sorted(java.util.Comparator.comparingInt(
                                (GridCode g) -> g.value().length())
                        .reversed()
                        .thenComparing(GridCode::value))
                .toList();
        List<VisitDemand> demands = new ArrayList<>();
        java.util.Map<String, SupervisedEntity> planned = new java.util.HashMap<>();
        for (SupervisedEntity e : entities.search(EntityQuery.all().within(request.grid()))) {
            GridCode home = e.grid().grid();
            int floor = 0;
            for (PatrolPlan p : plans) {
                if (p.grid().isSameOrAncestorOf(home) && p.target().matches(e)) {
                    floor += periodsBeginningIn(p.frequency(), period);
                }
            }
            if (floor == 0 && !PatrolTarget.everything().matches(e)) {
                continue; // closed or deregistered: no visits
            }
            Optional<org.gridsafe.hazard.RiskLevel> risk = e.riskLevel();
            floor = Math.max(
                    floor,
                    risk.map(r -> request.riskFloors().getOrDefault(r, 0)).orElse(0));
            int target = Math.max(
                    floor,
                    risk.map(r -> request.riskTargets().getOrDefault(r, 0)).orElse(0));
            if (target == 0) {
                continue;
            }
            GridCode pool = pools.stream()
                    .filter(g -> g.isSameOrAncestorOf(home))
                    .findFirst()
                    .orElse(home);
            Integer cap = request.caps().get(e.id().value());
            planned.put(e.id().value(), e);
            demands.add(new VisitDemand(
                    e.id().value(),
                    pool,
                    risk,
                    floor,
                    target,
                    cap == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(cap)));
        }
        return new Derived(new PatrolPlanner(planningRules).plan(period, demands, request.capacity()), planned, plans);
    }

    /**
     * Accepts the proposal for {@code request} ({@link Action#ACCEPT_PATROL_PLAN}: the command center of the
     * subtree): derives it again, stores the acceptance with its inputs, who and when, and schedules each
     * planned visit as an occurrence. An entity's visits split its period into equal windows, answer the
     * checklist of the first saved plan covering it (by plan id) or else {@code checklist}, and go to the
     * first staff member of its grid in that plan's role (or {@code patrolRole}). Accepting the same inputs
     * again creates nothing twice (it schedules only what an interrupted acceptance left out).
     *
     * @param fingerprint the proposal's {@link PlanProposal#fingerprint()} as proposed, if the caller holds it
     * @throws PatrolVersionConflictException when the proposal derived now differs from {@code fingerprint}
     * @throws OccurrenceAlreadyExistsException when a proposal with other inputs was accepted for the subtree and
     *     period
     * @throws InvalidPatrolException as {@link #propose}, for an unknown checklist, or when an entity no plan
     *     covers gets visits and no checklist is given
     */
    public AcceptanceResult accept(
            Actor actor,
            PlanRequest request,
            Optional<ChecklistRef> checklist,
            org.gridsafe.grid.GridRole patrolRole,
            Optional<String> fingerprint) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(patrolRole, "patrolRole");
        Objects.requireNonNull(fingerprint, "fingerprint");
        require(actor, Action.ACCEPT_PATROL_PLAN, PatrolFacts.plan("plan proposal", request.grid()));
        if (checklist.isPresent() && rules.checklists().find(checklist.get()).isEmpty()) {
            throw new InvalidPatrolException(
                    "checklist",
                    "no checklist " + checklist.get() + "; known: "
                            + rules.checklists().all().stream()
                                    .map(c -> c.ref().toString())
                                    .toList());
        }
        Derived derived = derive(request);
        PlanProposal proposal = derived.proposal();
        String id = ProposalAcceptance.idOf(request.grid(), proposal.period());
        Optional<ProposalAcceptance> held = store.findAcceptance(id);
        ProposalAcceptance wanted;
        boolean first = false;
        if (held.isPresent()) {
            wanted = held.get();
            ProposalAcceptance asked = new ProposalAcceptance(
                    id, request, checklist, patrolRole, wanted.fingerprint(), actor.id(), now(), List.of());
            if (!wanted.sameInputs(asked)) {
                throw new OccurrenceAlreadyExistsException("a proposal for " + request.grid() + " in "
                        + proposal.period().key() + " was accepted already (" + id + ", by " + wanted.acceptedBy()
                        + " at " + wanted.acceptedAt() + ") with other inputs; one proposal is accepted per"
                        + " subtree and period");
            }
        } else {
            if (fingerprint.isPresent() && !fingerprint.get().equals(proposal.fingerprint())) {
                throw new PatrolVersionConflictException("the proposal for " + request.grid() + " in "
                        + proposal.period().key() + " is no longer the one proposed (fingerprint "
                        + proposal.fingerprint() + ", not " + fingerprint.get()
                        + "): plans, entities or risk levels changed; propose again and accept the new one");
            }
            List<org.gridsafe.entity.FieldProblem> problems = new ArrayList<>();
            List<OccurrenceId> ids = new ArrayList<>();
            for (org.gridsafe.patrol.PlannedVisits v : proposal.visits()) {
                SupervisedEntity e = derived.entities().get(v.demand().entityId());
                if (v.visits() > 0 && coveringPlan(derived.plans(), e).isEmpty() && checklist.isEmpty()) {
                    problems.add(new org.gridsafe.entity.FieldProblem(
                            "checklist",
                            "entity " + e.id() + " gets visits but no saved plan covers it; name the checklist"
                                    + " its visits answer"));
                }
                for (int k = 0; k < v.visits(); k++) {
                    ids.add(OccurrenceId.of(
                            ProposalAcceptance.planIdOf(id), proposal.period().visit(k, v.visits()), e.id().value()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidPatrolException(problems.subList(0, Math.min(problems.size(), 20)));
            }
            ProposalAcceptance ours = new ProposalAcceptance(
                    id, request, checklist, patrolRole, proposal.fingerprint(), actor.id(), now(), ids);
            wanted = store.saveAcceptance(ours);
            first = wanted.equals(ours);
            if (!wanted.sameInputs(new ProposalAcceptance(
                    id, request, checklist, patrolRole, wanted.fingerprint(), actor.id(), now(), List.of()))) {
                throw new OccurrenceAlreadyExistsException("a proposal for " + request.grid() + " in "
                        + proposal.period().key() + " was accepted a moment ago by " + wanted.acceptedBy()
                        + " with other inputs; one proposal is accepted per subtree and period");
            }
        }
        return scheduleAccepted(actor, wanted, derived, first);
    }

    /** The acceptance with this id ({@code <grid>-<period>}), if {@code actor} may read its subtree's patrols. */
    public ProposalAcceptance acceptance(Actor actor, String id) {
        ProposalAcceptance a = store.findAcceptance(id)
                .orElseThrow(() -> new PatrolNotFoundException("no accepted plan proposal " + id));
        require(
                actor,
                Action.READ_PATROL,
                PatrolFacts.plan("plan proposal " + id, a.request().grid()));
        return a;
    }

    private AcceptanceResult scheduleAccepted(Actor actor, ProposalAcceptance a, Derived derived, boolean first) {
        PlanProposal proposal = derived.proposal();
        java.util.Set<OccurrenceId> accepted = new java.util.HashSet<>(a.occurrences());
        List<OccurrenceId> created = new ArrayList<>();
        List<OccurrenceId> existing = new ArrayList<>();
        List<EntityId> unassigned = new ArrayList<>();
        for (org.gridsafe.patrol.PlannedVisits v : proposal.visits()) {
            SupervisedEntity e = derived.entities().get(v.demand().entityId());
            Optional<PatrolPlan> plan = coveringPlan(derived.plans(), e);
            Optional<ChecklistRef> list = plan.map(PatrolPlan::checklist).or(a::checklist);
            org.gridsafe.grid.GridRole role = plan.map(PatrolPlan::patrolRole).orElse(a.patrolRole());
            Optional<String> assignee =
                    directory.grids().find(e.grid().grid()).map(Grid::staff).orElse(List.of()).stream()
                            .filter(s -> s.role() == role)
                            .map(StaffAssignment::personId)
                            .findFirst();
            for (int k = 0; k < v.visits(); k++) {
                PatrolPeriod window = proposal.period().visit(k, v.visits());
                OccurrenceId id = OccurrenceId.of(a.planId(), window, e.id().value());
                if (!accepted.contains(id)) {
                    continue; // the entity's data changed since the acceptance: only what was accepted is made
                }
                if (store.find(id).isPresent()) {
                    existing.add(id);
                    continue;
                }
                if (assignee.isEmpty() || list.isEmpty()) {
                    if (!unassigned.contains(e.id())) {
                        unassigned.add(e.id());
                    }
                    continue;
                }
                PatrolEvent.Scheduled scheduled = new PatrolEvent.Scheduled(
                        a.planId(),
                        e.id(),
                        e.profile().name(),
                        e.grid().grid(),
                        e.profile().address().point(),
                        PatrolTarget.kindsOf(e),
                        e.profile().sectors(),
                        e.facts().enterpriseId(),
                        assignee.get(),
                        window,
                        window.start().atStartOfDay(zone).toInstant(),
                        window.end().atStartOfDay(zone).toInstant(),
                        list.get());
                try {
                    store.append(decider.decide(
                            actor, new PatrolCommand.Schedule(id, scheduled), Optional.empty(), rules, now()));
                    created.add(id);
                } catch (OccurrenceAlreadyExistsException raced) {
                    existing.add(id);
                }
            }
        }
        return new AcceptanceResult(a, proposal, created, existing, unassigned, first);
    }

    private static Optional<PatrolPlan> coveringPlan(List<PatrolPlan> plans, SupervisedEntity e) {
        return plans.stream()
                .filter(p -> p.grid().isSameOrAncestorOf(e.grid().grid())
                        && p.target().matches(e))
                .min(java.util.Comparator.comparing(PatrolPlan::id));
    }

    private static int periodsBeginningIn(PatrolFrequency frequency, PatrolPeriod period) {
        int n = 0;
        for (LocalDate d = period.start(); d.isBefore(period.end()); ) {
            PatrolPeriod p = frequency.periodOf(d);
            if (!p.start().isBefore(period.start())) {
                n++;
            }
            d = p.end();
        }
        return n;
    }

    /**
     * Stores the track points {@code actor}'s terminal recorded ({@link Action#UPLOAD_PATROL_TRACK}: grid
     * staff, their own track) and measures the days they fall on again. Points already held (a retried
     * batch) are not stored twice.
     *
     * @throws InvalidPatrolException naming each bad point ({@code points[3].time}), with nothing stored
     */
    public TrackUpload uploadTrack(Actor actor, List<TrackPoint> points) {
        Objects.requireNonNull(points, "points");
        // Only grid staff have a home grid to upload from; anyone else is refused by the policy over the district.
        GridCode home = actor.homeGrid()
                .orElseGet(() -> directory.grids().roots().get(0).code());
        require(actor, Action.UPLOAD_PATROL_TRACK, trackFacts(actor.id(), home));
        Instant now = now();
        Instant oldest = retentionCutoff(now);
        List<org.gridsafe.entity.FieldProblem> problems = new ArrayList<>();
        if (points.isEmpty()) {
            problems.add(new org.gridsafe.entity.FieldProblem("points", "an upload holds at least one point"));
        }
        if (points.size() > trackRules.maxPointsPerUpload()) {
            problems.add(new org.gridsafe.entity.FieldProblem(
                    "points",
                    "at most " + trackRules.maxPointsPerUpload() + " points per upload, got " + points.size()));
        }
        List<TrackPoint> clean = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrackPoint p = points.get(i);
            if (p.time().isAfter(now.plus(rules.clockSkew()))) {
                problems.add(new org.gridsafe.entity.FieldProblem(
                        "points[" + i + "].time", p.time() + " is in the future (now " + now + ")"));
            } else if (p.time().isBefore(oldest)) {
                problems.add(new org.gridsafe.entity.FieldProblem(
                        "points[" + i + "].time",
                        p.time() + " is older than the retention period of "
                                + trackRules.retention().toDays() + " days (points before " + oldest
                                + " are not kept)"));
            }
            clean.add(new TrackPoint(p.time().truncatedTo(ChronoUnit.MILLIS), p.point(), p.accuracyMeters()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatrolException(problems);
        }
        synchronized (trackLocks[Math.floorMod(actor.id().hashCode(), trackLocks.length)]) {
            int stored = tracks.append(actor.id(), home, clean);
            java.util.SortedSet<LocalDate> touched = new java.util.TreeSet<>();
            clean.forEach(p -> touched.add(trackMeasure.dayOf(p)));
            List<TrackDay> days = new ArrayList<>();
            for (LocalDate day : touched) {
                TrackDay measured = trackMeasure.day(
                        actor.id(),
                        home,
                        day,
                        tracks.points(
                                actor.id(),
                                day.atStartOfDay(zone).toInstant(),
                                day.plusDays(1).atStartOfDay(zone).toInstant()));
                tracks.saveDay(measured);
                days.add(measured);
            }
            return new TrackUpload(points.size(), stored, days);
        }
    }

    /**
     * The online time and mileage of {@code staffId} per day from {@code from} to {@code to} inclusive
     * ({@link Action#READ_PATROL_TRACK}: command centers over the staff member's grid; nobody else).
     */
    public List<TrackDay> trackDays(Actor actor, String staffId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new InvalidPatrolException(
                    "to", "a range of days from " + from + " ends on or after it, within 366 days");
        }
        List<TrackDay> days = tracks.days(staffId, from, to);
        requireTrackRead(actor, staffId, days);
        return days;
    }

    /**
     * The points of {@code staffId} on {@code day} still held (none after the retention period), as
     * {@link #trackDays} allows.
     */
    public List<TrackPoint> trackPoints(Actor actor, String staffId, LocalDate day) {
        List<TrackDay> days = tracks.day(staffId, day).map(List::of).orElse(List.of());
        requireTrackRead(actor, staffId, days);
        return tracks.points(
                staffId,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void requireTrackRead(Actor actor, String staffId, List<TrackDay> days) {
        if (days.isEmpty()) {
            // Nothing to show: whether the actor may read tracks at all is asked over the district.
            List<GridCode> roots =
                    directory.grids().roots().stream().map(Grid::code).toList();
            PatrolAccessDeniedException refusal = null;
            for (GridCode root : roots) {
                try {
                    require(actor, Action.READ_PATROL_TRACK, trackFacts(staffId, root));
                    return;
                } catch (PatrolAccessDeniedException e) {
                    refusal = refusal == null ? e : refusal;
                }
            }
            if (refusal != null) {
                throw refusal;
            }
            return;
        }
        new java.util.LinkedHashSet<>(days.stream().map(TrackDay::grid).toList())
                .forEach(grid -> require(actor, Action.READ_PATROL_TRACK, trackFacts(staffId, grid)));
    }

    /**
     * Deletes the track points older than the retention period ({@link Action#PURGE_PATROL_TRACKS} over a
     * root grid of the district): the days they fall on are measured once more and kept, then the points
     * before the midnight that starts the retention period are deleted. A second run with the same
     * {@code now} deletes nothing.
     */
    public TrackPurge purgeTracks(Actor actor, Instant now) {
        Objects.requireNonNull(now, "now");
        List<GridCode> roots =
                directory.grids().roots().stream().map(Grid::code).toList();
        PatrolAccessDeniedException refusal = null;
        boolean allowed = false;
        for (GridCode root : roots) {
            try {
                require(actor, Action.PURGE_PATROL_TRACKS, PatrolFacts.plan("track purge", root));
                allowed = true;
                break;
            } catch (PatrolAccessDeniedException e) {
                refusal = refusal == null ? e : refusal;
            }
        }
        if (!allowed) {
            throw refusal != null ? refusal : new InvalidPatrolException("grid", "the district has no grids");
        }
        Instant before = retentionCutoff(now);
        int kept = 0;
        for (String staffId : tracks.staffWithPointsBefore(before)) {
            synchronized (trackLocks[Math.floorMod(staffId.hashCode(), trackLocks.length)]) {
                List<TrackPoint> old = tracks.points(staffId, Instant.EPOCH, before);
                java.util.SortedSet<LocalDate> touched = new java.util.TreeSet<>();
                old.forEach(p -> touched.add(trackMeasure.dayOf(p)));
                for (LocalDate day : touched) {
                    Optional<TrackDay> held = tracks.day(staffId, day);
                    if (held.isEmpty()) {
                        continue;
                    }
                    tracks.saveDay(trackMeasure.day(
                            staffId,
                            held.get().grid(),
                            day,
                            tracks.points(
                                    staffId,
                                    day.atStartOfDay(zone).toInstant(),
                                    day.plusDays(1).atStartOfDay(zone).toInstant())));
                    kept++;
                }
            }
        }
        return new TrackPurge(before, tracks.purgePointsBefore(before), kept);
    }

    private Instant retentionCutoff(Instant now) {
        LocalDate first = now.minus(trackRules.retention()).atZone(zone).toLocalDate();
        return first.atStartOfDay(zone).toInstant();
    }

    private static PatrolFacts trackFacts(String staffId, GridCode grid) {
        return new PatrolFacts(Optional.of("track of " + staffId), grid, Optional.of(staffId));
    }

    private void require(Actor actor, Action action, PatrolFacts facts) {
        Objects.requireNonNull(actor, "actor");
        AccessDecision d = policy.decide(actor, action, facts);
        if (!d.allowed()) {
            throw new PatrolAccessDeniedException(d);
        }
    }

    private Instant now() {
        // Millisecond precision survives every store, as for cases.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Builds {@link Patrols}. */
    public static final class Builder {
        private PatrolStore store;
        private EntityRegistry entities;
        private GridDirectory directory;
        private Casework casework;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private PatrolRules rules = PatrolRules.standard();
        private PatrolTrackStore tracks;
        private TrackRules trackRules = TrackRules.standard();
        private PlanningRules planningRules = PlanningRules.standard();

        private Builder() {}

        /** Where track points and days are kept; unless given, the patrol store's own ({@link PatrolStore#trackStore()}), else in memory. */
        public Builder tracks(PatrolTrackStore value) {
            tracks = Objects.requireNonNull(value, "tracks");
            return this;
        }

        /** The gap, speed and retention rules of tracks; {@link TrackRules#standard()} unless given. */
        public Builder trackRules(TrackRules value) {
            trackRules = Objects.requireNonNull(value, "trackRules");
            return this;
        }

        /** The staff-day and visit length of planning; {@link PlanningRules#standard()} unless given. */
        public Builder planningRules(PlanningRules value) {
            planningRules = Objects.requireNonNull(value, "planningRules");
            return this;
        }

        /** Where plans and occurrences are kept. */
        public Builder store(PatrolStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The registry whose entities plans patrol. */
        public Builder entities(EntityRegistry value) {
            entities = Objects.requireNonNull(value, "entities");
            return this;
        }

        /** The grids and their staff. */
        public Builder directory(GridDirectory value) {
            directory = Objects.requireNonNull(value, "directory");
            return this;
        }

        /** The casework findings are reported through. */
        public Builder casework(Casework value) {
            casework = Objects.requireNonNull(value, "casework");
            return this;
        }

        /** The access policy; {@link AccessPolicy#standard()} unless given (give the casework's). */
        public Builder policy(AccessPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The clock changes are stamped with. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The zone periods begin and end in; Asia/Shanghai unless given (the project's own default). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** Checklists, hazard catalog and check-in thresholds; {@link PatrolRules#standard()} unless given. */
        public Builder rules(PatrolRules value) {
            rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** The service. */
        public Patrols build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(casework, "casework");
            Objects.requireNonNull(clock, "clock");
            return new Patrols(this);
        }
    }
}
