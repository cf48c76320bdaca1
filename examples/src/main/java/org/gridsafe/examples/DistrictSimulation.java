package org.gridsafe.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridRole;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.Period;

/**
 * A district at work under a virtual clock: patrols, enterprise self-reports and citizen reports
 * arrive at random (Poisson) times; command centers, departments and grid staff act on each case
 * before its deadline, or — for a configurable share — after it, so overdue work escalates;
 * verifications fail and extensions are asked for at configurable rates. Deterministic for a seed:
 * one random stream, and every agenda tie broken by insertion order.
 *
 * <p>With a {@link PatrolModel} the patrol finds are not a fixed rate: unseen hazards arise in the
 * micro-grids and patrols find them at a rate set by coverage (staffing and plan frequency). The
 * hazards' arrivals come from a stream of their own, and whether hazard {@code h} is found on day
 * {@code d} from a draw of its own ({@code seed, h, d}), found when the draw is below the day's
 * probability: so two runs with the same seed and different staffing see the same hazards arise,
 * and every hazard the smaller staff finds by some day the larger staff has found by then too.
 */
public final class DistrictSimulation {

    /** Mondays make the first day a working day. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    private static final HazardCode[] HAZARDS = {
        HazardCode.parse("1202"),
        HazardCode.parse("2101"),
        HazardCode.parse("2102"),
        HazardCode.parse("22"),
        HazardCode.parse("32"),
        HazardCode.parse("42"),
        HazardCode.parse("43")
    };
    private static final SafetyDomain[] DOMAINS = {
        SafetyDomain.PRODUCTION, SafetyDomain.PRODUCTION, SafetyDomain.PRODUCTION, SafetyDomain.PRODUCTION,
        SafetyDomain.FIRE, SafetyDomain.FIRE, SafetyDomain.FIRE, SafetyDomain.TRAFFIC,
        SafetyDomain.CONSTRUCTION, SafetyDomain.CONSTRUCTION, SafetyDomain.FOOD, SafetyDomain.PUBLIC
    };
    private static final String[] FINDINGS = {
        "消防通道堆放杂物", "灭火器过期未更换", "电气线路私拉乱接", "有限空间作业未审批", "脚手架未设防护网",
        "燃气管道锈蚀", "叉车司机无证驾驶", "安全出口上锁", "化学品混存", "后厨油烟管道积油"
    };
    private static final int ENTERPRISES = 300;

    private final SimulationConfig config;
    private final GridDirectory directory;
    private final SimulatedClock clock;
    private final GridSafe gridSafe;
    private final Casework casework;
    private final SplittableRandom random;
    private final PriorityQueue<Task> agenda = new PriorityQueue<>();
    private final List<Grid> microGrids;
    private final List<GridCode> enterpriseGrids = new ArrayList<>();
    private final ZoneId zone;
    private long sequence;
    private long refused;
    // The patrol model's state: unseen hazards per micro-grid (by index), and what became of them.
    private final SplittableRandom hazardRandom;
    private final List<List<Long>> unseen = new ArrayList<>();
    private final List<org.gridsafe.casework.CaseId> foundCases = new ArrayList<>();
    private long hazardsArisen;
    private long hazardsFound;

    private DistrictSimulation(SimulationConfig config, GridDirectory directory) {
        this.config = config;
        this.directory = directory;
        this.zone = directory.workCalendar().zone();
        this.clock = new SimulatedClock(FIRST_DAY.atStartOfDay(zone).toInstant(), zone);
        this.gridSafe = GridSafe.builder().directory(directory).clock(clock).build();
        this.casework = gridSafe.casework();
        this.random = new SplittableRandom(config.seed());
        this.microGrids = directory.grids().grids().stream()
                .filter(g -> g.level() == GridLevel.MICRO)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        for (int i = 0; i < ENTERPRISES; i++) {
            enterpriseGrids.add(
                    microGrids.get(random.nextInt(microGrids.size())).code());
        }
        this.hazardRandom = new SplittableRandom(config.seed() ^ 0x6A09E667F3BCC909L);
        config.patrols().ifPresent(model -> {
            for (int i = 0; i < microGrids.size(); i++) {
                List<Long> hazards = new ArrayList<>();
                int count = poisson(model.initialHazardsPerGrid(), hazardRandom);
                for (int h = 0; h < count; h++) {
                    hazards.add(hazardsArisen++);
                }
                unseen.add(hazards);
            }
        });
    }

    /** Runs {@code config} over {@code directory}; {@code progress} hears each finished day. */
    public static SimulationResult run(SimulationConfig config, GridDirectory directory, IntConsumer progress) {
        return new DistrictSimulation(config, directory).run(progress);
    }

