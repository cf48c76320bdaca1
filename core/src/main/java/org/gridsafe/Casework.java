package org.gridsafe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ScopeFacts;
import org.gridsafe.casework.AccessDeniedException;
import org.gridsafe.casework.ApplyForResumption;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseDecider;
import org.gridsafe.casework.CaseEvent;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseLicence;
import org.gridsafe.casework.CaseMovedToGrid;
import org.gridsafe.casework.CaseOrigin;
import org.gridsafe.casework.CaseOriginTakenException;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.CaseRules;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.ChangeCaseEntity;
import org.gridsafe.casework.ChangeMajorHazardCriterion;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.CommandCenters;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.Decision;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.DowngradeMajorHazard;
import org.gridsafe.casework.EntityLookup;
import org.gridsafe.casework.Escalate;
import org.gridsafe.casework.EscalateReportDuty;
import org.gridsafe.casework.EscalationPolicy;
import org.gridsafe.casework.ExistingCaseCommand;
import org.gridsafe.casework.FieldError;
import org.gridsafe.casework.FileMajorHazardReport;
import org.gridsafe.casework.GridMove;
import org.gridsafe.casework.InputLimits;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.MajorHazardRules;
import org.gridsafe.casework.Merge;
import org.gridsafe.casework.MoveToGrid;
import org.gridsafe.casework.NotificationTemplates;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationSubmitted;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Rejection;
import org.gridsafe.casework.RejectionReason;
import org.gridsafe.casework.Reopen;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.Resume;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.ReviewResumption;
import org.gridsafe.casework.StopProduction;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.Suspension;
import org.gridsafe.casework.VerificationFailed;
import org.gridsafe.casework.VerificationPassed;
import org.gridsafe.casework.Verify;
import org.gridsafe.entity.Licence;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCatalog;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.port.MediaStore;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.SupervisedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service of the six-step loop: one method per command. Each loads the case,
 * lets {@link CaseDecider} decide, appends the events (with their notifications) to the
 * {@link CaseStore}, and returns the case as it now stands. A refusal throws the
 * {@link CaseworkException} subtype for its reason and changes nothing. The reads (a case, its
 * history, a listing) go through the same {@link AccessPolicy}, so an adapter holds no access
 * rules of its own.
 *
 * <p>Thread-safe. Commands without an expected version that lose a race with another writer are
 * decided again on the fresh case (a few times); commands with one fail as stale, because the
 * actor acted on a state that no longer exists.
 *
 * <pre>{@code
 * Case reported = casework.report(gridManager, report);
 * casework.register(commandCenter, Register.of(reported.id()).expectedVersion(1).build());
 * }</pre>
 */
public final class Casework {

    private static final Logger LOG = LoggerFactory.getLogger(Casework.class);
    private static final int ATTEMPTS = 3;
    private static final int ESCALATION_BATCH = 500;
    /** Store pages scanned for one listing page before the cursor is handed back (project's choice). */
    private static final int MAX_SCANNED_PAGES = 10;
    /** GB/T 13861 49, 其他管理因素缺陷: what an expired licence is (the project's choice). */
    private static final HazardCode LICENCE_HAZARD = HazardCode.parse("49");

    /** Not closed, rejected or merged: a suspended licence case still stands for its licence. */
    private static final Set<CaseState> UNFINISHED_STATES = Arrays.stream(CaseState.values())
            .filter(state -> !state.isFinished())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    private final CaseStore store;
    private final CaseQueries queries;
    private final GridDirectory directory;
    private final HazardCatalog hazards;
    private final AccessPolicy access;
    private final EscalationPolicy escalation;
    private final CommandCenters commandCenters;
    private final NotificationTemplates templates;
    private final IdGenerator ids;
    private final MediaStore media;
    private final Clock clock;
    private final EntityRegistry entities;
    private final EntityLookup entityLookup;
    private final MajorHazardRules majorHazards;
    private final AtomicReference<CaseDecider> decider = new AtomicReference<>();

