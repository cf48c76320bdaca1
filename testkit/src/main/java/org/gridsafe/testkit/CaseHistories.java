package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.Merge;
import org.gridsafe.casework.Reassign;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Reopen;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.Resume;
import org.gridsafe.casework.ReturnCase;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.SuspensionKind;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.threeten.extra.MutableClock;

/**
 * Random case histories over the {@link SampleDistrict}: sequences of steps, each letting time pass
 * on a {@link MutableClock} and then reporting a case, moving one case one step along its loop
 * (register or reject or merge, dispatch, extension asked/approved/denied, suspension and
 * resumption, rectify, verify passed or failed, close, reopening on a complaint; for major hazards
 * also stopped production, the application to resume and its review), running the escalation scan (which also
 * resumes suspensions at their review date), or late work on a dispatched case past its deadline. Steps are plain records, so a shrunk failing
 * history prints as a list a human can replay with {@link #replay}.
 *
 * <pre>{@code
 * qt().forAll(CaseHistories.histories(1, 40)).checkAssert(history -> {
 *     CaseHistories.replay(history, gridSafe.casework(), clock);
 *     ...
 * });
 * }</pre>
 *
 * Pauses are whole half hours (sometimes with extra milliseconds for their own step), so step
 * times often coincide with the half-hour bounds of {@link #instantsAround}: the half-open period
 * bounds get tested.
 */
public final class CaseHistories {

    /** Where histories start: Monday 2026-03-30 09:00 in the district's zone. */
    public static final Instant START = SampleDistrict.mondayMorning().instant();

    /** The district's grids, every level (scopes pick among them). */
    public static final List<GridCode> GRIDS = List.of(
            DISTRICT,
            JINQIAO_STREET,
            SHIHU_STREET,
            JINQIAO_COMMUNITY,
            YINQIAO_COMMUNITY,
            SHIHU_COMMUNITY,
            JINQIAO_MICRO_1,
            JINQIAO_MICRO_2,
            YINQIAO_MICRO_1,
            SHIHU_MICRO_1);

    /** The domains cases are reported in: each has a department by the duty rules. */
    public static final List<SafetyDomain> DOMAINS =
            List.of(SafetyDomain.FIRE, SafetyDomain.PRODUCTION, SafetyDomain.TRAFFIC, SafetyDomain.CONSTRUCTION);

    private static final List<GridCode> MICRO_GRIDS =
            List.of(JINQIAO_MICRO_1, JINQIAO_MICRO_2, YINQIAO_MICRO_1, SHIHU_MICRO_1);
    private static final Actor DISTRICT_STAFF = Actor.gridStaff("gm-d", "区网格员", DISTRICT);

    private CaseHistories() {}

    /** One step of a history: let {@code pause} pass, then act. */
    public sealed interface Step {
        Duration pause();
    }

    /** A grid member of staff reports a new case. */
    public record ReportCase(Duration pause, GridCode grid, SafetyDomain domain, HazardGrade grade) implements Step {}

    /**
     * The case reported {@code caseIndex}-th (modulo the cases so far) takes its next step;
     * {@code choice} picks the branch where there is one.
     */
    public record Advance(Duration pause, int caseIndex, int choice) implements Step {}

    /** The escalation scan runs at the current time. */
    public record EscalateOverdue(Duration pause) implements Step {}

    /**
     * A department misses its deadline: the first case from the {@code caseIndex}-th reported
     * (modulo the cases so far) that is dispatched with a deadline within a week has the clock moved to
     * {@code pause} past it, and the department then rectifies late, returns the case late or the
     * command center reassigns it late ({@code choice} picks which). Otherwise only {@code pause}
     * passes. Without it, late work is too rare in a few dozen histories for the department
     * indicators to be checked on it.
     */
    public record LateWork(Duration pause, int caseIndex, int choice) implements Step {}

    /** Histories of {@code minSteps} to {@code maxSteps} steps; the first always reports a case. */
    public static Gen<List<Step>> histories(int minSteps, int maxSteps) {
        Gen<Step> first = reports();
        Gen<List<Step>> rest = SourceDSL.lists().of(steps()).ofSizeBetween(minSteps - 1, maxSteps - 1);
        return first.zip(rest, (f, r) -> {
            List<Step> all = new ArrayList<>(r.size() + 1);
            all.add(f);
            all.addAll(r);
            return List.copyOf(all);
        });
    }