    private SimulationResult run(IntConsumer progress) {
        Instant start = clock.instant();
        List<DailySnapshot> days = new ArrayList<>();
        for (int day = 0; day < config.days(); day++) {
            Instant dayStart = FIRST_DAY.plusDays(day).atStartOfDay(zone).toInstant();
            Instant dayEnd = FIRST_DAY.plusDays(day + 1L).atStartOfDay(zone).toInstant();
            scheduleArrivals(dayStart);
            int dayIndex = day;
            config.patrols().ifPresent(model -> patrolDay(model, dayIndex, dayStart));
            for (Instant t = dayStart; t.isBefore(dayEnd); t = t.plus(Duration.ofHours(2))) {
                Instant at = t;
                schedule(at, () -> casework.escalateOverdue(at));
            }
            runUntil(dayEnd);
            CaseIndicators soFar = gridSafe.statistics().indicators(CaseScope.all(), new Period(start, dayEnd), dayEnd);
            days.add(new DailySnapshot(FIRST_DAY.plusDays(day), openCases(), soFar));
            progress.accept(day + 1);
        }
        Instant end = clock.instant();
        Period period = new Period(start, end);
        GridCode district = directory.grids().roots().get(0).code();
        Optional<PatrolOutcome> patrols = config.patrols().map(this::outcome);
        return new SimulationResult(
                config,
                period,
                end,
                days,
                gridSafe.statistics().indicators(CaseScope.all(), period, end),
                gridSafe.statistics().rankChildGrids(district, CaseScope.all(), period, end),
                openByMicroGrid(),
                refused,
                gridSafe,
                patrols);
    }

    /**
     * One day of the patrol model: on a working day each unseen hazard of a grid is found with the
     * model's probability (its report comes during working hours); then the day's new hazards arise.
     */
    private void patrolDay(PatrolModel model, int day, Instant dayStart) {
        LocalDate date = FIRST_DAY.plusDays(day);
        if (directory.workCalendar().isWorkingDay(date)) {
            double p = model.dailyFindProbability();
            for (int i = 0; i < unseen.size(); i++) {
                Grid grid = microGrids.get(i);
                java.util.Iterator<Long> hazards = unseen.get(i).iterator();
                while (hazards.hasNext()) {
                    long hazard = hazards.next();
                    SplittableRandom draw = new SplittableRandom(
                            config.seed() ^ (hazard * 0x9E3779B97F4A7C15L) ^ (day * 0xC2B2AE3D27D4EB4FL));
                    if (draw.nextDouble() < p) {
                        hazards.remove();
                        hazardsFound++;
                        long minutes = 9 * 60 + draw.nextInt(8 * 60);
                        schedule(dayStart.plus(Duration.ofMinutes(minutes)), () -> foundCases.add(patrolReport(grid)));
                    }
                }
            }
        }
        double arising = model.hazardsPerEntityYear() * model.entitiesPerGrid() * microGrids.size() / 365.0;
        int count = poisson(arising, hazardRandom);
        for (int n = 0; n < count; n++) {
            unseen.get(hazardRandom.nextInt(unseen.size())).add(hazardsArisen++);
        }
    }