    Casework(
            CaseStore store,
            CaseQueries queries,
            GridDirectory directory,
            HazardCatalog hazards,
            AccessPolicy access,
            EscalationPolicy escalation,
            CommandCenters commandCenters,
            NotificationTemplates templates,
            IdGenerator ids,
            MediaStore media,
            Clock clock,
            EntityRegistry entities,
            MajorHazardRules majorHazards) {
        this.store = store;
        this.queries = queries;
        this.directory = directory;
        this.hazards = hazards;
        this.access = access;
        this.escalation = escalation;
        this.commandCenters = commandCenters;
        this.templates = templates;
        this.ids = ids;
        this.media = media;
        this.clock = clock;
        this.entities = entities;
        this.entityLookup = entities == null ? EntityLookup.unchecked() : new RegistryEntityLookup(entities);
        this.majorHazards = majorHazards;
    }

    /** Step 1, 发现上报: reports a hazard; returns the new case. */
    public Case report(Actor actor, Report report) {
        Objects.requireNonNull(report, "report");
        requireStoredMedia("report", List.of(new MediaField("media", report.media())));
        return createOnce(actor, report.origin(), (id, now) -> decider().report(id, report, actor, now));
    }

    /** 立查立改: reports a general hazard already fixed on the spot; returns the closed case. */
    public Case reportFixedOnSpot(Actor actor, ReportFixedOnSpot command) {
        Objects.requireNonNull(command, "command");
        requireStoredMedia(
                "fixed-on-spot report",
                List.of(
                        new MediaField(
                                "report.media",
                                command.report() == null
                                        ? List.of()
                                        : command.report().media()),
                        new MediaField("evidenceMedia", command.evidenceMedia())));
        Optional<CaseOrigin> origin =
                command.report() == null ? Optional.empty() : command.report().origin();
        return createOnce(actor, origin, (id, now) -> decider().reportFixedOnSpot(id, command, actor, now));
    }

