package org.gridsafe.casework;

import static org.gridsafe.casework.LifecycleModel.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.access.Action;
import org.gridsafe.casework.LifecycleModel.ModelCase;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The commands of a {@link CaseLifecyclePropertiesTest} run, as data a person can read and replay:
 * each {@code toString} says what the step does. Steps name cases by their position in the run
 * ({@code case#1} is the second case reported), and actors either by id or as "the n-th actor the
 * access rules allow" ({@code authorised#n}), which the run resolves against the model when the
 * step executes; the run's trace shows what each step resolved to.
 */
final class LifecycleSteps {

    private LifecycleSteps() {}

    /** One thing that happens in a run. */
    sealed interface Step
            permits ReportStep, FixedOnSpotStep, ExistingStep, Proceed, ReadStep, EscalateOverdue, AdvanceClock {}

    /** A text field's content: a real one, or white space only (which every text field refuses). */
    enum Text {
        OK,
        BLANK;

        String value(String ok) {
            return this == OK ? ok : "  ";
        }
    }

    /** Which version the actor claims to have seen. */
    enum Seen {
        CURRENT,
        STALE,
        NONE;

        OptionalLong of(long version) {
            return switch (this) {
                case CURRENT -> OptionalLong.of(version);
                case STALE -> OptionalLong.of(version - 1);
                case NONE -> OptionalLong.empty();
            };
        }
    }

    /** An actor: the n-th one the model's access rules allow for the step, or the n-th of the cast. */
    record Who(boolean anyone, int n) {
        @Override
        public String toString() {
            return anyone ? CAST.get(n % CAST.size()).id() : "authorised#" + n;
        }
    }

    // ---------------------------------------------------------------- new cases

    /**
     * The content of a report. {@code where} is "home" (the actor's home grid, or 金桥一号 for actors
     * without one), a grid code, or a named point of {@link LifecycleModel#POINTS}.
     */
    record ReportSpec(
            int actor,
            Optional<CaseSource> source,
            String where,
            SafetyDomain domain,
            String hazard,
            HazardGrade grade,
            Text description,
            Optional<String> enterpriseId) {

        @Override
        public String toString() {
            return "by " + CAST.get(actor % CAST.size()).id()
                    + source.map(s -> " as " + s).orElse("")
                    + " at " + where + ", " + domain + " " + hazard + " " + grade
                    + (description == Text.BLANK ? ", blank description" : "")
                    + enterpriseId.map(e -> ", enterprise " + e).orElse("");
        }
    }

    /** Step 1: a report. */
    record ReportStep(ReportSpec report) implements Step {
        @Override
        public String toString() {
            return "report(" + report + ")";
        }
    }

    /** 立查立改: a report fixed on the spot. */
    record FixedOnSpotStep(ReportSpec report, Text evidence) implements Step {
        @Override
        public String toString() {
            return "fixedOnSpot(" + report + (evidence == Text.BLANK ? ", blank evidence" : "") + ")";
        }
    }

    // ---------------------------------------------------------------- commands on existing cases

    /** A command on a case the run already has; the model predicts its outcome and effect. */
    sealed interface ExistingStep extends Step
            permits RegisterStep,
                    RejectStep,
                    MergeStep,
                    DispatchStep,
                    SubmitStep,
                    RequestExtensionStep,
                    DecideExtensionStep,
                    VerifyStep,
                    CloseStep,
                    EscalateStep {

        int caseRef();

        Who who();

        Seen seen();

        Action action();

        /** The real command for case {@code c}. */
        ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context);

        /** Whether the case's (open) state takes the command. */
        boolean fitsState(ModelCase c);

        /** Why the model finds the command's fields invalid for {@code c}, if it does. */
        Optional<String> invalid(ModelCase c, Context context);

        /**
         * Applies the accepted command to {@code c} (a copy) and returns the events it must write, as
         * {@link LifecycleRun#describe(CaseEvent)} prints them.
         */
        List<String> apply(ModelCase c, Context context);
    }

    /** What steps may ask of the run. */
    interface Context {
        Instant now();

        /** The case {@code ref} names, or empty for {@link MergeStep#MISSING}. */
        Optional<ModelCase> caseAt(int ref);
    }

    record RegisterStep(
            int caseRef,
            Who who,
            Seen seen,
            Optional<SafetyDomain> domain,
            Optional<String> hazard,
            Optional<HazardGrade> grade,
            Optional<Text> note)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.REGISTER;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Register(
                    c.id,
                    expectedVersion,
                    domain,
                    hazard.map(HazardCode::parse),
                    grade,
                    note.map(t -> t.value("情况属实，予以立案")));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.REPORTED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            if (!KNOWN_HAZARDS.contains(hazard.orElse(c.hazard))) {
                return Optional.of("hazard code not in the catalog");
            }
            return note.filter(t -> t == Text.BLANK).map(t -> "blank note");
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.domain = domain.orElse(c.domain);
            c.hazard = hazard.orElse(c.hazard);
            c.grade = grade.orElse(c.grade);
            c.enter(CaseState.REGISTERED, context.now());
            return List.of("CaseRegistered");
        }

        @Override
        public String toString() {
            return "register(case#" + caseRef + " by " + who + " " + seen
                    + domain.map(d -> " domain→" + d).orElse("")
                    + hazard.map(h -> " hazard→" + h).orElse("")
                    + grade.map(g -> " grade→" + g).orElse("")
                    + note.map(t -> " note " + t).orElse("") + ")";
        }
    }

    record RejectStep(int caseRef, Who who, Seen seen, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.REJECT;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Reject(c.id, expectedVersion, reason.value("不属于安全隐患"));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.REPORTED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return reason == Text.BLANK ? Optional.of("blank reason") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.enter(CaseState.REJECTED, context.now());
            return List.of("CaseRejected");
        }

        @Override
        public String toString() {
            return "reject(case#" + caseRef + " by " + who + " " + seen + " reason " + reason + ")";
        }
    }

    record MergeStep(int caseRef, Who who, Seen seen, int into, Text reason) implements ExistingStep {

        /** An {@code into} that names no case. */
        static final int MISSING = -1;

        @Override
        public Action action() {
            return Action.MERGE;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            CaseId target = context.caseAt(into).map(t -> t.id).orElse(CaseId.of("YH-NO-SUCH-CASE"));
            return new Merge(c.id, expectedVersion, target, reason.value("同一隐患重复上报"));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.REPORTED || c.state == CaseState.REGISTERED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            if (reason == Text.BLANK) {
                return Optional.of("blank reason");
            }
            Optional<ModelCase> target = context.caseAt(into);
            if (target.isEmpty()) {
                return Optional.of("no such target case");
            } else if (target.get().id.equals(c.id)) {
                return Optional.of("merged into itself");
            } else if (!isOpen(target.get().state)) {
                return Optional.of("target case is " + target.get().state);
            }
            return Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.mergedInto = Optional.of(context.caseAt(into).orElseThrow().id);
            c.enter(CaseState.MERGED, context.now());
            return List.of("CaseMerged");
        }

        @Override
        public String toString() {
            return "merge(case#" + caseRef + " into " + (into == MISSING ? "a missing case" : "case#" + into) + " by "
                    + who + " " + seen + " reason " + reason + ")";
        }
    }

    /** How a dispatch names its department. */
    enum DepartmentChoice {
        /** Leave it to the duty matrix. */
        ROUTED,
        /** Name the department the matrix routes to (PUBLIC: the public security bureau). */
        SAME_AS_ROUTED,
        /** Name another known department. */
        OTHER,
        /** Name an id that is no department. */
        UNKNOWN;

        Optional<DepartmentId> pick(SafetyDomain domain) {
            DepartmentId routed = ROUTES.get(domain);
            return switch (this) {
                case ROUTED -> Optional.empty();
                case SAME_AS_ROUTED -> Optional.of(routed != null ? routed : PUBLIC_SECURITY);
                case OTHER -> Optional.of(EMERGENCY.equals(routed) ? FIRE_BRIGADE : EMERGENCY);
                case UNKNOWN -> Optional.of(DepartmentId.of("no-such-department"));
            };
        }
    }

    record DispatchStep(
            int caseRef,
            Who who,
            Seen seen,
            DepartmentChoice department,
            Optional<Text> overrideReason,
            boolean plan,
            boolean supervision)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.DISPATCH;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Dispatch(
                    c.id,
                    expectedVersion,
                    department.pick(c.domain),
                    overrideReason.map(t -> t.value("属地管理，改派")),
                    Optional.of("handler-1"),
                    plan
                            ? Optional.of(
                                    new RectificationPlan("张厂长", "更换防护设施", "五万元", LocalDate.of(2026, 6, 30), "设置警戒区"))
                            : Optional.empty(),
                    supervision ? Optional.of(new ListedSupervision("区安委办", "区安委办督〔2026〕12号")) : Optional.empty());
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.REGISTERED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            DepartmentId routed = ROUTES.get(c.domain);
            Optional<DepartmentId> chosen = department.pick(c.domain);
            if (overrideReason.equals(Optional.of(Text.BLANK))) {
                problems.add("blank override reason");
            }
            if (chosen.isPresent()) {
                if (!DEPARTMENTS.contains(chosen.get())) {
                    problems.add("unknown department");
                } else if (!chosen.get().equals(routed) && overrideReason.isEmpty()) {
                    problems.add("overrides the duty matrix without a reason");
                }
            } else if (routed == null) {
                problems.add("no duty rule and no department named");
            }
            if (c.grade == HazardGrade.MAJOR && !(plan && supervision)) {
                problems.add("major hazard without plan and listed supervision");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.department = Optional.of(department.pick(c.domain).orElseGet(() -> ROUTES.get(c.domain)));
            c.enter(CaseState.DISPATCHED, context.now());
            return List.of("CaseDispatched");
        }

        @Override
        public String toString() {
            return "dispatch(case#" + caseRef + " by " + who + " " + seen + " " + department
                    + overrideReason.map(t -> " override reason " + t).orElse("")
                    + (plan ? " +plan" : "")
                    + (supervision ? " +supervision" : "") + ")";
        }
    }

    record SubmitStep(int caseRef, Who who, Seen seen, Text evidence) implements ExistingStep {

        @Override
        public Action action() {
            return Action.SUBMIT_RECTIFICATION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new SubmitRectification(c.id, expectedVersion, evidence.value("已整改完毕"), List.of("photo:after"));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return evidence == Text.BLANK ? Optional.of("blank evidence") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.pendingExtension = Optional.empty();
            c.enter(CaseState.RECTIFIED, context.now());
            return List.of("RectificationSubmitted");
        }

        @Override
        public String toString() {
            return "submitRectification(case#" + caseRef + " by " + who + " " + seen + " evidence " + evidence + ")";
        }
    }

    /** Which deadline an extension asks for, relative to the current one. */
    enum Ask {
        THREE_DAYS_LATER,
        SAME,
        ONE_HOUR_EARLIER;

        Instant from(Instant deadline) {
            return switch (this) {
                case THREE_DAYS_LATER -> deadline.plus(Duration.ofDays(3));
                case SAME -> deadline;
                case ONE_HOUR_EARLIER -> deadline.minus(Duration.ofHours(1));
            };
        }
    }

    record RequestExtensionStep(int caseRef, Who who, Seen seen, Ask ask, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.REQUEST_EXTENSION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new RequestExtension(
                    c.id, expectedVersion, ask.from(c.deadline.orElse(context.now())), reason.value("设备到货延迟"));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED && c.pendingExtension.isEmpty();
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            Instant asked = ask.from(c.deadline.orElseThrow());
            if (reason == Text.BLANK) {
                return Optional.of("blank reason");
            } else if (!asked.isAfter(c.deadline.orElseThrow())) {
                return Optional.of("not after the current deadline");
            } else if (!asked.isAfter(context.now())) {
                return Optional.of("not in the future");
            }
            return Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.pendingExtension = Optional.of(ask.from(c.deadline.orElseThrow()));
            return List.of("ExtensionRequested");
        }

        @Override
        public String toString() {
            return "requestExtension(case#" + caseRef + " by " + who + " " + seen + " " + ask + " reason " + reason
                    + ")";
        }
    }

    /** Approve (with an optional note) or deny (with a reason) the pending extension request. */
    record DecideExtensionStep(int caseRef, Who who, Seen seen, boolean approve, Optional<Text> text)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.DECIDE_EXTENSION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return approve
                    ? new ApproveExtension(c.id, expectedVersion, text.map(t -> t.value("同意")))
                    : new DenyExtension(
                            c.id, expectedVersion, text.orElse(Text.BLANK).value("理由不充分"));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED && c.pendingExtension.isPresent();
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            if (approve) {
                return text.filter(t -> t == Text.BLANK).map(t -> "blank note");
            }
            return text.filter(t -> t == Text.OK).isPresent() ? Optional.empty() : Optional.of("no reason to deny");
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            if (approve) {
                c.deadline = c.pendingExtension;
                c.extensionCount++;
            }
            c.pendingExtension = Optional.empty();
            return List.of(approve ? "ExtensionApproved" : "ExtensionDenied");
        }

        @Override
        public String toString() {
            return (approve ? "approveExtension" : "denyExtension") + "(case#" + caseRef + " by " + who + " " + seen
                    + text.map(t -> (approve ? " note " : " reason ") + t).orElse("") + ")";
        }
    }

    record VerifyStep(int caseRef, Who who, Seen seen, boolean passed, Optional<Text> remarks) implements ExistingStep {

        @Override
        public Action action() {
            return Action.VERIFY;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Verify(c.id, expectedVersion, passed, remarks.map(t -> t.value(passed ? "合格" : "防护栏未固定")));
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.RECTIFIED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            if (remarks.equals(Optional.of(Text.BLANK))) {
                return Optional.of("blank remarks");
            }
            return !passed && remarks.isEmpty() ? Optional.of("failed without remarks") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            if (passed) {
                c.enter(CaseState.VERIFIED, context.now());
                return List.of("VerificationPassed");
            }
            c.reworkCount++;
            c.enter(CaseState.DISPATCHED, context.now());
            return List.of("VerificationFailed");
        }

        @Override
        public String toString() {
            return "verify(case#" + caseRef + " by " + who + " " + seen + (passed ? " pass" : " fail")
                    + remarks.map(t -> " remarks " + t).orElse("") + ")";
        }
    }

    record CloseStep(int caseRef, Who who, Seen seen, Optional<Integer> satisfaction) implements ExistingStep {

        @Override
        public Action action() {
            return Action.CLOSE;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Close(c.id, expectedVersion, satisfaction, Optional.of("满意"), Optional.empty());
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.VERIFIED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return satisfaction.filter(s -> s < 1 || s > 5).map(s -> "satisfaction " + s + " out of 1-5");
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.closedOnTime = Optional.of(!c.everOverdue && !c.overdueAt(context.now()));
            c.satisfaction = satisfaction;
            c.enter(CaseState.CLOSED, context.now());
            return List.of("CaseClosed");
        }

        @Override
        public String toString() {
            return "close(case#" + caseRef + " by " + who + " " + seen
                    + satisfaction.map(s -> " satisfaction " + s).orElse("") + ")";
        }
    }

    /** 督办 of one case, through {@code Casework.execute}, judged at the clock's time. */
    record EscalateStep(int caseRef, Who who, Seen seen) implements ExistingStep {

        @Override
        public Action action() {
            return Action.ESCALATE;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return new Escalate(c.id, expectedVersion, context.now());
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return true;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            return escalate(c, context.now());
        }

        @Override
        public String toString() {
            return "escalate(case#" + caseRef + " by " + who + " " + seen + ")";
        }
    }

    /** Climbs the ladder as far as is due at {@code now}; returns the escalation events owed. */
    static List<String> escalate(ModelCase c, Instant now) {
        List<String> events = new ArrayList<>();
        for (EscalationRung rung : c.escalationsAt(now)) {
            c.rung = rung;
            c.everOverdue = true;
            events.add("CaseEscalated(" + rung + ")");
        }
        return events;
    }

    // ---------------------------------------------------------------- driving the run

    /**
     * The case's natural next step, by an authorised actor at the current version: what a working
     * district would do. Without cases it reports one. It keeps runs reaching the later steps.
     */
    record Proceed(int caseRef, int who, boolean pass) implements Step {
        @Override
        public String toString() {
            return "proceed(case#" + caseRef + " by authorised#" + who
                    + (pass ? "" : ", failing verification or denying") + ")";
        }
    }

    /** Reading a case and its history: allowed or refused, and never a change. */
    record ReadStep(int caseRef, Who who) implements Step {
        @Override
        public String toString() {
            return "read(case#" + caseRef + " by " + who + ")";
        }
    }

    /** The scheduled escalation of every overdue case, run twice with the same time. */
    record EscalateOverdue() implements Step {
        @Override
        public String toString() {
            return "escalateOverdue()";
        }
    }

    record AdvanceClock(Duration amount) implements Step {
        @Override
        public String toString() {
            return "advanceClock(" + amount.toString().substring(2).toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    // ---------------------------------------------------------------- generators
    // Each choice lists its simplest value first: QuickTheories shrinks towards it.

    private static final Gen<Integer> CASE_REF = Generate.range(0, 7);
    private static final Gen<Integer> SMALL = Generate.range(0, 12);

    private static Gen<Who> who() {
        Gen<Who> authorised = SMALL.map(n -> new Who(false, n));
        Gen<Who> anyone = SMALL.map(n -> new Who(true, n));
        return Generate.frequency(Pair.of(7, authorised), Pair.of(3, anyone));
    }

    private static <T> Gen<T> weighted(T first, int firstWeight, List<T> rest) {
        return Generate.frequency(
                Pair.of(firstWeight, Generate.constant(first)), Pair.of(100 - firstWeight, Generate.pick(rest)));
    }

    private static final Gen<Who> WHO = who();
    private static final Gen<Seen> SEEN = weighted(Seen.CURRENT, 80, List.of(Seen.STALE, Seen.NONE));
    private static final Gen<Text> TEXT = weighted(Text.OK, 90, List.of(Text.BLANK));
    private static final Gen<Optional<Text>> OPTIONAL_TEXT = weighted(
            Optional.empty(), 50, List.of(Optional.of(Text.OK), Optional.of(Text.OK), Optional.of(Text.BLANK)));
    private static final Gen<SafetyDomain> DOMAIN =
            Generate.pick(List.of(SafetyDomain.FIRE, SafetyDomain.PRODUCTION, SafetyDomain.PUBLIC));
    private static final Gen<HazardGrade> GRADE = weighted(HazardGrade.GENERAL, 80, List.of(HazardGrade.MAJOR));

    private static Gen<ReportSpec> reports() {
        Gen<Optional<CaseSource>> source = weighted(
                Optional.empty(),
                85,
                List.of(CaseSource.values()).stream().map(Optional::of).toList());
        List<String> elsewhere = new ArrayList<>();
        GRIDS.stream().map(code -> code.value()).sorted().forEach(elsewhere::add);
        elsewhere.add(UNKNOWN_GRID.value());
        POINTS.keySet().stream().sorted().forEach(elsewhere::add);
        Gen<String> where = weighted("home", 50, elsewhere);
        Gen<String> hazard = weighted("2102", 85, List.of("1101", "31", UNKNOWN_HAZARD));
        Gen<Optional<String>> enterpriseId =
                weighted(Optional.empty(), 70, List.of(Optional.of(ENTERPRISE_A), Optional.of(ENTERPRISE_B)));
        Gen<Integer> actor = Generate.range(0, CAST.size() - 1);
        return in -> new ReportSpec(
                actor.generate(in),
                source.generate(in),
                where.generate(in),
                DOMAIN.generate(in),
                hazard.generate(in),
                GRADE.generate(in),
                TEXT.generate(in),
                enterpriseId.generate(in));
    }

    /** One step of a run. */
    static Gen<Step> steps() {
        Gen<ReportSpec> report = reports();
        Gen<Step> reportStep = report.map(ReportStep::new);
        Gen<Step> fixedOnSpot = in -> new FixedOnSpotStep(report.generate(in), TEXT.generate(in));
        Gen<Step> register = in -> new RegisterStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                weighted(Optional.<SafetyDomain>empty(), 80, List.of(Optional.of(SafetyDomain.PRODUCTION)))
                        .generate(in),
                weighted(Optional.<String>empty(), 85, List.of(Optional.of("1101"), Optional.of(UNKNOWN_HAZARD)))
                        .generate(in),
                weighted(
                                Optional.<HazardGrade>empty(),
                                75,
                                List.of(Optional.of(HazardGrade.MAJOR), Optional.of(HazardGrade.GENERAL)))
                        .generate(in),
                OPTIONAL_TEXT.generate(in));
        Gen<Step> reject =
                in -> new RejectStep(CASE_REF.generate(in), WHO.generate(in), SEEN.generate(in), TEXT.generate(in));
        Gen<Integer> into = Generate.pick(List.of(0, 1, 2, 3, 4, MergeStep.MISSING));
        Gen<Step> merge = in -> new MergeStep(
                CASE_REF.generate(in), WHO.generate(in), SEEN.generate(in), into.generate(in), TEXT.generate(in));
        Gen<Step> dispatch = in -> new DispatchStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                weighted(
                                DepartmentChoice.ROUTED,
                                60,
                                List.of(
                                        DepartmentChoice.SAME_AS_ROUTED,
                                        DepartmentChoice.OTHER,
                                        DepartmentChoice.OTHER,
                                        DepartmentChoice.UNKNOWN))
                        .generate(in),
                OPTIONAL_TEXT.generate(in),
                weighted(true, 80, List.of(false)).generate(in),
                weighted(true, 80, List.of(false)).generate(in));
        Gen<Step> submit =
                in -> new SubmitStep(CASE_REF.generate(in), WHO.generate(in), SEEN.generate(in), TEXT.generate(in));
        Gen<Step> requestExtension = in -> new RequestExtensionStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                weighted(Ask.THREE_DAYS_LATER, 70, List.of(Ask.SAME, Ask.ONE_HOUR_EARLIER))
                        .generate(in),
                TEXT.generate(in));
        Gen<Step> decideExtension = in -> new DecideExtensionStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                Generate.booleans().generate(in),
                weighted(Optional.of(Text.OK), 60, List.of(Optional.<Text>empty(), Optional.of(Text.BLANK)))
                        .generate(in));
        Gen<Step> verify = in -> new VerifyStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                weighted(true, 60, List.of(false)).generate(in),
                weighted(Optional.of(Text.OK), 70, List.of(Optional.<Text>empty(), Optional.of(Text.BLANK)))
                        .generate(in));
        Gen<Step> close = in -> new CloseStep(
                CASE_REF.generate(in),
                WHO.generate(in),
                SEEN.generate(in),
                weighted(
                                Optional.<Integer>empty(),
                                40,
                                List.of(Optional.of(5), Optional.of(4), Optional.of(1), Optional.of(0), Optional.of(6)))
                        .generate(in));
        Gen<Step> escalate = in -> new EscalateStep(CASE_REF.generate(in), WHO.generate(in), SEEN.generate(in));
        Gen<Step> proceed = in -> new Proceed(
                CASE_REF.generate(in),
                SMALL.generate(in),
                weighted(true, 80, List.of(false)).generate(in));
        Gen<Step> advance = Generate.pick(List.of(
                        Duration.ofMinutes(15),
                        Duration.ofHours(1),
                        Duration.ofHours(3),
                        Duration.ofHours(7),
                        Duration.ofHours(16),
                        Duration.ofDays(1),
                        Duration.ofDays(2),
                        Duration.ofDays(3),
                        Duration.ofDays(6),
                        Duration.ofDays(12)))
                .map(AdvanceClock::new);
        Gen<Step> read = in -> new ReadStep(CASE_REF.generate(in), WHO.generate(in));
        return Generate.frequency(List.of(
                Pair.of(28, proceed),
                Pair.of(10, reportStep),
                Pair.of(12, advance),
                Pair.of(5, Generate.constant(new EscalateOverdue())),
                Pair.of(3, fixedOnSpot),
                Pair.of(5, register),
                Pair.of(3, reject),
                Pair.of(3, merge),
                Pair.of(5, dispatch),
                Pair.of(4, submit),
                Pair.of(4, requestExtension),
                Pair.of(4, decideExtension),
                Pair.of(4, verify),
                Pair.of(3, close),
                Pair.of(2, escalate),
                Pair.of(2, read)));
    }
}