    private PatrolOutcome outcome(PatrolModel model) {
        long closed = foundCases.stream()
                .map(this::current)
                .filter(c -> c.state() == org.gridsafe.casework.CaseState.CLOSED)
                .count();
        long left = unseen.stream().mapToLong(List::size).sum();
        return new PatrolOutcome(model, model.coverage(), hazardsArisen, hazardsFound, foundCases.size(), closed, left);
    }

    private void runUntil(Instant end) {
        while (!agenda.isEmpty() && agenda.peek().at().isBefore(end)) {
            Task task = agenda.poll();
            clock.set(task.at());
            try {
                task.action().run();
            } catch (CaseworkException refusal) {
                // A plan that no longer fits the case (e.g. merged or rejected meanwhile).
                refused++;
            }
        }
        clock.set(end);
    }

    private void scheduleArrivals(Instant dayStart) {
        if (config.patrols().isEmpty()) {
            arrivals(
                    dayStart,
                    config.patrolReportsPerDay(),
                    () -> patrolReport(microGrids.get(random.nextInt(microGrids.size()))));
        }
        arrivals(dayStart, config.selfReportsPerDay(), this::selfReport);
        arrivals(dayStart, config.citizenReportsPerDay(), this::citizenReport);
    }

    private void arrivals(Instant dayStart, double perDay, Runnable report) {
        int count = poisson(perDay);
        for (int i = 0; i < count; i++) {
            // Most reports come in working hours, a few in the evening.
            long minutes = 7 * 60 + random.nextInt(14 * 60);
            schedule(dayStart.plus(Duration.ofMinutes(minutes)), report);
        }
    }

    private org.gridsafe.casework.CaseId patrolReport(Grid grid) {
        Actor staff =
                Actor.gridStaff(DemoDistrict.personId(grid.code(), GridRole.GRID_MANAGER.name()), "网格员", grid.code());
        HazardGrade grade = grade();
        Report report = report(CaseSource.GRID_PATROL, grid.code(), grade, Optional.empty());
        if (grade == HazardGrade.GENERAL && random.nextDouble() < config.fixedOnSpotShare()) {
            return casework.reportFixedOnSpot(
                            staff,
                            ReportFixedOnSpot.of(report).evidence("现场整改完毕").build())
                    .id();
        }
        Case reported = casework.report(staff, report);
        follow(reported);
        return reported.id();
    }

    private void selfReport() {
        int index = random.nextInt(ENTERPRISES);
        String enterpriseId = String.format("E%04d", index + 1);
        Actor enterprise = Actor.enterprise("ent-" + enterpriseId, "企业安全员", enterpriseId);
        follow(casework.report(
                enterprise,
                report(
                        CaseSource.ENTERPRISE_SELF_REPORT,
                        enterpriseGrids.get(index),
                        grade(),
                        Optional.of(enterpriseId))));
    }

    private void citizenReport() {
        Grid grid = microGrids.get(random.nextInt(microGrids.size()));
        Actor citizen = Actor.citizen("citizen-" + random.nextInt(100_000), "市民");
        follow(casework.report(
                citizen, report(CaseSource.PUBLIC_REPORT, grid.code(), HazardGrade.GENERAL, Optional.empty())));
    }

    private Report report(CaseSource source, GridCode grid, HazardGrade grade, Optional<String> enterprise) {
        Report.Builder builder = Report.builder()
                .source(source)
                .grid(grid)
                .domain(DOMAINS[random.nextInt(DOMAINS.length)])
                .hazard(HAZARDS[random.nextInt(HAZARDS.length)])
                .grade(grade)
                .description(FINDINGS[random.nextInt(FINDINGS.length)]);
        enterprise.ifPresent(builder::enterpriseId);
        return builder.build();
    }

