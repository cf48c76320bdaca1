package org.gridsafe.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.access.AccessDecision;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.access.ActorRole;
import org.gridsafe.access.CaseFacts;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * The six-step loop's decisions: given a case, a command, an actor and the time, the new events
 * or a {@link Rejection}. Pure: no I/O, no clock; the same input always gives the same answer.
 *
 * <p>Checks run in a fixed order, and the first that fails decides: the case exists, the actor
 * may act ({@link org.gridsafe.access.AccessPolicy}), the actor saw the current version, the
 * state accepts the command, and then every field (all field errors are reported together).
 *
 * <pre>{@code
 * CaseDecider decider = new CaseDecider(rules);
 * Decision decision = decider.decide(currentCase, new Reject(id, OptionalLong.empty(), "重复上报"),
 *         commandCenter, now, lookup);
 * }</pre>
 */
public final class CaseDecider {

    private final CaseRules rules;

    public CaseDecider(CaseRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this decider decides by. */
    public CaseRules rules() {
        return rules;
    }

    /** Step 1: a new case with id {@code id}. */
    public Decision report(CaseId id, Report report, Actor actor, Instant now) {
        FieldChecks checks = new FieldChecks();
        Optional<ReportedCase> reported = checkReport(report, actor, "", checks);
        if (!checks.ok() || reported.isEmpty()) {
            return rejected(Rejection.invalid("report", checks.errors()));
        }
        ReportedCase r = reported.get();
        Optional<Rejection> refused = access(actor, Action.REPORT, r.facts(actor));
        if (refused.isPresent()) {
            return rejected(refused.get());
        }
        Events events = new Events(id, actor, now);
        events.add(r.event(deadline(CaseState.REPORTED, report.grade(), now)));
        events.notify(
                NotificationKind.CASE_REPORTED,
                Optional.empty(),
                Optional.empty(),
                "新上报" + report.source().zhName() + "：" + abbreviate(report.description()));
        return events.accept(Optional.empty());
    }

    /** 立查立改: a general hazard fixed on the spot, run through all six steps at once. */
    public Decision reportFixedOnSpot(CaseId id, ReportFixedOnSpot command, Actor actor, Instant now) {
        FieldChecks checks = new FieldChecks();
        if (!checks.required("report", command.report())) {
            return rejected(Rejection.invalid("fixed-on-spot report", checks.errors()));
        }
        Report report = command.report();
        Optional<ReportedCase> reported = checkReport(report, actor, "report.", checks);
        if (report.grade() == HazardGrade.MAJOR) {
            checks.fail(
                    "report.grade",
                    "a major hazard cannot be fixed on the spot: it needs a treatment plan and listed supervision");
        }
        checks.text("evidence", command.evidence(), InputLimits.DESCRIPTION);
        checks.attachments("evidenceAttachments", command.evidenceAttachments());
        Optional<Department> department = Optional.empty();
        if (checks.ok() && reported.isPresent()) {
            ReportedCase r = reported.get();
            department = rules.duties()
                    .route(r.domain(), r.hazard(), r.grade(), r.grid().level());
            if (department.isEmpty()) {
                checks.fail("report.hazard", noDutyRule(r.domain(), r.hazard(), r.grade(), r.grid()));
            }
        }
        if (!checks.ok() || reported.isEmpty() || department.isEmpty()) {
            return rejected(Rejection.invalid("fixed-on-spot report", checks.errors()));
        }
        ReportedCase r = reported.get();
        Optional<Rejection> refused = access(actor, Action.REPORT_FIXED_ON_SPOT, r.facts(actor));
        if (refused.isPresent()) {
            return rejected(refused.get());
        }
        HazardGrade grade = r.grade();
        Events events = new Events(id, actor, now);
        events.add(r.event(deadline(CaseState.REPORTED, grade, now)));
        events.add(new CaseRegistered(
                r.domain(), r.hazard(), grade, Optional.of("立查立改"), deadline(CaseState.REGISTERED, grade, now)));
        events.add(new CaseDispatched(
                department.get().id(),
                Optional.of(actor.id()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                deadline(CaseState.DISPATCHED, grade, now)));
        events.add(new RectificationSubmitted(
                command.evidence(), command.evidenceAttachments(), deadline(CaseState.RECTIFIED, grade, now)));
        events.add(new VerificationPassed(Optional.of("立查立改，现场核查"), deadline(CaseState.VERIFIED, grade, now)));
        events.add(new CaseClosed(true, 0, Optional.empty(), Optional.empty(), Optional.of("立查立改 fixed on the spot")));
        return events.accept(Optional.empty());
    }

    /**
     * Any command on an existing case. {@code current} is empty when no case has the command's id;
     * {@code otherCases} is asked only for merge targets.
     */
    public Decision decide(
            Optional<Case> current, ExistingCaseCommand command, Actor actor, Instant now, CaseLookup otherCases) {
        Objects.requireNonNull(command, "command");
        if (current.isEmpty()) {
            return rejected(Rejection.of(RejectionReason.NOT_FOUND, "case " + command.caseId() + " does not exist"));
        }
        Case c = current.get();
        Optional<Rejection> refused = access(actor, command.action(), c.facts());
        if (refused.isPresent()) {
            return rejected(refused.get());
        }
        if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != c.version()) {
            return rejected(Rejection.of(
                    RejectionReason.STALE_VERSION,
                    "case " + c.id() + " is at version " + c.version() + ", not "
                            + command.expectedVersion().getAsLong() + ": reload it and try again"));
        }
        Optional<Rejection> wrongState = checkState(c, command);
        if (wrongState.isPresent()) {
            return rejected(wrongState.get());
        }
        Events events = new Events(c.id(), actor, now);
        FieldChecks checks = new FieldChecks();
        if (command instanceof Register register) {
            register(c, register, checks, events, now);
        } else if (command instanceof Reject reject) {
            checks.text("reason", reject.reason(), InputLimits.REASON);
            events.add(new CaseRejected(reject.reason()));
            events.notify(
                    NotificationKind.CASE_REJECTED,
                    Optional.empty(),
                    Optional.of(c.reporterId()),
                    "不予立案：" + reject.reason());
        } else if (command instanceof Merge merge) {
            merge(c, merge, checks, events, otherCases, actor);
        } else if (command instanceof Dispatch dispatch) {
            dispatch(c, dispatch, checks, events, now);
        } else if (command instanceof SubmitRectification submit) {
            checks.text("evidence", submit.evidence(), InputLimits.DESCRIPTION);
            checks.attachments("attachments", submit.attachments());
            events.add(new RectificationSubmitted(
                    submit.evidence(), submit.attachments(), deadline(CaseState.RECTIFIED, c.grade(), now)));
        } else if (command instanceof RequestExtension request) {
            requestExtension(c, request, checks, events, now);
        } else if (command instanceof ApproveExtension approve) {
            checks.optionalText("note", approve.note(), InputLimits.NOTE);
            ExtensionRequest pending = c.pendingExtension().orElseThrow();
            events.add(new ExtensionApproved(pending.requestedDeadline(), approve.note()));
            events.notify(
                    NotificationKind.EXTENSION_DECIDED,
                    c.department(),
                    Optional.of(pending.requestedBy()),
                    "延期申请已同意，新期限 " + pending.requestedDeadline());
        } else if (command instanceof DenyExtension deny) {
            checks.text("reason", deny.reason(), InputLimits.REASON);
            ExtensionRequest pending = c.pendingExtension().orElseThrow();
            events.add(new ExtensionDenied(deny.reason()));
            events.notify(
                    NotificationKind.EXTENSION_DECIDED,
                    c.department(),
                    Optional.of(pending.requestedBy()),
                    "延期申请未同意：" + deny.reason());
        } else if (command instanceof Verify verify) {
            verify(c, verify, checks, events, now);
        } else if (command instanceof Close close) {
            close(c, close, checks, events, now);
        } else if (command instanceof Escalate escalate) {
            escalate(c, escalate, checks, events, now);
        }
        if (!checks.ok()) {
            return rejected(Rejection.invalid(command.action().enName() + " of case " + c.id(), checks.errors()));
        }
        return events.accept(Optional.of(c));
    }

    private void register(Case c, Register command, FieldChecks checks, Events events, Instant now) {
        SafetyDomain domain = orElse(command.domain(), c.domain());
        HazardCode hazard = orElse(command.hazard(), c.hazard());
        HazardGrade grade = orElse(command.grade(), c.grade());
        checkHazard("hazard", hazard, checks);
        checks.optionalText("note", command.note(), InputLimits.NOTE);
        events.add(
                new CaseRegistered(domain, hazard, grade, command.note(), deadline(CaseState.REGISTERED, grade, now)));
    }

    private void merge(Case c, Merge command, FieldChecks checks, Events events, CaseLookup otherCases, Actor actor) {
        checks.text("reason", command.reason(), InputLimits.REASON);
        if (!checks.required("into", command.into())) {
            return;
        }
        if (command.into().equals(c.id())) {
            checks.fail("into", "a case cannot be merged into itself");
            return;
        }
        Optional<Case> target = otherCases.find(command.into());
        if (target.isEmpty()) {
            checks.fail("into", "case " + command.into() + " does not exist");
        } else if (!target.get().state().isOpen()) {
            checks.fail(
                    "into",
                    "case " + command.into() + " is " + target.get().state().enName()
                            + "; a duplicate can only be merged into an open case");
        } else {
            AccessDecision onTarget =
                    rules.access().decide(actor, Action.MERGE, target.get().facts());
            if (!onTarget.allowed()) {
                checks.fail(
                        "into",
                        "case " + command.into() + " is outside what " + actor + " may merge into (" + onTarget.rule()
                                + ")");
            }
        }
        events.add(new CaseMerged(command.into(), command.reason()));
    }

    private void dispatch(Case c, Dispatch command, FieldChecks checks, Events events, Instant now) {
        Optional<Grid> grid = rules.grids().find(c.grid());
        Optional<Department> routed =
                grid.flatMap(g -> rules.duties().route(c.domain(), c.hazard(), c.grade(), g.level()));
        checks.optionalText("overrideReason", command.overrideReason(), InputLimits.REASON);
        checks.optionalText("handlerId", command.handlerId(), InputLimits.ID);
        Department department = null;
        if (command.department() != null && command.department().isPresent()) {
            Optional<Department> chosen =
                    rules.duties().department(command.department().get());
            if (chosen.isEmpty()) {
                checks.fail(
                        "department",
                        "no department with id " + command.department().get());
            } else {
                department = chosen.get();
                boolean overridesMatrix =
                        routed.map(d -> !d.id().equals(chosen.get().id())).orElse(true);
                if (overridesMatrix
                        && (command.overrideReason() == null
                                || command.overrideReason().isEmpty())) {
                    checks.fail(
                            "overrideReason",
                            "the duty matrix routes this case to "
                                    + routed.map(d -> d.id().toString()).orElse("no department")
                                    + "; say why it goes to " + chosen.get().id() + " instead");
                }
            }
        } else if (routed.isPresent()) {
            department = routed.get();
        } else {
            checks.fail(
                    "department",
                    noDutyRule(c.domain(), c.hazard(), c.grade(), grid.orElse(null))
                            + "; name a department and a reason");
        }
        if (c.grade() == HazardGrade.MAJOR) {
            checkPlan(command, checks);
        }
        if (department == null) {
            return;
        }
        events.add(new CaseDispatched(
                department.id(),
                orEmpty(command.handlerId()),
                orEmpty(command.overrideReason()),
                orEmpty(command.plan()),
                orEmpty(command.listedSupervision()),
                deadline(CaseState.DISPATCHED, c.grade(), now)));
        events.notify(
                NotificationKind.CASE_DISPATCHED,
                Optional.of(department.id()),
                orEmpty(command.handlerId()),
                "派遣交办：" + abbreviate(c.description()) + "（网格 " + c.grid() + "）");
    }

    private static void checkPlan(Dispatch command, FieldChecks checks) {
        if (command.plan() == null || command.plan().isEmpty()) {
            checks.fail(
                    "plan",
                    "a major hazard needs a treatment plan with the five fixed: responsible person, measures, "
                            + "funds, due date and contingency plan");
        } else {
            RectificationPlan plan = command.plan().get();
            checks.text("plan.responsiblePerson", plan.responsiblePerson(), InputLimits.PLAN_FIELD);
            checks.text("plan.measures", plan.measures(), InputLimits.PLAN_FIELD);
            checks.text("plan.funds", plan.funds(), InputLimits.PLAN_FIELD);
            checks.required("plan.dueDate", plan.dueDate());
            checks.text("plan.contingencyPlan", plan.contingencyPlan(), InputLimits.PLAN_FIELD);
        }
        if (command.listedSupervision() == null || command.listedSupervision().isEmpty()) {
            checks.fail(
                    "listedSupervision",
                    "a major hazard is put under listed supervision (挂牌督办): name the authority and its notice");
        } else {
            ListedSupervision listed = command.listedSupervision().get();
            checks.text("listedSupervision.authority", listed.authority(), InputLimits.PLAN_FIELD);
            checks.text("listedSupervision.documentReference", listed.documentReference(), InputLimits.PLAN_FIELD);
        }
    }

    private void requestExtension(Case c, RequestExtension command, FieldChecks checks, Events events, Instant now) {
        checks.text("reason", command.reason(), InputLimits.REASON);
        if (checks.required("requestedDeadline", command.requestedDeadline())) {
            Instant current = c.deadline().orElseThrow();
            if (!command.requestedDeadline().isAfter(current)) {
                checks.fail(
                        "requestedDeadline",
                        "must be after the current deadline " + current + "; an extension moves it later");
            } else if (!command.requestedDeadline().isAfter(now)) {
                checks.fail("requestedDeadline", "must be in the future");
            }
        }
        // Stored at millisecond precision, like every other instant of the log (see Casework#now):
        // a store that keeps microseconds would otherwise hand back an event whose hash no longer verifies.
        Instant requested = command.requestedDeadline() == null
                ? null
                : command.requestedDeadline().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        events.add(new ExtensionRequested(requested, command.reason()));
    }

    private void verify(Case c, Verify command, FieldChecks checks, Events events, Instant now) {
        checks.optionalText("remarks", command.remarks(), InputLimits.REASON);
        if (command.passed()) {
            events.add(
                    new VerificationPassed(orEmpty(command.remarks()), deadline(CaseState.VERIFIED, c.grade(), now)));
            return;
        }
        if (command.remarks() == null || command.remarks().isEmpty()) {
            checks.fail("remarks", "say what is still wrong when a rectification is not accepted");
            return;
        }
        String reason = command.remarks().get();
        events.add(new VerificationFailed(reason, deadline(CaseState.DISPATCHED, c.grade(), now)));
        events.notify(NotificationKind.REWORK_REQUIRED, c.department(), c.handlerId(), "核查未通过，需返工：" + reason);
    }

    private void close(Case c, Close command, FieldChecks checks, Events events, Instant now) {
        if (command.satisfaction() == null) {
            checks.fail("satisfaction", "must not be null; leave it out instead");
        } else if (command.satisfaction().isPresent()) {
            int satisfaction = command.satisfaction().get();
            if (satisfaction < 1 || satisfaction > 5) {
                checks.fail("satisfaction", "must be 1 (very unsatisfied) to 5 (very satisfied), was " + satisfaction);
            }
        }
        checks.optionalText("feedback", command.feedback(), InputLimits.NOTE);
        checks.optionalText("evaluation", command.evaluation(), InputLimits.NOTE);
        boolean onTime = !c.everOverdue() && !c.isOverdueAt(now);
        events.add(new CaseClosed(
                onTime,
                c.reworkCount(),
                orEmpty(command.satisfaction()),
                orEmpty(command.feedback()),
                orEmpty(command.evaluation())));
        events.notify(
                NotificationKind.CASE_CLOSED,
                Optional.empty(),
                Optional.of(c.reporterId()),
                "您上报的隐患已整改完毕并结案：" + abbreviate(c.description()));
    }

    private void escalate(Case c, Escalate command, FieldChecks checks, Events events, Instant now) {
        if (!checks.required("now", command.now())) {
            return;
        }
        if (command.now().isAfter(now)) {
            // Escalating "as of" a future time would mark work overdue before it is.
            checks.fail("now", "cannot escalate as of " + command.now() + ", which is after the current time " + now);
            return;
        }
        Instant deadline = c.deadline().orElseThrow();
        Optional<Grid> grid = rules.grids().find(c.grid());
        EscalationRung rung = c.escalationRung();
        Optional<EscalationRung> next = rung.next();
        while (next.isPresent()
                && command.now().isAfter(rules.escalation().rungDueAt(next.get(), deadline, rules.calendar()))) {
            rung = next.get();
            GridCode target = rung == EscalationRung.PARENT_COMMAND_CENTER
                    ? c.grid().parent().orElse(c.grid())
                    : c.grid();
            EscalationRung reached = rung;
            Optional<ResponsiblePerson> recipient = reached.role()
                    .flatMap(role -> grid.flatMap(g -> g.responsibilityChain().holder(role)));
            events.add(new CaseEscalated(c.state(), rung, target, recipient));
            events.notifyAt(
                    target,
                    NotificationKind.CASE_ESCALATED,
                    c.department(),
                    recipient.map(ResponsiblePerson::personId),
                    "督办（" + rung.zhName() + "）：" + c.state().zhName() + "环节已超期，期限 " + deadline);
            next = rung.next();
        }
    }

    private Optional<Rejection> checkState(Case c, ExistingCaseCommand command) {
        CaseState state = c.state();
        if (!state.isOpen()) {
            return Optional.of(wrongState(c, command, "it is " + state.enName() + " and accepts no command"));
        }
        boolean fits;
        if (command instanceof Register || command instanceof Reject) {
            fits = state == CaseState.REPORTED;
        } else if (command instanceof Merge) {
            fits = state == CaseState.REPORTED || state == CaseState.REGISTERED;
        } else if (command instanceof Dispatch) {
            fits = state == CaseState.REGISTERED;
        } else if (command instanceof SubmitRectification) {
            fits = state == CaseState.DISPATCHED;
        } else if (command instanceof RequestExtension) {
            if (state == CaseState.DISPATCHED && c.pendingExtension().isPresent()) {
                return Optional.of(wrongState(c, command, "an extension request is already waiting for a decision"));
            }
            fits = state == CaseState.DISPATCHED;
        } else if (command instanceof ApproveExtension || command instanceof DenyExtension) {
            if (state == CaseState.DISPATCHED && c.pendingExtension().isEmpty()) {
                return Optional.of(wrongState(c, command, "no extension request is waiting for a decision"));
            }
            fits = state == CaseState.DISPATCHED;
        } else if (command instanceof Verify) {
            fits = state == CaseState.RECTIFIED;
        } else if (command instanceof Close) {
            fits = state == CaseState.VERIFIED;
        } else {
            fits = command instanceof Escalate;
        }
        return fits ? Optional.empty() : Optional.of(wrongState(c, command, "it is " + state.enName()));
    }

    private static Rejection wrongState(Case c, ExistingCaseCommand command, String why) {
        return Rejection.of(
                RejectionReason.WRONG_STATE, "cannot " + command.action().enName() + " case " + c.id() + ": " + why);
    }

    private Optional<Rejection> access(Actor actor, Action action, CaseFacts facts) {
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

    /** The validated content of a report, before access is checked. */
    private record ReportedCase(
            Report report,
            Grid grid,
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            Optional<String> enterpriseId) {

        CaseFacts facts(Actor actor) {
            return new CaseFacts(
                    Optional.empty(), grid.code(), grade, Optional.empty(), Optional.of(actor.id()), enterpriseId);
        }

        CaseReported event(Instant registerDeadline) {
            return new CaseReported(
                    report.source(),
                    grid.code(),
                    report.location(),
                    domain,
                    hazard,
                    grade,
                    report.description(),
                    report.attachments(),
                    report.anonymous(),
                    report.reporterContact(),
                    enterpriseId,
                    registerDeadline);
        }
    }

    private Optional<ReportedCase> checkReport(Report report, Actor actor, String prefix, FieldChecks checks) {
        if (report.source() == null) {
            checks.fail(
                    prefix + "source",
                    "is required: one of GRID_PATROL, ENTERPRISE_SELF_REPORT, PUBLIC_REPORT, DEPARTMENT_INSPECTION");
        } else if (actor != null && !mayReportFrom(actor, report.source())) {
            checks.fail(
                    prefix + "source",
                    report.source() + " reports come from "
                            + report.source().reporterRole().enName() + "; " + actor + " is "
                            + actor.roles().stream().map(ActorRole::enName).toList());
        }
        Optional<Grid> grid = resolveGrid(report, prefix, checks);
        checks.required(prefix + "domain", report.domain());
        if (checks.required(prefix + "hazard", report.hazard())) {
            checkHazard(prefix + "hazard", report.hazard(), checks);
        }
        checks.required(prefix + "grade", report.grade());
        checks.text(prefix + "description", report.description(), InputLimits.DESCRIPTION);
        checks.attachments(prefix + "attachments", report.attachments());
        checks.optionalText(prefix + "reporterContact", report.reporterContact(), InputLimits.CONTACT);
        checks.optionalText(prefix + "enterpriseId", report.enterpriseId(), InputLimits.ID);
        Optional<String> enterprise = report.enterpriseId();
        if (report.source() == CaseSource.ENTERPRISE_SELF_REPORT && actor != null) {
            if (enterprise.isPresent() && !enterprise.equals(actor.enterpriseId())) {
                checks.fail(
                        prefix + "enterpriseId",
                        "an enterprise reports only its own hazards; " + actor + " acts for "
                                + actor.enterpriseId().orElse("no enterprise"));
            }
            enterprise = actor.enterpriseId();
        }
        if (!checks.ok() || grid.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportedCase(report, grid.get(), report.domain(), report.hazard(), report.grade(), enterprise));
    }

    private static boolean mayReportFrom(Actor actor, CaseSource source) {
        // Command centers also take hotline calls (12345) and enter them as public reports.
        return actor.has(source.reporterRole())
                || (source == CaseSource.PUBLIC_REPORT && actor.has(ActorRole.COMMAND_CENTER));
    }

    private Optional<Grid> resolveGrid(Report report, String prefix, FieldChecks checks) {
        if (report.grid().isPresent()) {
            Optional<Grid> grid = rules.grids().find(report.grid().get());
            if (grid.isEmpty()) {
                checks.fail(
                        prefix + "grid", "no grid with code " + report.grid().get() + " in this district");
            } else if (report.location().isPresent()) {
                // Both given: they must agree, or the case would be routed by one and mapped by the other.
                Optional<Grid> located =
                        rules.locator().locate(report.location().get());
                if (located.isEmpty()
                        || !grid.get().code().isSameOrAncestorOf(located.get().code())) {
                    checks.fail(
                            prefix + "location",
                            "point " + report.location().get() + " lies "
                                    + located.map(g -> "in grid " + g.code()).orElse("outside every grid")
                                    + ", not in grid " + report.grid().get() + "; give one of them, or both agreeing");
                }
            }
            return grid;
        }
        if (report.location().isPresent()) {
            Optional<Grid> grid = rules.locator().locate(report.location().get());
            if (grid.isEmpty()) {
                checks.fail(
                        prefix + "location",
                        "point " + report.location().get() + " lies outside every grid of this district");
            }
            return grid;
        }
        checks.fail(prefix + "grid", "give a grid code or a location");
        return Optional.empty();
    }

    private void checkHazard(String field, HazardCode hazard, FieldChecks checks) {
        try {
            rules.hazards().require(hazard);
        } catch (IllegalArgumentException unknown) {
            checks.fail(field, unknown.getMessage());
        }
    }

    private static String noDutyRule(SafetyDomain domain, HazardCode hazard, HazardGrade grade, Grid grid) {
        return "no duty rule covers domain " + domain + ", hazard " + hazard + ", grade " + grade + ", grid level "
                + (grid == null ? "unknown" : grid.level());
    }

    private Instant deadline(CaseState state, HazardGrade grade, Instant from) {
        return rules.calendar()
                .deadline(from, rules.timeLimits().limit(state.pendingStep().orElseThrow(), grade));
    }

    private static Decision rejected(Rejection rejection) {
        return new Decision.Rejected(rejection);
    }

    private static <T> T orElse(Optional<T> value, T fallback) {
        return value == null ? fallback : value.orElse(fallback);
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The events of one decision, chained and versioned, with the notifications they owe. */
    private static final class Events {
        private final CaseId id;
        private final Actor actor;
        private final Instant now;
        private final List<CaseEvent> events = new ArrayList<>();
        private final List<PendingNotification> notifications = new ArrayList<>();

        Events(CaseId id, Actor actor, Instant now) {
            this.id = id;
            this.actor = actor;
            this.now = now;
        }

        void add(CaseEvent event) {
            events.add(event);
        }

        void notify(NotificationKind kind, Optional<DepartmentId> department, Optional<String> recipient, String text) {
            notifications.add(new PendingNotification(events.size(), null, kind, department, recipient, text));
        }

        void notifyAt(
                GridCode grid,
                NotificationKind kind,
                Optional<DepartmentId> department,
                Optional<String> recipient,
                String text) {
            notifications.add(new PendingNotification(events.size(), grid, kind, department, recipient, text));
        }

        Decision accept(Optional<Case> before) {
            List<RecordedEvent> recorded = new ArrayList<>(events.size());
            long version = before.map(Case::version).orElse(0L);
            String previous = before.map(Case::lastHash).orElse(RecordedEvent.GENESIS_HASH);
            Case state = before.orElse(null);
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
            for (PendingNotification pending : notifications) {
                owed.add(new Notification(
                        id,
                        base + pending.afterEvents(),
                        pending.kind(),
                        pending.grid() == null ? state.grid() : pending.grid(),
                        pending.department(),
                        pending.recipient(),
                        pending.text()));
            }
            return new Decision.Accepted(recorded, state, owed);
        }
    }

    private record PendingNotification(
            int afterEvents,
            GridCode grid,
            NotificationKind kind,
            Optional<DepartmentId> department,
            Optional<String> recipient,
            String text) {}
}