    private static Gen<Step> steps() {
        Gen<Step> advances = pauses().zip(
                        SourceDSL.integers().between(0, 50),
                        SourceDSL.integers().between(0, 99),
                        (p, i, c) -> (Step) new Advance(p, i, c));
        Gen<Step> escalations = pauses().map(p -> (Step) new EscalateOverdue(p));
        Gen<Step> late = SourceDSL.integers()
                .between(0, 6)
                .zip(SourceDSL.integers().between(0, 50), SourceDSL.integers().between(0, 99), (halfHours, i, c) ->
                        (Step) new LateWork(Duration.ofMinutes(30L * halfHours), i, c));
        return Generate.frequency(
                Pair.of(3, reports()), Pair.of(12, advances), Pair.of(1, escalations), Pair.of(1, late));
    }

    private static Gen<Step> reports() {
        return pauses().zip(
                        Generate.pick(MICRO_GRIDS),
                        Generate.pick(DOMAINS),
                        Generate.enumValues(HazardGrade.class),
                        (p, g, d, grade) -> (Step) new ReportCase(p, g, d, grade));
    }

    /**
     * 0 to 10 hours in half hours; one non-zero pause in four adds 1 to 999 milliseconds, which
     * delay only their own step (see {@link #replay}).
     */
    static Gen<Duration> pauses() {
        return SourceDSL.integers()
                .between(0, 20)
                .zip(
                        SourceDSL.integers().between(0, 3),
                        SourceDSL.integers().between(1, 999),
                        (halfHours, noisy, millis) -> Duration.ofMinutes(30L * halfHours)
                                .plusMillis(noisy == 0 && halfHours > 0 ? millis : 0));
    }

    /**
     * Instants from a day before {@link #START} to {@code days} after it: on the half-hour grid of
     * the step times three times in four (so period bounds and step times meet, and the half-open
     * bounds get tested), to the millisecond otherwise.
     */
    public static Gen<Instant> instantsAround(int days) {
        long halfHours = 48L * (days + 1);
        return SourceDSL.longs()
                .between(-48, halfHours)
                .zip(
                        SourceDSL.integers().between(0, 3),
                        SourceDSL.longs().between(1, 1_799_999),
                        (h, offGrid, ms) ->
                                START.plus(Duration.ofMinutes(30 * h)).plusMillis(offGrid == 0 ? ms : 0));
    }

    /**
     * Runs {@code history} through {@code casework}, moving {@code clock}; commands the loop
     * refuses (a merge target that closed meanwhile, say) are skipped. Returns the case ids in
     * report order.
     */
    public static List<CaseId> replay(List<Step> history, Casework casework, MutableClock clock) {
        List<CaseId> cases = new ArrayList<>();
        Instant grid = clock.instant();
        for (Step step : history) {
            // Whole minutes move the grid; the milliseconds delay this step only (a pause with
            // them is at least half an hour long, so time never runs backwards).
            Duration whole = step.pause().truncatedTo(ChronoUnit.MINUTES);
            grid = grid.plus(whole);
            clock.setInstant(grid.plus(step.pause().minus(whole)));
            try {
                if (step instanceof ReportCase r) {
                    cases.add(report(casework, r).id());
                } else if (step instanceof Advance a && !cases.isEmpty()) {
                    CaseId id = cases.get(a.caseIndex() % cases.size());
                    advance(casework, clock, casework.get(DISTRICT_STAFF, id), a.choice(), cases);
                } else if (step instanceof EscalateOverdue) {
                    casework.escalateOverdue(clock.instant());
                } else if (step instanceof LateWork w && !cases.isEmpty()) {
                    Optional<Case> dispatched = Optional.empty();
                    for (int i = 0; i < cases.size() && dispatched.isEmpty(); i++) {
                        Case c = casework.get(DISTRICT_STAFF, cases.get((w.caseIndex() + i) % cases.size()));
                        if (c.state() == org.gridsafe.casework.CaseState.DISPATCHED
                                && c.deadline().isPresent()
                                && c.deadline().get().isBefore(grid.plus(Duration.ofDays(7)))) {
                            dispatched = Optional.of(c);
                        }
                    }
                    if (dispatched.isPresent()) {
                        Case c = dispatched.get();
                        Optional<Instant> deadline = c.deadline();
                        Instant late = deadline.get()
                                .truncatedTo(ChronoUnit.MINUTES)
                                .plus(w.pause())
                                .plus(Duration.ofMinutes(30));
                        if (late.isAfter(grid)) {
                            grid = late;
                            clock.setInstant(grid);
                        }
                        lateWork(casework, c, w.choice());
                    }
                }
            } catch (CaseworkException refused) {
                // The loop said no: the history goes on, as a real district's would.
            }
        }
        return List.copyOf(cases);
    }