    /** Plans the next step of {@code c}: before its deadline, or after it for a share of steps. */
    private void follow(Case c) {
        if (!c.state().isOpen()) {
            return;
        }
        Instant when = whenDone(c);
        switch (c.state()) {
            case REPORTED -> schedule(when, () -> register(c.id()));
            case REGISTERED -> schedule(when, () -> dispatch(c.id()));
            case DISPATCHED -> {
                if (c.pendingExtension().isEmpty()
                        && c.extensionCount() == 0
                        && random.nextDouble() < config.extensionShare()) {
                    schedule(between(clock.instant(), c.deadline().orElseThrow()), () -> askForTime(c.id()));
                } else {
                    schedule(when, () -> rectify(c.id()));
                }
            }
            case RECTIFIED -> schedule(when, () -> verify(c.id()));
            case VERIFIED -> schedule(when, () -> close(c.id()));
            default -> throw new IllegalStateException("open state without a plan: " + c.state());
        }
    }

    private void register(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        Actor center = center(c.grid());
        if (random.nextDouble() < 0.03) {
            casework.reject(
                    center,
                    Reject.of(id)
                            .expectedVersion(c.version())
                            .reason("经核实不属于安全隐患")
                            .build());
            return;
        }
        follow(casework.register(
                center, Register.of(id).expectedVersion(c.version()).build()));
    }

    private void dispatch(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        boolean major = c.grade() == HazardGrade.MAJOR;
        follow(casework.dispatch(
                center(c.grid()),
                Dispatch.of(id)
                        .expectedVersion(c.version())
                        .handlerId(c.enterpriseId())
                        .plan(
                                major
                                        ? new RectificationPlan(
                                                "企业主要负责人",
                                                "停产整改，加装防护设施",
                                                "专项资金 50 万元",
                                                LocalDate.ofInstant(c.deadline().orElseThrow(), zone)
                                                        .plusDays(40),
                                                "专人监护，备足应急物资")
                                        : null)
                        .listedSupervision(
                                major
                                        ? new ListedSupervision(
                                                "区安委办",
                                                "区安委办督〔2026〕"
                                                        + Math.floorMod(
                                                                c.id().value().hashCode(), 100) + "号")
                                        : null)
                        .treatmentPlan(
                                major
                                        ? new org.gridsafe.casework.TreatmentPlan(
                                                "消除重大事故隐患",
                                                "停产整改，加装防护设施",
                                                "专项资金 50 万元，物资到位",
                                                "企业安全部门，主要负责人牵头",
                                                "期限内完成并申请复查",
                                                "专人监护，备足应急物资")
                                        : null)
                        .build()));
    }

    private void askForTime(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        Instant later = c.deadline().orElseThrow().plus(Duration.ofDays(7));
        Case asked = casework.requestExtension(
                handler(c),
                RequestExtension.of(id)
                        .expectedVersion(c.version())
                        .requestedDeadline(later)
                        .reason("材料未到货")
                        .build());
        schedule(clock.instant().plus(Duration.ofHours(2)), () -> {
            Case pending = current(id);
            follow(casework.approveExtension(
                    center(pending.grid()),
                    ApproveExtension.of(id)
                            .expectedVersion(pending.version())
                            .note("同意延期")
                            .build()));
        });
    }

    private void rectify(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        follow(casework.submitRectification(
                handler(c),
                SubmitRectification.of(id)
                        .expectedVersion(c.version())
                        .evidence("已按要求整改")
                        .build()));
    }

    private void verify(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        Actor verifier = c.grade() == HazardGrade.MAJOR
                ? Actor.departmentOfficer(
                        "officer-" + c.department().orElseThrow(),
                        "部门核查员",
                        c.department().orElseThrow())
                : Actor.gridStaff(DemoDistrict.personId(c.grid(), GridRole.SUPERVISOR.name()), "监督员", c.grid());
        boolean passed = random.nextDouble() >= config.reworkShare();
        follow(casework.verify(
                verifier,
                Verify.of(id)
                        .expectedVersion(c.version())
                        .passed(passed)
                        .remarks(passed ? "核查通过" : "整改不到位")
                        .build()));
    }