    /**
     * The cases that came from the patrol occurrence {@code occurrence} ({@link Case#origin()})
     * that {@code actor} may read, in case-id order.
     */
    public List<Case> casesFromOccurrence(Actor actor, String occurrence) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurrence, "occurrence");
        return queries.findByOriginOccurrence(occurrence).stream()
                .filter(c -> access.decide(actor, Action.READ, c.facts()).allowed())
                .toList();
    }

    /** The media store reports are checked against (for the services that check their own files). */
    MediaStore mediaStore() {
        return media;
    }

    /**
     * Creates the case, unless its origin was reported before: then the case already made is the
     * answer (if {@code actor} may read it), so a retried or repeated report makes no second case.
     * The store refuses a second case per origin, which covers two reports racing.
     */
    private Case createOnce(Actor actor, Optional<CaseOrigin> origin, NewCaseDecision decision) {
        if (origin.isPresent()) {
            Optional<Case> held = queries.findByOrigin(origin.get());
            if (held.isPresent()) {
                checkRead(actor, held.get());
                return held.get();
            }
        }
        try {
            return createCase(decision);
        } catch (CaseOriginTakenException raced) {
            Case held = queries.find(raced.existing()).orElseThrow(() -> raced);
            checkRead(actor, held);
            return held;
        }
    }

    /** Step 2, 受理立案. */
    public Case register(Actor actor, Register command) {
        return execute(actor, command);
    }

    /** Step 2, 不予立案. */
    public Case reject(Actor actor, Reject command) {
        return execute(actor, command);
    }

    /** Step 2, 合并: closes a duplicate into another open case. */
    public Case merge(Actor actor, Merge command) {
        return execute(actor, command);
    }

    /** Step 3, 派遣交办. */
    public Case dispatch(Actor actor, Dispatch command) {
        return execute(actor, command);
    }

    /** Step 4, 回退: the department returns a case that is not its duty to the command center. */
    public Case returnCase(Actor actor, ReturnCase command) {
        return execute(actor, command);
    }

    /** Step 4, 改派: the command center moves a dispatched case to another department. */
    public Case reassign(Actor actor, Reassign command) {
        return execute(actor, command);
    }

    /** 缓办 / 挂账: the command center approves that dispatched work waits until a review date. */
    public Case suspend(Actor actor, Suspend command) {
        return execute(actor, command);
    }

    /** Ends a suspension: the case is dispatched work again, with a new rectification deadline. */
    public Case resume(Actor actor, Resume command) {
        return execute(actor, command);
    }

    /** 投诉重办: a complaint after closing reopens the case. */
    public Case reopen(Actor actor, Reopen command) {
        return execute(actor, command);
    }

    /** Step 4, 整改处置. */
    public Case submitRectification(Actor actor, SubmitRectification command) {
        return execute(actor, command);
    }

    /** 申请延期. */
    public Case requestExtension(Actor actor, RequestExtension command) {
        return execute(actor, command);
    }

    /** 同意延期. */
    public Case approveExtension(Actor actor, ApproveExtension command) {
        return execute(actor, command);
    }

    /** 不同意延期. */
    public Case denyExtension(Actor actor, DenyExtension command) {
        return execute(actor, command);
    }

    /** Step 5, 核查验收 (pass, or fail back to rework). */
    public Case verify(Actor actor, Verify command) {
        return execute(actor, command);
    }

    /** Step 6, 结案评价. */
    public Case close(Actor actor, Close command) {
        return execute(actor, command);
    }

    /** 变更涉及单位: the command center names, changes or removes the entity an open case concerns. */
    public Case changeEntity(Actor actor, ChangeCaseEntity command) {
        return execute(actor, command);
    }

    /** 重大事故隐患降级: the command center makes an open MAJOR case GENERAL, with a reason. */
    public Case downgradeMajorHazard(Actor actor, DowngradeMajorHazard command) {
        return execute(actor, command);
    }

    /** 变更重大事故隐患判定依据: the command center links a criterion to an open case, or replaces it. */
    public Case changeMajorHazardCriterion(Actor actor, ChangeMajorHazardCriterion command) {
        return execute(actor, command);
    }

    /** 重大事故隐患报告: records a report the major hazard owes (department, workers' congress, publication). */
    public Case fileMajorHazardReport(Actor actor, FileMajorHazardReport command) {
        return execute(actor, command);
    }

    /** 停产停业: stops a dispatched major hazard's production while it is rectified. */
    public Case stopProduction(Actor actor, StopProduction command) {
        return execute(actor, command);
    }

    /** 恢复生产申请: the rectification under stopped production is done; the review falls due. */
    public Case applyForResumption(Actor actor, ApplyForResumption command) {
        return execute(actor, command);
    }

    /** 恢复生产审查: passed writes the major hazard off (核销); failed keeps production stopped. */
    public Case reviewResumption(Actor actor, ReviewResumption command) {
        return execute(actor, command);
    }

    /** Any command on an existing case; returns the case after it. */
    public Case execute(Actor actor, ExistingCaseCommand command) {
        return execute(actor, command, null);
    }

    /** As {@link #execute(Actor, ExistingCaseCommand)}, decided at {@code at} (the clock when null). */
    private Case execute(Actor actor, ExistingCaseCommand command, Instant at) {
        Objects.requireNonNull(command, "command");
        if (command instanceof SubmitRectification rectification) {
            requireStoredMedia("rectification", List.of(new MediaField("media", rectification.media())));
        } else if (command instanceof Verify verification) {
            requireStoredMedia("verification", List.of(new MediaField("media", verification.media())));
        }
        for (int attempt = 1; ; attempt++) {
            Instant now = at != null ? at : now();
            // The read side equals the replayed log once append returns (the CaseQueries contract),
            // and is far cheaper than replaying every event on every command.
            Optional<Case> current = queries.find(command.caseId());
            Decision decision = decider().decide(current, command, actor, now, queries::find);
            try {
                return commit(decision, current.map(Case::version).orElse(0L));
            } catch (ConcurrentUpdateException lostRace) {
                if (command.expectedVersion().isPresent() || attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }

    /** The case, if {@code actor} may read it ({@link Action#READ}). */
    public Case get(Actor actor, CaseId caseId) {
        Case c = queries.find(caseId).orElseThrow(() -> CaseworkException.of(notFound(caseId)));
        checkRead(actor, c);
        return c;
    }

    /**
     * The files the case's log refers to (the report's, the rectification's, the verifier's) that
     * {@code actor} may see, oldest first: all of them to
     * whom may read the case ({@link Action#READ}); to the reporter who may follow the case's
     * public status ({@link Action#READ_PUBLIC_STATUS}: a citizen), the files of their own report
     * only; to anyone else nothing ({@code AccessDeniedException}).
     */
    public List<CaseMedia> media(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor");
        List<RecordedEvent> events = store.load(caseId);
        if (events.isEmpty()) {
            throw CaseworkException.of(notFound(caseId));
        }
        Case c = Case.replay(events);
        boolean everything = access.decide(actor, Action.READ, c.facts()).allowed();
        if (!everything) {
            AccessDecision status = access.decide(actor, Action.READ_PUBLIC_STATUS, c.facts());
            if (!status.allowed() || !c.reporterId().equals(actor.id())) {
                checkRead(actor, c);
            }
        }
        List<CaseMedia> found = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            CaseEvent event = recorded.event();
            List<MediaReference> refs = List.of();
            if (event instanceof CaseReported reported) {
                refs = reported.media();
            } else if (everything && event instanceof RectificationSubmitted rectified) {
                refs = rectified.media();
            } else if (everything && event instanceof VerificationPassed passed) {
                refs = passed.media();
            } else if (everything && event instanceof VerificationFailed failed) {
                refs = failed.media();
            }
            for (MediaReference ref : refs) {
                found.add(new CaseMedia(recorded.version(), event.type(), ref));
            }
        }
        return found;
    }

    /**
     * The bytes of the file {@code hash} if the case refers to it and {@code actor} may see it
     * ({@link #media(Actor, CaseId)}); a file the case does not refer to is not found, whether or
     * not it is stored.
     */
    public byte[] mediaContent(Actor actor, CaseId caseId, MediaHash hash) {
        Objects.requireNonNull(hash, "hash");
        boolean referenced =
                media(actor, caseId).stream().anyMatch(m -> m.reference().hash().equals(hash));
        Rejection absent = new Rejection(
                RejectionReason.NOT_FOUND,
                "case " + caseId + " has no evidence file " + hash + " that you may see",
                List.of(),
                Optional.empty());
        if (!referenced) {
            throw CaseworkException.of(absent);
        }
        return media.read(hash).orElseThrow(() -> {
            LOG.error("case {} refers to media {}, which its media store does not hold", caseId, hash);
            return CaseworkException.of(absent);
        });
    }

    /** The case's full event log (its audit trail), if {@code actor} may read the case. */
    public List<RecordedEvent> history(Actor actor, CaseId caseId) {
        List<RecordedEvent> events = store.load(caseId);
        if (events.isEmpty()) {
            throw CaseworkException.of(notFound(caseId));
        }
        checkRead(actor, Case.replay(events));
        return events;
    }

    /**
     * One page of the cases matching {@code query} that {@code actor} may read, in case-id order.
     * Criteria the query leaves open are narrowed to where the actor may read at all
     * ({@link AccessPolicy#scopeOf}), and each case is still decided by {@link Action#READ}. To bound
     * the work of one call, at most ten store pages are scanned: a page may then hold fewer than
     * {@code query.limit()} cases and still have a {@code next} cursor, from which the listing goes on.
     */
    public CasePage list(Actor actor, CaseQuery query) {
        Objects.requireNonNull(actor, "actor");
        ScopeFacts reach = access.scopeOf(actor, Action.READ);
        if (query.withinGrid().isEmpty() && reach.grid().isPresent()) {
            query = query.withinGrid(reach.grid().get());
        }
        if (query.department().isEmpty() && reach.department().isPresent()) {
            query = query.department(reach.department().get());
        }
        int limit = query.limit();
        List<Case> readable = new ArrayList<>();
        for (int scanned = 1; ; scanned++) {
            CasePage page = queries.find(query);
            CaseId lastSeen = null;
            for (Case c : page.cases()) {
                lastSeen = c.id();
                if (!access.decide(actor, Action.READ, c.facts()).allowed()) {
                    continue;
                }
                readable.add(c);
                if (readable.size() == limit) {
                    boolean more = page.next().isPresent()
                            || !c.equals(page.cases().get(page.cases().size() - 1));
                    return new CasePage(readable, more ? Optional.of(c.id()) : Optional.empty());
                }
            }
            if (page.next().isEmpty()) {
                return new CasePage(readable, Optional.empty());
            }
            if (scanned == MAX_SCANNED_PAGES) {
                return new CasePage(readable, Optional.ofNullable(lastSeen));
            }
            query = query.after(page.next().get());
        }
    }

    /**
     * 督办 as {@code actor} asks for it ({@link Action#RUN_ESCALATIONS} over a root grid of the
     * district): as {@link #escalateOverdue(Instant)}, or refused with {@code AccessDeniedException}.
     */
    public int escalateOverdue(Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        List<ScopeFacts> districts = directory.grids().roots().stream()
                .map(root -> ScopeFacts.within(root.code()))
                .toList();
        AccessDecision refusal = null;
        for (ScopeFacts district : districts.isEmpty() ? List.of(ScopeFacts.everything()) : districts) {
            AccessDecision decision = access.decide(actor, Action.RUN_ESCALATIONS, district);
            if (decision.allowed()) {
                return escalateOverdue(now);
            }
            refusal = refusal == null ? decision : refusal;
        }
        throw CaseworkException.of(new Rejection(
                RejectionReason.ACCESS_DENIED, refusal.explanation(), List.of(), Optional.of(refusal.rule())));
    }

    /**
     * 督办: escalates every case whose deadline passed before {@code now}, as far up the ladder as
     * is due; then resumes every suspended case whose review date has begun (as the system, so
     * suspended work never waits unseen past its review). Running it again with the same {@code
     * now} changes nothing.
     *
     * @return the number of events written (escalations and resumptions)
     */
    public int escalateOverdue(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        int escalations = 0;
        CaseQuery query = CaseQuery.all().dueBefore(at).limit(ESCALATION_BATCH);
        while (true) {
            CasePage page = queries.find(query);
            for (Case overdue : page.cases()) {
                escalations += escalate(overdue.id(), at);
            }
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        int resumed = resumeAtReviewDates(at);
        return escalations + resumed + escalateOverdueReports(at);
    }

    /**
     * 督办 of the reports major hazards owe: a report's deadline is not the step's, so the scan reads
     * the unfinished major hazards (few, against all open cases) and escalates those with an
     * outstanding report whose next rung is due.
     */
    private int escalateOverdueReports(Instant at) {
        int escalations = 0;
        CaseQuery query = CaseQuery.all()
                .inStates(UNFINISHED_STATES)
                .grade(HazardGrade.MAJOR)
                .limit(ESCALATION_BATCH);
        while (true) {
            CasePage page = queries.find(query);
            for (Case c : page.cases()) {
                if (reportRungDue(c, at)) {
                    escalations += escalateReports(c.id(), at);
                }
            }
            if (page.next().isEmpty()) {
                return escalations;
            }
            query = query.after(page.next().get());
        }
    }

    /** Whether an outstanding report of {@code c} has its next rung due at {@code at}. */
    private boolean reportRungDue(Case c, Instant at) {
        var calendar = directory.workCalendar();
        return c.majorHazardReports().stream()
                .filter(r -> !r.filed())
                .anyMatch(r -> r.rung()
                        .next()
                        .map(next -> at.isAfter(escalation.rungDueAt(next, r.dueAt(), calendar)))
                        .orElse(false));
    }

    private int escalateReports(CaseId caseId, Instant now) {
        try {
            int before = queries.find(caseId).map(c -> (int) c.version()).orElse(0);
            Case after =
                    execute(Actor.SYSTEM, EscalateReportDuty.of(caseId).now(now).build(), now);
            return (int) after.version() - before;
        } catch (InvalidCommandException nobody) {
            LOG.warn("escalation of the reports of {} not written: {}", caseId, nobody.getMessage());
            return 0;
        } catch (CaseworkException raced) {
            LOG.debug("escalation of the reports of {} skipped: {}", caseId, raced.getMessage());
            return 0;
        }
    }

    /**
     * 网格调整 after a change of the grid directory (a boundary change, a split or a merge of grids):
     * every unfinished case whose grid the directory no longer holds moves, by {@code actor}
     * (normally {@link Actor#SYSTEM}), to the grid the rule of {@link GridMove} gives, as a
     * {@link CaseMovedToGrid} event dated {@code now}. Cases whose grid still exists, and finished
     * cases, stay where they are; a case nothing of the directory covers any more (its whole
     * district is gone) is left and logged. Running it again changes nothing. Hosts call it after
     * every directory replacement; the demo jar's {@code import} and the demo server's start do.
     *
     * @return the moves made, in case-id order
     * @throws AccessDeniedException when {@code actor} may not move cases ({@link Action#MOVE_TO_GRID})
     */
    public List<GridMove> moveCasesOfRemovedGrids(Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        List<GridMove> moves = new ArrayList<>();
        GridTree tree = directory.grids();
        CaseQuery query = CaseQuery.all().inStates(UNFINISHED_STATES).limit(ESCALATION_BATCH);
        while (true) {
            CasePage page = queries.find(query);
            for (Case c : page.cases()) {
                if (tree.find(c.grid()).isEmpty()) {
                    moveToGrid(actor, c, at).ifPresent(moves::add);
                }
            }
            if (page.next().isEmpty()) {
                return moves;
            }
            query = query.after(page.next().get());
        }
    }

    private Optional<GridMove> moveToGrid(Actor actor, Case c, Instant at) {
        try {
            Case after = execute(
                    actor, MoveToGrid.of(c.id()).expectedVersion(c.version()).build(), at);
            // The event just written says where and why; the decider applied the same rule.
            RecordedEvent last = store.load(c.id()).get((int) after.version() - 1);
            CaseMovedToGrid moved = (CaseMovedToGrid) last.event();
            return Optional.of(new GridMove(c.id(), moved.from(), moved.to(), moved.basis()));
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (InvalidCommandException uncovered) {
            LOG.warn("case {} keeps its removed grid {}: {}", c.id(), c.grid(), uncovered.getMessage());
            return Optional.empty();
        } catch (CaseworkException raced) {
            // Finished or changed meanwhile: a rerun sees the new state.
            LOG.debug("move of {} skipped: {}", c.id(), raced.getMessage());
            return Optional.empty();
        }
    }

    private int resumeAtReviewDates(Instant at) {
        int resumed = 0;
        CaseQuery query =
                CaseQuery.all().inStates(EnumSet.of(CaseState.SUSPENDED)).limit(ESCALATION_BATCH);
        while (true) {
            CasePage page = queries.find(query);
            for (Case suspended : page.cases()) {
                Optional<Suspension> suspension = suspended.suspension();
                if (suspension.isPresent() && !at.isBefore(suspension.get().reviewAt())) {
                    resumed += resumeAtReview(suspended, suspension.get().reviewDate(), at);
                }
            }
            if (page.next().isEmpty()) {
                return resumed;
            }
            query = query.after(page.next().get());
        }
    }

    private int resumeAtReview(Case suspended, LocalDate reviewDate, Instant at) {
        try {
            Resume command = Resume.of(suspended.id())
                    .expectedVersion(suspended.version())
                    .reason("复查日期已到（" + reviewDate + "），恢复办理")
                    .build();
            execute(Actor.SYSTEM, command, at);
            return 1;
        } catch (CaseworkException raced) {
            // Resumed or renewed meanwhile: the next run sees the new state.
            LOG.debug("resumption of {} skipped: {}", suspended.id(), raced.getMessage());
            return 0;
        }
    }

    /**
     * The licence run as {@code actor} asks for it ({@link Action#RUN_LICENCE_CHECK} over a root grid
     * of the district: a district command center or the system): as {@link #openExpiredLicenceCases(Instant)}.
     */
    public List<Case> openExpiredLicenceCases(Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        requireScopeAction(actor, Action.RUN_LICENCE_CHECK);
        return openExpiredLicenceCases(now);
    }

    /**
     * 许可证过期: opens a {@link CaseSource#LICENCE_EXPIRED} case, reported by {@link Actor#SYSTEM}, for
     * every licence of an operating entity that has expired by {@code now}'s day in the district's
     * zone, unless an open case already names that licence; so a rerun opens nothing twice. Each
     * case names the entity (with its facts now) and the licence; it is a general hazard of domain
     * {@code PRODUCTION} with hazard code 49 (其他管理因素缺陷), the project's choice: an expired
     * licence is a management defect, and registration may regrade it.
     *
     * @return the cases opened by this run
     * @throws IllegalStateException when the service has no registry of supervised entities
     */
    public List<Case> openExpiredLicenceCases(Instant now) {
        if (entities == null) {
            throw new IllegalStateException(
                    "the licence run needs the registry of supervised entities: GridSafe.builder().entityRegistry(...)");
        }
        LocalDate today = now.atZone(directory.workCalendar().zone()).toLocalDate();
        List<Case> opened = new ArrayList<>();
        // Expired means valid through the day before: expiring by yesterday.
        EntityQuery expired = EntityQuery.all().status(EntityStatus.OPERATING).licenceExpiringBy(today.minusDays(1));
        for (SupervisedEntity entity : entities.search(expired)) {
            for (Licence licence : entity.profile().licences()) {
                if (!licence.isExpiredOn(today) || hasOpenLicenceCase(entity.id(), licence)) {
                    continue;
                }
                try {
                    opened.add(report(Actor.SYSTEM, licenceReport(entity, licence)));
                } catch (CaseworkException refused) {
                    LOG.warn(
                            "no case opened for the expired licence {} of {}: {}",
                            licence.number(),
                            entity.id(),
                            refused.getMessage());
                }
            }
        }
        return opened;
    }

    private boolean hasOpenLicenceCase(EntityId entity, Licence licence) {
        CaseQuery query = CaseQuery.all()
                .entity(entity)
                .source(CaseSource.LICENCE_EXPIRED)
                .inStates(UNFINISHED_STATES)
                .limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = queries.find(query);
            if (page.cases().stream()
                    .anyMatch(c -> c.licence().map(l -> l.names(licence)).orElse(false))) {
                return true;
            }
            if (page.next().isEmpty()) {
                return false;
            }
            query = query.after(page.next().get());
        }
    }

    private static Report licenceReport(SupervisedEntity entity, Licence licence) {
        Report.Builder report = Report.builder()
                .source(CaseSource.LICENCE_EXPIRED)
                .grid(entity.grid().grid())
                .domain(SafetyDomain.PRODUCTION)
                .hazard(LICENCE_HAZARD)
                .grade(HazardGrade.GENERAL)
                .description(entity.profile().name() + "的" + licence.type().zhName() + "（" + licence.number() + "）已于"
                        + licence.expires().orElseThrow() + "到期，该单位仍在经营")
                .entity(entity.id())
                .licence(CaseLicence.of(licence));
        if (entity.kind() == EntityKind.PRODUCTION_UNIT) {
            // The unit's id is its enterprise actors' enterprise id: they see and rectify the case.
            report.enterpriseId(entity.id().value());
        }
        return report.build();
    }

    private void requireScopeAction(Actor actor, Action action) {
        List<ScopeFacts> districts = directory.grids().roots().stream()
                .map(root -> ScopeFacts.within(root.code()))
                .toList();
        AccessDecision refusal = null;
        for (ScopeFacts district : districts.isEmpty() ? List.of(ScopeFacts.everything()) : districts) {
            AccessDecision decision = access.decide(actor, action, district);
            if (decision.allowed()) {
                return;
            }
            refusal = refusal == null ? decision : refusal;
        }
        throw CaseworkException.of(new Rejection(
                RejectionReason.ACCESS_DENIED, refusal.explanation(), List.of(), Optional.of(refusal.rule())));
    }

    private int escalate(CaseId caseId, Instant now) {
        try {
            int before = queries.find(caseId).map(c -> (int) c.version()).orElse(0);
            // Decided at the run's own time, so escalations are dated when they were judged due.
            Case after = execute(Actor.SYSTEM, Escalate.of(caseId).now(now).build(), now);
            return (int) after.version() - before;
        } catch (InvalidCommandException nobody) {
            // Only a grid without any responsible person up to the root: the directory must name one.
            LOG.warn("escalation of {} not written: {}", caseId, nobody.getMessage());
            return 0;
        } catch (CaseworkException raced) {
            // Closed or changed meanwhile: the next run sees the new state.
            LOG.debug("escalation of {} skipped: {}", caseId, raced.getMessage());
            return 0;
        }
    }

    private interface NewCaseDecision {
        Decision decide(CaseId id, Instant now);
    }

    private Case createCase(NewCaseDecision decision) {
        for (int attempt = 1; ; attempt++) {
            Instant now = now();
            CaseId id = ids.next(now);
            try {
                return commit(decision.decide(id, now), 0);
            } catch (ConcurrentUpdateException idTaken) {
                if (attempt == ATTEMPTS) {
                    throw idTaken;
                }
                LOG.warn("case id {} was already taken; trying another", id);
            }
        }
    }

    private Case commit(Decision decision, long expectedVersion) {
        if (decision instanceof Decision.Rejected rejected) {
            throw CaseworkException.of(rejected.rejection());
        }
        Decision.Accepted accepted = (Decision.Accepted) decision;
        if (!accepted.events().isEmpty()) {
            store.append(new CaseChange(
                    accepted.result().id(),
                    expectedVersion,
                    accepted.events(),
                    accepted.result(),
                    accepted.notifications()));
        }
        return accepted.result();
    }

    private record MediaField(String name, List<MediaReference> references) {}

    /**
     * Refuses a command that names a file the media store does not hold (or holds with another
     * type or size), or names more than {@link InputLimits#ATTACHMENTS}: an event must never
     * point at evidence that is not there.
     */
    private void requireStoredMedia(String what, List<MediaField> fields) {
        List<FieldError> errors = new ArrayList<>();
        for (MediaField field : fields) {
            errors.addAll(storedMediaProblems(media, field.name(), field.references()));
        }
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(what).append(" is invalid: ");
            for (int i = 0; i < errors.size(); i++) {
                message.append(i == 0 ? "" : "; ").append(errors.get(i));
            }
            throw CaseworkException.of(
                    new Rejection(RejectionReason.INVALID_INPUT, message.toString(), errors, Optional.empty()));
        }
    }

    /**
     * What is wrong with the files {@code refs} of field {@code field} ({@code field[i]} for one
     * file): more than {@link InputLimits#ATTACHMENTS}, a file {@code media} does not hold, or one
     * it holds with another type or size. The one check of every service that refers to evidence.
     */
    static List<FieldError> storedMediaProblems(MediaStore media, String field, List<MediaReference> refs) {
        List<FieldError> errors = new ArrayList<>();
        if (refs.size() > InputLimits.ATTACHMENTS) {
            errors.add(new FieldError(
                    field, refs.size() + " files given; at most " + InputLimits.ATTACHMENTS + " are allowed"));
            return errors;
        }
        for (int i = 0; i < refs.size(); i++) {
            MediaReference ref = refs.get(i);
            String name = field + "[" + i + "]";
            if (ref == null) {
                errors.add(new FieldError(name, "is required"));
                continue;
            }
            Optional<MediaReference> stored = media.find(ref.hash());
            if (stored.isEmpty()) {
                errors.add(new FieldError(name, "no file with hash " + ref.hash() + " is stored; upload it first"));
            } else if (!stored.get().equals(ref)) {
                errors.add(new FieldError(
                        name,
                        "the file " + ref.hash() + " is stored as "
                                + stored.get().type().mimeType() + " of "
                                + stored.get().size() + " bytes, not as "
                                + ref.type().mimeType() + " of "
                                + ref.size()));
            }
        }
        return errors;
    }

    private void checkRead(Actor actor, Case c) {
        var decision = access.decide(actor, Action.READ, c.facts());
        if (!decision.allowed()) {
            throw CaseworkException.of(new Rejection(
                    RejectionReason.ACCESS_DENIED, decision.explanation(), List.of(), Optional.of(decision.rule())));
        }
    }

    private static Rejection notFound(CaseId caseId) {
        return new Rejection(
                RejectionReason.NOT_FOUND, "case " + caseId + " does not exist", List.of(), Optional.empty());
    }

    private Instant now() {
        // Millisecond precision survives every store (PostgreSQL keeps microseconds), so hashes
        // computed now still verify after a round trip.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The decider for the directory's current data; rebuilt (with a new locator) when it changes. */
    private CaseDecider decider() {
        CaseDecider cached = decider.get();
        var grids = directory.grids();
        var duties = directory.dutyMatrix();
        var limits = directory.timeLimits();
        var calendar = directory.workCalendar();
        if (cached != null) {
            CaseRules rules = cached.rules();
            if (rules.grids() == grids
                    && rules.duties() == duties
                    && rules.timeLimits() == limits
                    && rules.calendar() == calendar) {
                return cached;
            }
        }
        CaseDecider fresh = new CaseDecider(new CaseRules(
                grids,
                GridLocator.of(grids),
                hazards,
                duties,
                limits,
                calendar,
                access,
                escalation,
                commandCenters,
                templates,
                entityLookup,
                majorHazards));
        decider.set(fresh);
        return fresh;
    }
}