    private static Case report(Casework casework, ReportCase r) {
        return casework.report(
                DISTRICT_STAFF,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(r.grid())
                        .domain(r.domain())
                        .hazard(PROTECTION_DEFECT)
                        .grade(r.grade())
                        .description("随机历史中的隐患")
                        .build());
    }

    private static void advance(Casework casework, MutableClock clock, Case c, int choice, List<CaseId> cases) {
        Actor center = districtCommandCenter();
        OptionalLong any = OptionalLong.empty();
        switch (c.state()) {
            case REPORTED -> {
                if (choice < 10) {
                    casework.reject(
                            center,
                            Reject.of(c.id())
                                    .expectedVersion(any)
                                    .reason("不属于安全隐患")
                                    .build());
                } else if (choice < 15) {
                    Optional<CaseId> into = cases.stream()
                            .filter(other -> !other.equals(c.id()))
                            .filter(other ->
                                    casework.get(DISTRICT_STAFF, other).state().isOpen())
                            .findFirst();
                    if (into.isPresent()) {
                        casework.merge(
                                center,
                                Merge.of(c.id())
                                        .expectedVersion(any)
                                        .into(into.get())
                                        .reason("重复上报")
                                        .build());
                    }
                } else {
                    casework.register(
                            center, Register.of(c.id()).expectedVersion(any).build());
                }
            }
            case REGISTERED -> casework.dispatch(center, dispatch(c));
            case DISPATCHED -> {
                Actor officer = officer(c.department().orElseThrow());
                if (c.pendingExtension().isPresent()) {
                    if (choice < 35) {
                        casework.denyExtension(
                                center,
                                DenyExtension.of(c.id())
                                        .expectedVersion(any)
                                        .reason("理由不充分")
                                        .build());
                    } else {
                        casework.approveExtension(
                                center,
                                ApproveExtension.of(c.id()).expectedVersion(any).build());
                    }
                } else if (choice < 25) {
                    Instant base = c.deadline().orElseThrow().isAfter(clock.instant())
                            ? c.deadline().orElseThrow()
                            : clock.instant();
                    casework.requestExtension(
                            officer,
                            RequestExtension.of(c.id())
                                    .expectedVersion(any)
                                    .requestedDeadline(base.plus(Duration.ofDays(1 + choice % 4)))
                                    .reason("待料")
                                    .build());
                } else if (choice < 32) {
                    // 缓办 until a review date one to three days on, which later scans reach.
                    casework.suspend(
                            center,
                            Suspend.of(c.id())
                                    .expectedVersion(any)
                                    .kind(choice % 2 == 0 ? SuspensionKind.DEFERRED : SuspensionKind.CARRIED_OVER)
                                    .reason("待工程实施")
                                    .approval("区网格办批准")
                                    .reviewDate(clock.instant()
                                            .atZone(SampleDistrict.ZONE)
                                            .toLocalDate()
                                            .plusDays(1 + choice % 3))
                                    .build());
                } else if (choice < 35) {
                    // 回退: not the department's duty; the command center dispatches it again.
                    casework.returnCase(
                            officer,
                            ReturnCase.of(c.id())
                                    .expectedVersion(any)
                                    .reason("非本部门职责")
                                    .build());
                } else if (choice < 38) {
                    // 改派 to another department, before or after the deadline.
                    DepartmentId to = c.department().get().equals(SampleDistrict.HOUSING)
                            ? SampleDistrict.FIRE_BRIGADE
                            : SampleDistrict.HOUSING;
                    casework.reassign(
                            center,
                            Reassign.of(c.id())
                                    .expectedVersion(any)
                                    .department(to)
                                    .reason("改派")
                                    .build());
                } else if (c.grade() == HazardGrade.MAJOR && choice >= 85) {
                    // 停产停业: safety cannot be assured while the major hazard is rectified.
                    casework.stopProduction(
                            officer,
                            org.gridsafe.casework.StopProduction.of(c.id())
                                    .expectedVersion(any)
                                    .scope(org.gridsafe.casework.ProductionStopScope.PART)
                                    .evacuated(choice % 2 == 0)
                                    .reason("危险区域无法保证安全")
                                    .build());
                } else {
                    casework.submitRectification(
                            officer,
                            SubmitRectification.of(c.id())
                                    .expectedVersion(any)
                                    .evidence("已整改")
                                    .build());
                }
            }
            case PRODUCTION_STOPPED ->
                casework.applyForResumption(
                        officer(c.department().orElseThrow()),
                        org.gridsafe.casework.ApplyForResumption.of(c.id())
                                .expectedVersion(any)
                                .summary("整改完成，申请恢复生产")
                                .build());
            case RESUMPTION_REQUESTED -> {
                // The review writes the hazard off (核销) or keeps production stopped.
                boolean passed = choice >= 30;
                casework.reviewResumption(
                        officer(c.department().orElseThrow()),
                        org.gridsafe.casework.ReviewResumption.of(c.id())
                                .expectedVersion(any)
                                .passed(passed)
                                .remarks(passed ? "同意恢复生产" : "仍有隐患")
                                .build());
            }
            case RECTIFIED -> {
                Actor verifier =
                        c.grade() == HazardGrade.MAJOR ? officer(c.department().orElseThrow()) : DISTRICT_STAFF;
                boolean passed = choice >= 30;
                casework.verify(
                        verifier,
                        Verify.of(c.id())
                                .expectedVersion(any)
                                .passed(passed)
                                .remarks(passed ? "通过" : "未通过")
                                .build());
            }
            case VERIFIED -> {
                // A major hazard files the reports it owes, one step each, before it may close.
                java.util.Optional<org.gridsafe.casework.MajorHazardReport> owed =
                        c.majorHazardReports().stream().filter(r -> !r.filed()).findFirst();
                if (c.grade() == HazardGrade.MAJOR && owed.isPresent()) {
                    casework.fileMajorHazardReport(
                            officer(c.department().orElseThrow()),
                            org.gridsafe.casework.FileMajorHazardReport.of(c.id())
                                    .expectedVersion(any)
                                    .kind(owed.get().kind())
                                    .recipient("区应急管理局")
                                    .reference("报告〔2026〕1号")
                                    .build());
                } else {
                    casework.close(center, Close.of(c.id()).expectedVersion(any).build());
                }
            }
            case CLOSED -> {
                // A complaint reopens some closed cases (投诉重办); the rest stay closed.
                if (choice < 20) {
                    casework.reopen(
                            center,
                            Reopen.of(c.id())
                                    .expectedVersion(any)
                                    .complaint("隐患复现")
                                    .build());
                }
            }
            case SUSPENDED -> {
                // Half resume by hand; the others wait for the scan at their review date.
                if (choice < 50) {
                    casework.resume(
                            center,
                            Resume.of(c.id())
                                    .expectedVersion(any)
                                    .reason("条件具备")
                                    .build());
                }
            }
            default -> {
                // Finished: nothing left to do.
            }
        }
    }