    private void close(org.gridsafe.casework.CaseId id) {
        Case c = current(id);
        // A major hazard closes only once the reports it owes are filed (by its department here).
        for (org.gridsafe.casework.MajorHazardReport owed : c.majorHazardReports()) {
            if (!owed.filed()) {
                c = casework.fileMajorHazardReport(
                        handler(c),
                        org.gridsafe.casework.FileMajorHazardReport.of(id)
                                .expectedVersion(c.version())
                                .kind(owed.kind())
                                .recipient("区应急管理局")
                                .reference("重大隐患报告〔2026〕"
                                        + Math.floorMod(id.value().hashCode(), 100) + "号")
                                .build());
            }
        }
        casework.close(
                center(c.grid()),
                Close.of(id)
                        .expectedVersion(c.version())
                        .satisfaction(3 + random.nextInt(3))
                        .build());
    }

    private Case current(org.gridsafe.casework.CaseId id) {
        return gridSafe.caseQueries().find(id).orElseThrow();
    }

    private Actor center(GridCode grid) {
        GridCode street = grid;
        while (street.level() != GridLevel.STREET) {
            street = street.parent().orElseThrow();
        }
        return Actor.commandCenter("cc-" + street, "街道指挥中心", street);
    }

    private Actor handler(Case c) {
        DepartmentId department = c.department().orElseThrow();
        return Actor.departmentOfficer("officer-" + department, "部门办理员", department);
    }

    private Instant whenDone(Case c) {
        Instant now = clock.instant();
        Instant deadline = c.deadline().orElseThrow();
        if (random.nextDouble() < config.lateShare()) {
            return deadline.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
        }
        return between(now, deadline);
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMinutes());
        return from.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * 0.9 * span)));
    }

    private HazardGrade grade() {
        return random.nextDouble() < config.majorShare() ? HazardGrade.MAJOR : HazardGrade.GENERAL;
    }

    private int poisson(double mean) {
        return poisson(mean, random);
    }

    private static int poisson(double mean, SplittableRandom random) {
        // Knuth's method: fine for the tens of reports a day this simulates.
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private long openCases() {
        long open = 0;
        CaseQuery query = CaseQuery.all().inStates(openStates()).limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = gridSafe.caseQueries().find(query);
            open += page.cases().size();
            if (page.next().isEmpty()) {
                return open;
            }
            query = query.after(page.next().get());
        }
    }

    private Map<GridCode, Long> openByMicroGrid() {
        Map<GridCode, Long> open = new TreeMap<>();
        CaseQuery query = CaseQuery.all().inStates(openStates()).limit(CaseQuery.MAX_LIMIT);
        while (true) {
            CasePage page = gridSafe.caseQueries().find(query);
            for (Case c : page.cases()) {
                open.merge(c.grid(), 1L, Long::sum);
            }
            if (page.next().isEmpty()) {
                return open;
            }
            query = query.after(page.next().get());
        }
    }

    private static java.util.Set<org.gridsafe.casework.CaseState> openStates() {
        java.util.Set<org.gridsafe.casework.CaseState> open =
                java.util.EnumSet.noneOf(org.gridsafe.casework.CaseState.class);
        for (org.gridsafe.casework.CaseState state : org.gridsafe.casework.CaseState.values()) {
            if (state.isOpen()) {
                open.add(state);
            }
        }
        return open;
    }

    private void schedule(Instant at, Runnable action) {
        agenda.add(new Task(at, sequence++, action));
    }

    private record Task(Instant at, long sequence, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /** The simulation's clock: moved by the agenda, read by GridSafe. */
    static final class SimulatedClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        SimulatedClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SimulatedClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
