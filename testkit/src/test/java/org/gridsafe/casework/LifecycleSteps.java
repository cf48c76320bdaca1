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
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
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
            permits ReportStep, FixedOnSpotStep, ExistingStep, Proceed, ReadStep, EscalateOverdue, AdvanceClock, Skip {}

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
            Optional<String> enterpriseId,
            Optional<String> criterion,
            boolean omitGrade) {

        /** A report that links no criterion and gives its grade. */
        ReportSpec(
                int actor,
                Optional<CaseSource> source,
                String where,
                SafetyDomain domain,
                String hazard,
                HazardGrade grade,
                Text description,
                Optional<String> enterpriseId) {
            this(actor, source, where, domain, hazard, grade, description, enterpriseId, Optional.empty(), false);
        }

        /** The grade the report gives, or none when it leaves it out. */
        Optional<HazardGrade> givenGrade() {
            return omitGrade ? Optional.empty() : Optional.of(grade);
        }

        @Override
        public String toString() {
            return "by " + CAST.get(actor % CAST.size()).id()
                    + source.map(s -> " as " + s).orElse("")
                    + " at " + where + ", " + domain + " " + hazard + " " + (omitGrade ? "no grade" : grade)
                    + (description == Text.BLANK ? ", blank description" : "")
                    + enterpriseId.map(e -> ", enterprise " + e).orElse("")
                    + criterion.map(k -> ", criterion " + k).orElse("");
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
                    ReturnStep,
                    ReassignStep,
                    RequestExtensionStep,
                    DecideExtensionStep,
                    VerifyStep,
                    CloseStep,
                    EscalateStep,
                    ChangeEntityStep,
                    SuspendStep,
                    ResumeStep,
                    ReopenStep,
                    DowngradeStep,
                    ChangeCriterionStep,
                    FileReportStep,
                    StopProductionStep,
                    ApplyResumptionStep,
                    ReviewResumptionStep {

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
            Optional<Text> note,
            Optional<String> criterion)
            implements ExistingStep {

        /** A registration that links no criterion. */
        RegisterStep(
                int caseRef,
                Who who,
                Seen seen,
                Optional<SafetyDomain> domain,
                Optional<String> hazard,
                Optional<HazardGrade> grade,
                Optional<Text> note) {
            this(caseRef, who, seen, domain, hazard, grade, note, Optional.empty());
        }

        /** The grade after registration: a linked criterion makes an unset grade MAJOR. */
        HazardGrade gradeFor(ModelCase c) {
            return grade.orElse(criterion.isPresent() ? HazardGrade.MAJOR : c.grade);
        }

        @Override
        public Action action() {
            return Action.REGISTER;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Register.of(c.id)
                    .expectedVersion(expectedVersion)
                    .domain(domain)
                    .hazard(hazard.map(HazardCode::parse))
                    .grade(grade)
                    .note(note.map(t -> t.value("情况属实，予以立案")))
                    .majorHazardCriterion(criterion.orElse(null))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.REPORTED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (!KNOWN_HAZARDS.contains(hazard.orElse(c.hazard))) {
                problems.add("hazard code not in the catalog");
            }
            if (note.filter(t -> t == Text.BLANK).isPresent()) {
                problems.add("blank note");
            }
            if (criterion.filter(k -> !KNOWN_CRITERIA.contains(k)).isPresent()) {
                problems.add("unknown criterion");
            }
            if ((criterion.isPresent() || c.criterion.isPresent()) && gradeFor(c) != HazardGrade.MAJOR) {
                problems.add("a case linked to a criterion registered GENERAL");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.domain = domain.orElse(c.domain);
            c.hazard = hazard.orElse(c.hazard);
            c.grade = gradeFor(c);
            c.criterion = criterion.or(() -> c.criterion);
            c.enter(CaseState.REGISTERED, context.now());
            return List.of("CaseRegistered");
        }

        @Override
        public String toString() {
            return "register(case#" + caseRef + " by " + who + " " + seen
                    + domain.map(d -> " domain→" + d).orElse("")
                    + hazard.map(h -> " hazard→" + h).orElse("")
                    + grade.map(g -> " grade→" + g).orElse("")
                    + note.map(t -> " note " + t).orElse("")
                    + criterion.map(k -> " criterion→" + k).orElse("") + ")";
        }
    }

    record RejectStep(int caseRef, Who who, Seen seen, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.REJECT;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Reject.of(c.id)
                    .expectedVersion(expectedVersion)
                    .reason(reason.value("不属于安全隐患"))
                    .build();
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
            return Merge.of(c.id)
                    .expectedVersion(expectedVersion)
                    .into(target)
                    .reason(reason.value("同一隐患重复上报"))
                    .build();
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
            return Dispatch.of(c.id)
                    .expectedVersion(expectedVersion)
                    .department(department.pick(c.domain))
                    .overrideReason(overrideReason.map(t -> t.value("属地管理，改派")))
                    .handlerId("handler-1")
                    .plan(plan ? new RectificationPlan("张厂长", "更换防护设施", "五万元", PLAN_DUE, "设置警戒区") : null)
                    .listedSupervision(supervision ? new ListedSupervision("区安委办", "区安委办督〔2026〕12号") : null)
                    .treatmentPlan(plan ? org.gridsafe.testkit.SamplePlans.treatment() : null)
                    .build();
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
            if (c.grade == HazardGrade.MAJOR
                    && plan
                    && PLAN_DUE.isBefore(context.now().atZone(CALENDAR.zone()).toLocalDate())) {
                problems.add("the plan's due date lies before today");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.department = Optional.of(department.pick(c.domain).orElseGet(() -> ROUTES.get(c.domain)));
            c.enter(CaseState.DISPATCHED, context.now());
            c.everDispatched = true;
            if (c.grade != HazardGrade.MAJOR) {
                return List.of("CaseDispatched");
            }
            // A major hazard's rectification is due at the end of its plan's due date, and its reports arise.
            c.deadline = Optional.of(
                    PLAN_DUE.plusDays(1).atStartOfDay(CALENDAR.zone()).toInstant());
            List<String> events = new ArrayList<>(List.of("CaseDispatched"));
            events.addAll(c.reportsDueIfNone(context.now()));
            return events;
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
            return SubmitRectification.of(c.id)
                    .expectedVersion(expectedVersion)
                    .evidence(evidence.value("已整改完毕"))
                    .attachments(List.of("photo:after"))
                    .build();
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

    /** 回退: the department hands a dispatched case back to the command center. */
    record ReturnStep(int caseRef, Who who, Seen seen, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.RETURN;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return ReturnCase.of(c.id)
                    .expectedVersion(expectedVersion)
                    .reason(reason.value("不属于本部门职责"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return reason == Text.BLANK ? Optional.of("blank reason") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.department = Optional.empty();
            c.pendingExtension = Optional.empty();
            c.enter(CaseState.REGISTERED, context.now());
            return List.of("CaseReturned");
        }

        @Override
        public String toString() {
            return "return(case#" + caseRef + " by " + who + " " + seen + " reason " + reason + ")";
        }
    }

    /** 改派: the command center moves a dispatched case to another department. */
    record ReassignStep(int caseRef, Who who, Seen seen, DepartmentChoice department, Text reason)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.REASSIGN;
        }

        /** The department named: the routed one, another, or an unknown id; ROUTED names none. */
        Optional<DepartmentId> named(ModelCase c) {
            return department == DepartmentChoice.ROUTED ? Optional.empty() : department.pick(c.domain);
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Reassign.of(c.id)
                    .expectedVersion(expectedVersion)
                    .department(named(c).orElse(null))
                    .reason(reason.value("派遣错误，改派"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            Optional<DepartmentId> to = named(c);
            if (to.isEmpty()) {
                problems.add("no department named");
            } else if (!DEPARTMENTS.contains(to.get())) {
                problems.add("unknown department");
            } else if (to.equals(c.department)) {
                problems.add("already with that department");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            // The step stays DISPATCHED (so the rung stays); the new department's clock starts now.
            c.everOverdue |= c.overdueAt(context.now());
            c.department = named(c);
            c.pendingExtension = Optional.empty();
            c.deadline = Optional.of(LifecycleModel.deadline(CaseState.DISPATCHED, c.grade, context.now()));
            return List.of("CaseReassigned");
        }

        @Override
        public String toString() {
            return "reassign(case#" + caseRef + " by " + who + " " + seen + " " + department + " reason " + reason
                    + ")";
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
            return RequestExtension.of(c.id)
                    .expectedVersion(expectedVersion)
                    .requestedDeadline(ask.from(c.deadline.orElse(context.now())))
                    .reason(reason.value("设备到货延迟"))
                    .build();
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
                    ? ApproveExtension.of(c.id)
                            .expectedVersion(expectedVersion)
                            .note(text.map(t -> t.value("同意")))
                            .build()
                    : DenyExtension.of(c.id)
                            .expectedVersion(expectedVersion)
                            .reason(text.orElse(Text.BLANK).value("理由不充分"))
                            .build();
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
            return Verify.of(c.id)
                    .expectedVersion(expectedVersion)
                    .passed(passed)
                    .remarks(remarks.map(t -> t.value(passed ? "合格" : "防护栏未固定")))
                    .build();
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
            return Close.of(c.id)
                    .expectedVersion(expectedVersion)
                    .satisfaction(satisfaction)
                    .feedback("满意")
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            // A major hazard closes only once its reports are filed.
            return c.state == CaseState.VERIFIED && (c.grade != HazardGrade.MAJOR || !c.owesReport());
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
            return Escalate.of(c.id)
                    .expectedVersion(expectedVersion)
                    .now(context.now())
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            // Every state where a step runs; a suspended case has none, so nothing to escalate.
            return isOpen(c.state);
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

    /** 变更涉及单位: the command center names, changes or removes the entity a case concerns. */
    record ChangeEntityStep(int caseRef, Who who, Seen seen, Optional<String> entity, Text reason)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.CHANGE_CASE_ENTITY;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return ChangeCaseEntity.of(c.id)
                    .expectedVersion(expectedVersion)
                    .entity(entity.map(org.gridsafe.registry.EntityId::of).orElse(null))
                    .reason(reason.value("核实涉及单位"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            // the row is for open cases: not closed, rejected, merged or suspended
            return LifecycleModel.isOpen(c.state);
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            // Without a registry any id is accepted; naming what the case already names changes nothing.
            if (entity.equals(c.entity)) {
                problems.add("the case already names that (or no) entity");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.entity = entity;
            return List.of("CaseEntityChanged");
        }

        @Override
        public String toString() {
            return "changeEntity(case#" + caseRef + " by " + who + " " + seen + " to " + entity.orElse("none")
                    + " reason " + reason + ")";
        }
    }

    /** 重大事故隐患降级: the command center makes an open MAJOR case GENERAL, with a reason. */
    record DowngradeStep(int caseRef, Who who, Seen seen, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.DOWNGRADE_MAJOR_HAZARD;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return DowngradeMajorHazard.of(c.id)
                    .expectedVersion(expectedVersion)
                    .reason(reason.value("复核不属于重大事故隐患"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            // the row is for open cases: not closed, rejected, merged or suspended
            return LifecycleModel.isOpen(c.state);
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            if (c.grade != HazardGrade.MAJOR) {
                problems.add("the case is not MAJOR");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            // The deadline is kept: a downgrade never lengthens the running clock.
            c.grade = HazardGrade.GENERAL;
            c.criterion = Optional.empty();
            return List.of("MajorHazardDowngraded");
        }

        @Override
        public String toString() {
            return "downgrade(case#" + caseRef + " by " + who + " " + seen + " reason " + reason + ")";
        }
    }

    /** 变更重大事故隐患判定依据: the command center links a criterion to an open case, or replaces it. */
    record ChangeCriterionStep(int caseRef, Who who, Seen seen, Optional<String> criterion, Text reason)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.CHANGE_MAJOR_HAZARD_CRITERION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return ChangeMajorHazardCriterion.of(c.id)
                    .expectedVersion(expectedVersion)
                    .criterion(criterion.orElse(null))
                    .reason(reason.value("复核：符合重大事故隐患判定标准"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            // the row is for open cases: not closed, rejected, merged or suspended
            return LifecycleModel.isOpen(c.state);
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            if (criterion.isEmpty()) {
                problems.add("no criterion");
            } else if (!KNOWN_CRITERIA.contains(criterion.get())) {
                problems.add("unknown criterion");
            } else if (criterion.equals(c.criterion)) {
                problems.add("the criterion already linked");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            // The deadline is kept: the link changes what the case is, not the running clock.
            c.grade = HazardGrade.MAJOR;
            c.criterion = criterion;
            List<String> events = new ArrayList<>(List.of("MajorHazardCriterionChanged"));
            if (c.everDispatched) {
                events.addAll(c.reportsDueIfNone(context.now()));
            }
            return events;
        }

        @Override
        public String toString() {
            return "changeCriterion(case#" + caseRef + " by " + who + " " + seen + " "
                    + criterion.orElse("no criterion") + " reason " + reason + ")";
        }
    }

    /** Which review date a suspension names, relative to today in the district's zone. */
    enum Review {
        TOMORROW(1),
        NEXT_WEEK(7),
        TODAY(0),
        TOO_FAR(Suspending.MAX_REVIEW_DAYS + 1),
        NONE(-1);

        private final int days;

        Review(int days) {
            this.days = days;
        }

        Optional<LocalDate> from(Instant now) {
            return this == NONE
                    ? Optional.empty()
                    : Optional.of(now.atZone(CALENDAR.zone()).toLocalDate().plusDays(days));
        }

        boolean valid() {
            return this == TOMORROW || this == NEXT_WEEK;
        }
    }

    /** 缓办 / 挂账 of dispatched work (or renewal of a suspension), approved by the command center. */
    record SuspendStep(
            int caseRef, Who who, Seen seen, Optional<SuspensionKind> kind, Text reason, Text approval, Review review)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.SUSPEND;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Suspend.of(c.id)
                    .expectedVersion(expectedVersion)
                    .kind(kind.orElse(null))
                    .reason(reason.value("需待汛期结束后施工"))
                    .approval(approval.value("街道网格办 李主任批准"))
                    .reviewDate(review.from(context.now()).orElse(null))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED || c.state == CaseState.SUSPENDED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (kind.isEmpty()) {
                problems.add("no kind");
            }
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            if (approval == Text.BLANK) {
                problems.add("blank approval");
            }
            if (!review.valid()) {
                problems.add("review date " + review);
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            // The first suspension is a step change (the rung starts again, lateness so far counts);
            // a renewal stays in SUSPENDED. Either way no deadline runs.
            if (c.state != CaseState.SUSPENDED) {
                c.enter(CaseState.SUSPENDED, context.now());
            }
            c.suspendedAs = kind;
            c.reviewAt = review.from(context.now())
                    .map(d -> d.atStartOfDay(CALENDAR.zone()).toInstant());
            return List.of("CaseSuspended");
        }

        @Override
        public String toString() {
            return "suspend(case#" + caseRef + " by " + who + " " + seen + " "
                    + kind.map(Enum::name).orElse("no kind") + " reason " + reason + " approval " + approval
                    + " review " + review + ")";
        }
    }

    /** Ends a suspension by hand: DISPATCHED again with a full rectification limit from now. */
    record ResumeStep(int caseRef, Who who, Seen seen, Text reason) implements ExistingStep {

        @Override
        public Action action() {
            return Action.RESUME;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Resume.of(c.id)
                    .expectedVersion(expectedVersion)
                    .reason(reason.value("资金已到位"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.SUSPENDED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return reason == Text.BLANK ? Optional.of("blank reason") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            resume(c, context.now());
            return List.of("CaseResumed");
        }

        @Override
        public String toString() {
            return "resume(case#" + caseRef + " by " + who + " " + seen + " reason " + reason + ")";
        }
    }

    /** 投诉重办: a complaint after closing reopens the case, within 30 days of the closing. */
    record ReopenStep(int caseRef, Who who, Seen seen, Text complaint) implements ExistingStep {

        @Override
        public Action action() {
            return Action.REOPEN;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return Reopen.of(c.id)
                    .expectedVersion(expectedVersion)
                    .complaint(complaint.value("通道又被堵上了"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.CLOSED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (complaint == Text.BLANK) {
                problems.add("blank complaint");
            }
            if (context.now().isAfter(c.closedAt.orElseThrow().plus(Duration.ofDays(30)))) {
                problems.add("more than 30 days after closing");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.enter(CaseState.DISPATCHED, context.now());
            c.closedOnTime = Optional.empty();
            c.satisfaction = Optional.empty();
            c.reopenCount++;
            return List.of("CaseReopened");
        }

        @Override
        public String toString() {
            return "reopen(case#" + caseRef + " by " + who + " " + seen + " complaint " + complaint + ")";
        }
    }

    /** The plan's due date in every dispatch of a major hazard: the case's rectification deadline. */
    static final LocalDate PLAN_DUE = LocalDate.of(2026, 6, 30);

    /** 重大事故隐患报告: a report the case owes, filed with its recipient and reference. */
    record FileReportStep(
            int caseRef, Who who, Seen seen, Optional<MajorHazardReportKind> kind, Text recipient, Text reference)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.FILE_MAJOR_HAZARD_REPORT;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return FileMajorHazardReport.of(c.id)
                    .expectedVersion(expectedVersion)
                    .kind(kind.orElse(null))
                    .recipient(recipient.value("区应急管理局"))
                    .reference(reference.value("隐患报告〔2026〕1号"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return !finished(c.state) && c.owesReport();
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (recipient == Text.BLANK) {
                problems.add("blank recipient");
            }
            if (reference == Text.BLANK) {
                problems.add("blank reference");
            }
            if (kind.isEmpty()) {
                problems.add("no kind");
            } else if (!c.reportsDue.containsKey(kind.get())) {
                problems.add("a report the case does not owe");
            } else if (c.reportsFiled.containsKey(kind.get())) {
                problems.add("a report already filed");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.reportsFiled.put(kind.orElseThrow(), context.now());
            return List.of("MajorHazardReportFiled");
        }

        @Override
        public String toString() {
            return "fileReport(case#" + caseRef + " by " + who + " " + seen + " "
                    + kind.map(Enum::name).orElse("no kind") + " recipient " + recipient + " reference " + reference
                    + ")";
        }
    }

    /** 停产停业: a dispatched major hazard's production stops; the running deadline is kept. */
    record StopProductionStep(
            int caseRef, Who who, Seen seen, Optional<ProductionStopScope> scope, boolean evacuated, Text reason)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.STOP_PRODUCTION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return StopProduction.of(c.id)
                    .expectedVersion(expectedVersion)
                    .scope(scope.orElse(null))
                    .evacuated(evacuated)
                    .reason(reason.value("储罐区泄漏风险无法控制"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.DISPATCHED && c.grade == HazardGrade.MAJOR;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            List<String> problems = new ArrayList<>();
            if (scope.isEmpty()) {
                problems.add("no scope");
            }
            if (reason == Text.BLANK) {
                problems.add("blank reason");
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            Optional<Instant> running = c.deadline;
            c.enter(CaseState.PRODUCTION_STOPPED, context.now());
            c.deadline = running;
            c.pendingExtension = Optional.empty();
            c.stopped = scope;
            return List.of("ProductionStopped");
        }

        @Override
        public String toString() {
            return "stopProduction(case#" + caseRef + " by " + who + " " + seen + " "
                    + scope.map(Enum::name).orElse("no scope") + (evacuated ? " evacuated" : "") + " reason " + reason
                    + ")";
        }
    }

    /** 恢复生产申请: the review falls due ten days on. */
    record ApplyResumptionStep(int caseRef, Who who, Seen seen, Text summary) implements ExistingStep {

        @Override
        public Action action() {
            return Action.APPLY_FOR_RESUMPTION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return ApplyForResumption.of(c.id)
                    .expectedVersion(expectedVersion)
                    .summary(summary.value("储罐已更换，经检测合格"))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.PRODUCTION_STOPPED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            return summary == Text.BLANK ? Optional.of("blank summary") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            c.enter(CaseState.RESUMPTION_REQUESTED, context.now());
            c.deadline = Optional.of(context.now().plus(RESUMPTION_REVIEW));
            return List.of("ResumptionApplied");
        }

        @Override
        public String toString() {
            return "applyForResumption(case#" + caseRef + " by " + who + " " + seen + " summary " + summary + ")";
        }
    }

    /** 恢复生产审查: passed writes the hazard off (核销) and leads to VERIFIED; failed stops it again. */
    record ReviewResumptionStep(int caseRef, Who who, Seen seen, boolean passed, Optional<Text> remarks)
            implements ExistingStep {

        @Override
        public Action action() {
            return Action.REVIEW_RESUMPTION;
        }

        @Override
        public ExistingCaseCommand command(ModelCase c, OptionalLong expectedVersion, Context context) {
            return ReviewResumption.of(c.id)
                    .expectedVersion(expectedVersion)
                    .passed(passed)
                    .remarks(remarks.map(t -> t.value(passed ? "现场审查合格" : "防爆电气未更换"))
                            .orElse(null))
                    .build();
        }

        @Override
        public boolean fitsState(ModelCase c) {
            return c.state == CaseState.RESUMPTION_REQUESTED;
        }

        @Override
        public Optional<String> invalid(ModelCase c, Context context) {
            if (remarks.equals(Optional.of(Text.BLANK))) {
                return Optional.of("blank remarks");
            }
            return !passed && remarks.isEmpty() ? Optional.of("refused without remarks") : Optional.empty();
        }

        @Override
        public List<String> apply(ModelCase c, Context context) {
            if (passed) {
                c.enter(CaseState.VERIFIED, context.now());
                c.writtenOffAt = Optional.of(context.now());
                c.stopped = Optional.empty();
                return List.of("ResumptionApproved");
            }
            c.reworkCount++;
            c.enter(CaseState.PRODUCTION_STOPPED, context.now());
            return List.of("ResumptionRefused");
        }

        @Override
        public String toString() {
            return "reviewResumption(case#" + caseRef + " by " + who + " " + seen + (passed ? " pass" : " fail")
                    + remarks.map(t -> " remarks " + t).orElse("") + ")";
        }
    }

    private static void resume(ModelCase c, Instant now) {
        c.enter(CaseState.DISPATCHED, now);
        c.suspendedAs = Optional.empty();
        c.reviewAt = Optional.empty();
    }

    /** The scan's rule for a suspended case: it resumes once its review date has begun. */
    static List<String> resumeAtReviewDate(ModelCase c, Instant now) {
        if (c.reviewAt.isPresent() && !now.isBefore(c.reviewAt.get())) {
            resume(c, now);
            return List.of("CaseResumed");
        }
        return List.of();
    }

    /**
     * The scan's rule for a major hazard's reports: each outstanding report climbs its own ladder
     * as far as is due at {@code now}; returns the escalation events owed.
     */
    static List<String> escalateReports(ModelCase c, Instant now) {
        List<String> events = new ArrayList<>();
        for (String climbed : c.reportEscalationsAt(now)) {
            String[] kindAndRung = climbed.split("/");
            c.reportRungs.put(MajorHazardReportKind.valueOf(kindAndRung[0]), EscalationRung.valueOf(kindAndRung[1]));
            events.add("MajorHazardReportEscalated(" + climbed + ")");
        }
        return events;
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

    /** A step that does nothing: what QuickTheories shrinks a step to when the failure does not need it. */
    record Skip() implements Step {
        @Override
        public String toString() {
            return "skip()";
        }
    }

    // ---------------------------------------------------------------- generators

    /**
     * The numbers one step is made from: every step draws {@value #FIELDS} numbers from 0 to 99 for
     * its fields and one for its kind, whatever the kind, so QuickTheories can shrink one step (down
     * to {@link Skip}, which removes it) without shifting the draws of the steps after it. Every
     * choice takes its simplest value at 0, where shrinking goes.
     */
    static final class Draw {
        static final int FIELDS = 12;

        private final int[] values;
        private int next;

        Draw(int[] values) {
            this.values = values;
        }

        private int raw() {
            return values[next++];
        }

        /** {@code first} with {@code percent}% probability, else one of {@code rest}. */
        <T> T choose(int percent, T first, List<T> rest) {
            int x = raw();
            return x < percent ? first : rest.get((x - percent) * rest.size() / (100 - percent));
        }

        <T> T pick(List<T> options) {
            return options.get(raw() * options.size() / 100);
        }

        int below(int bound) {
            return raw() % bound;
        }

        Who who() {
            int x = raw();
            return new Who(x >= 70, x % 13);
        }

        Seen seen() {
            return choose(80, Seen.CURRENT, List.of(Seen.STALE, Seen.NONE));
        }

        Text text() {
            return choose(90, Text.OK, List.of(Text.BLANK));
        }

        Optional<Text> optionalText() {
            return choose(
                    40, Optional.empty(), List.of(Optional.of(Text.OK), Optional.of(Text.OK), Optional.of(Text.BLANK)));
        }

        int caseRef() {
            return below(8);
        }
    }

    private static final List<SafetyDomain> DOMAINS =
            List.of(SafetyDomain.FIRE, SafetyDomain.PRODUCTION, SafetyDomain.PUBLIC);

    private static final List<String> ELSEWHERE = elsewhere();

    private static List<String> elsewhere() {
        List<String> places = new ArrayList<>();
        GRIDS.stream().map(GridCode::value).sorted().forEach(places::add);
        places.add(UNKNOWN_GRID.value());
        POINTS.keySet().stream().sorted().forEach(places::add);
        return List.copyOf(places);
    }

    private static ReportSpec report(Draw d) {
        return new ReportSpec(
                d.below(CAST.size()),
                d.choose(
                        85,
                        Optional.empty(),
                        List.of(CaseSource.values()).stream().map(Optional::of).toList()),
                d.choose(50, "home", ELSEWHERE),
                d.pick(DOMAINS),
                d.choose(85, "2102", List.of("1101", "31", UNKNOWN_HAZARD)),
                d.choose(80, HazardGrade.GENERAL, List.of(HazardGrade.MAJOR)),
                d.text(),
                d.choose(70, Optional.empty(), List.of(Optional.of(ENTERPRISE_A), Optional.of(ENTERPRISE_B))),
                d.choose(
                        85,
                        Optional.empty(),
                        List.of(
                                Optional.of("MEM_ORDER_10_2023:3.2"),
                                Optional.of("MEM_ORDER_10_2023:3.1"),
                                Optional.of(UNKNOWN_CRITERION))),
                d.choose(85, false, List.of(true)));
    }

    private static final List<Duration> ADVANCES = List.of(
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(7),
            Duration.ofHours(16),
            Duration.ofDays(1),
            Duration.ofDays(2),
            Duration.ofDays(3),
            Duration.ofDays(6),
            Duration.ofDays(12));

    /** A kind of step, how often it comes (percent) and how it is made from a {@link Draw}. */
    private record Kind(int percent, java.util.function.Function<Draw, Step> make) {}

    /** Skip first: it is where a step shrinks to. The percentages add up to 100. */
    private static final List<Kind> KINDS = List.of(
            new Kind(1, d -> new Skip()),
            new Kind(11, d -> new Proceed(d.caseRef(), d.below(13), d.choose(80, true, List.of(false)))),
            new Kind(9, d -> new ReportStep(report(d))),
            new Kind(10, d -> new AdvanceClock(d.pick(ADVANCES))),
            new Kind(5, d -> new EscalateOverdue()),
            new Kind(3, d -> new FixedOnSpotStep(report(d), d.text())),
            new Kind(
                    5,
                    d -> new RegisterStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(80, Optional.empty(), List.of(Optional.of(SafetyDomain.PRODUCTION))),
                            d.choose(85, Optional.empty(), List.of(Optional.of("1101"), Optional.of(UNKNOWN_HAZARD))),
                            d.choose(
                                    75,
                                    Optional.empty(),
                                    List.of(Optional.of(HazardGrade.MAJOR), Optional.of(HazardGrade.GENERAL))),
                            d.optionalText(),
                            d.choose(
                                    85,
                                    Optional.empty(),
                                    List.of(
                                            Optional.of("MEM_ORDER_10_2023:3.1"),
                                            Optional.of("MEM_ORDER_10_2023:3.2"),
                                            Optional.of(UNKNOWN_CRITERION))))),
            new Kind(3, d -> new RejectStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(
                    3,
                    d -> new MergeStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.pick(List.of(0, 1, 2, 3, 4, MergeStep.MISSING)),
                            d.text())),
            new Kind(
                    5,
                    d -> new DispatchStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    60,
                                    DepartmentChoice.ROUTED,
                                    List.of(
                                            DepartmentChoice.SAME_AS_ROUTED,
                                            DepartmentChoice.OTHER,
                                            DepartmentChoice.OTHER,
                                            DepartmentChoice.UNKNOWN)),
                            d.optionalText(),
                            d.choose(80, true, List.of(false)),
                            d.choose(80, true, List.of(false)))),
            new Kind(3, d -> new SubmitStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(2, d -> new ReturnStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(
                    2,
                    d -> new ReassignStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    60,
                                    DepartmentChoice.OTHER,
                                    List.of(
                                            DepartmentChoice.SAME_AS_ROUTED,
                                            DepartmentChoice.ROUTED,
                                            DepartmentChoice.UNKNOWN)),
                            d.text())),
            new Kind(
                    4,
                    d -> new RequestExtensionStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(70, Ask.THREE_DAYS_LATER, List.of(Ask.SAME, Ask.ONE_HOUR_EARLIER)),
                            d.text())),
            new Kind(
                    4,
                    d -> new DecideExtensionStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(50, true, List.of(false)),
                            d.choose(
                                    60,
                                    Optional.of(Text.OK),
                                    List.of(Optional.<Text>empty(), Optional.of(Text.BLANK))))),
            new Kind(
                    4,
                    d -> new VerifyStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(60, true, List.of(false)),
                            d.choose(
                                    70,
                                    Optional.of(Text.OK),
                                    List.of(Optional.<Text>empty(), Optional.of(Text.BLANK))))),
            new Kind(
                    3,
                    d -> new CloseStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    40,
                                    Optional.<Integer>empty(),
                                    List.of(
                                            Optional.of(5),
                                            Optional.of(4),
                                            Optional.of(1),
                                            Optional.of(0),
                                            Optional.of(6))))),
            new Kind(2, d -> new EscalateStep(d.caseRef(), d.who(), d.seen())),
            new Kind(
                    2,
                    d -> new ChangeEntityStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(60, Optional.of("PU-0001"), List.of(Optional.of("PL-0002"), Optional.empty())),
                            d.text())),
            new Kind(2, d -> new DowngradeStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(
                    2,
                    d -> new ChangeCriterionStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    50,
                                    Optional.of("MEM_ORDER_10_2023:3.2"),
                                    List.of(
                                            Optional.of("MEM_ORDER_10_2023:3.1"),
                                            Optional.of(UNKNOWN_CRITERION),
                                            Optional.empty())),
                            d.text())),
            new Kind(2, d -> new ReadStep(d.caseRef(), d.who())),
            new Kind(
                    3,
                    d -> new SuspendStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    90,
                                    Optional.of(SuspensionKind.DEFERRED),
                                    List.of(Optional.of(SuspensionKind.CARRIED_OVER), Optional.empty())),
                            d.text(),
                            d.text(),
                            d.choose(
                                    75,
                                    Review.NEXT_WEEK,
                                    List.of(Review.TOMORROW, Review.TODAY, Review.TOO_FAR, Review.NONE)))),
            new Kind(2, d -> new ResumeStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(3, d -> new ReopenStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(
                    2,
                    d -> new FileReportStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    40,
                                    Optional.of(MajorHazardReportKind.SUPERVISING_DEPARTMENT),
                                    List.of(
                                            Optional.of(MajorHazardReportKind.WORKERS_CONGRESS),
                                            Optional.of(MajorHazardReportKind.WORKERS_CONGRESS),
                                            Optional.of(MajorHazardReportKind.LISTED_SUPERVISION_PUBLICATION),
                                            Optional.empty())),
                            d.text(),
                            d.text())),
            new Kind(
                    1,
                    d -> new StopProductionStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(
                                    60,
                                    Optional.of(ProductionStopScope.PART),
                                    List.of(Optional.of(ProductionStopScope.WHOLE), Optional.empty())),
                            d.choose(50, false, List.of(true)),
                            d.text())),
            new Kind(1, d -> new ApplyResumptionStep(d.caseRef(), d.who(), d.seen(), d.text())),
            new Kind(
                    1,
                    d -> new ReviewResumptionStep(
                            d.caseRef(),
                            d.who(),
                            d.seen(),
                            d.choose(60, true, List.of(false)),
                            d.choose(
                                    60,
                                    Optional.of(Text.OK),
                                    List.of(Optional.<Text>empty(), Optional.of(Text.BLANK))))));

    private static final Gen<Integer> PERCENT = Generate.range(0, 99);

    /** One step of a run. */
    static Gen<Step> steps() {
        if (KINDS.stream().mapToInt(Kind::percent).sum() != 100) {
            throw new IllegalStateException("step kinds must add up to 100%");
        }
        return in -> {
            int kind = PERCENT.generate(in);
            int[] fields = new int[Draw.FIELDS];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = PERCENT.generate(in);
            }
            int upTo = 0;
            for (Kind k : KINDS) {
                upTo += k.percent();
                if (kind < upTo) {
                    return k.make().apply(new Draw(fields));
                }
            }
            throw new IllegalStateException("no kind at " + kind);
        };
    }

    /** A run's steps as a person reads them: without the skipped ones. */
    static String describe(List<Step> steps) {
        StringBuilder out = new StringBuilder("[");
        int shown = 0;
        for (Step step : steps) {
            if (!(step instanceof Skip)) {
                out.append(shown++ == 0 ? "\n  " : ",\n  ").append(step);
            }
        }
        return out.append("\n] (").append(shown).append(" steps)").toString();
    }
}