    /** Work on dispatched case {@code c} after its deadline: rectified, returned or reassigned. */
    private static void lateWork(Casework casework, Case c, int choice) {
        OptionalLong any = OptionalLong.empty();
        Actor officer = officer(c.department().orElseThrow());
        if (choice < 50) {
            casework.submitRectification(
                    officer,
                    SubmitRectification.of(c.id())
                            .expectedVersion(any)
                            .evidence("逾期整改")
                            .build());
        } else if (choice < 75) {
            casework.returnCase(
                    officer,
                    ReturnCase.of(c.id()).expectedVersion(any).reason("逾期后回退").build());
        } else {
            DepartmentId to = c.department().get().equals(SampleDistrict.HOUSING)
                    ? SampleDistrict.FIRE_BRIGADE
                    : SampleDistrict.HOUSING;
            casework.reassign(
                    districtCommandCenter(),
                    Reassign.of(c.id())
                            .expectedVersion(any)
                            .department(to)
                            .reason("逾期改派")
                            .build());
        }
    }

    private static Dispatch dispatch(Case c) {
        if (c.grade() != HazardGrade.MAJOR) {
            return Dispatch.of(c.id()).build();
        }
        return Dispatch.of(c.id())
                .handlerId("ent-a")
                .plan(new RectificationPlan(
                        "王厂长", "清理通道、加装防火分隔", "企业自筹 20 万元", java.time.LocalDate.of(2026, 5, 15), "专人值守，配置灭火器材"))
                .listedSupervision(new ListedSupervision("示范区安委办", "示安委督〔2026〕3号"))
                .treatmentPlan(SamplePlans.treatment())
                .build();
    }

    private static Actor officer(DepartmentId department) {
        return Actor.departmentOfficer("officer-" + department.value(), "部门执法员", department);
    }
}
