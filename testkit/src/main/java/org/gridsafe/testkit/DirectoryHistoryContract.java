package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.Department;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.DutyRule;
import org.gridsafe.duty.TimeLimit;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.duty.WorkflowStep;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridRole;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.grid.StaffAssignment;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.port.DatedCalendar;
import org.gridsafe.port.DatedDuties;
import org.gridsafe.port.DatedGrid;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.DirectoryChangeItem;
import org.gridsafe.port.DirectoryChangePage;
import org.gridsafe.port.DirectoryChangeRecord;
import org.gridsafe.port.DirectoryChangeRefusedException;
import org.gridsafe.port.GridDirectoryHistory;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.Test;

/**
 * What every directory that keeps a history must do: answer "who held grid X's rungs on day D"
 * as a naive list of (effective day, tree) versions does, across random changes; refuse changes
 * that break the effective-day rule without writing; record concurrent replacements one after the
 * other; chain the records' hashes. Subclasses give a fresh, empty-history directory.
 */
public abstract class DirectoryHistoryContract {

    /** Fewer examples than pure-core properties: each one stores several directory versions. */
    protected static final int EXAMPLES = Integer.getInteger("gridsafe.qt.examples", 1000) / 40;

    /** A directory and its history (one object). */
    public interface Store {
        WritableGridDirectory directory();

        GridDirectoryHistory history();
    }

    /** A store whose history is empty, or holds the sample district as version 1 recorded with {@code first}. */
    protected abstract Store newStore(DirectoryChange first);

    protected static LocalDate today() {
        return LocalDate.now(Clock.system(SampleDistrict.ZONE));
    }

    private static final Actor ADMIN = Actor.commandCenter("admin-1", "区指挥中心", SampleDistrict.DISTRICT);

    private static DirectoryChange change(String reason, LocalDate day) {
        return new DirectoryChange(ADMIN, reason, day);
    }

    private static void replace(Store s, GridTree tree, DirectoryChange change) {
        s.directory()
                .replace(
                        tree,
                        SampleDistrict.dutyMatrix(),
                        org.gridsafe.duty.TimeLimits.defaults(),
                        SampleDistrict.calendar(),
                        change);
    }

    /** The next version of a tree: seeded, so a shrunk counterexample replays. Always changes something. */
    static GridTree mutate(GridTree tree, int seed, int step) {
        Random r = new Random(seed);
        List<Grid> grids = new ArrayList<>();
        List<GridCode> micro = new ArrayList<>();
        for (Grid g : tree.grids()) {
            if (g.code().value().length() == 15) {
                micro.add(g.code());
            }
        }
        GridCode forced = micro.get(r.nextInt(micro.size()));
        for (Grid g : tree.grids()) {
            Grid.Builder b = g.toBuilder();
            boolean isMicro = g.code().value().length() == 15;
            if (isMicro && micro.size() > 1 && r.nextInt(8) == 0 && !g.code().equals(forced)) {
                micro.remove(g.code());
                continue; // removed
            }
            if (g.code().equals(forced) || r.nextInt(4) == 0) {
                String p = "p" + r.nextInt(6);
                b.responsible(ResponsibleRole.FIRST, new ResponsiblePerson(p + "-s" + step, "第一责任人" + p));
            }
            if (r.nextInt(4) == 0) {
                String p = "m" + r.nextInt(6);
                b.staff(List.of(new StaffAssignment(p, "网格员" + p, GridRole.GRID_MANAGER)));
            }
            if (r.nextInt(6) == 0) {
                b.name(g.name().replaceAll("#\\d+$", "") + "#" + step);
            }
            grids.add(b.build());
        }
        if (r.nextInt(3) == 0) {
            GridCode parent = SampleDistrict.JINQIAO_COMMUNITY;
            String code = parent.value() + String.format("%03d", 100 + step);
            if (tree.find(GridCode.parse(code)).isEmpty()) {
                grids.add(Grid.builder()
                        .code(code)
                        .name("新网格" + step)
                        .responsible(ResponsibleRole.FIRST, new ResponsiblePerson("n" + step, "新责任人" + step))
                        .build());
            }
        }
        return GridTree.of(grids);
    }

    /** The next departments, duty rules and time limits: seeded like {@link #mutate}; may change nothing. */
    static Duties mutateDuties(Duties duties, int seed, int step) {
        Random r = new Random(seed ^ 0x5f3759df);
        List<Department> departments = new ArrayList<>(duties.matrix().departments());
        List<DutyRule> rules = new ArrayList<>(duties.matrix().rules());
        if (r.nextInt(3) == 0) {
            int i = r.nextInt(departments.size());
            Department d = departments.get(i);
            departments.set(
                    i,
                    new Department(d.id(), d.zhName().replaceAll("#\\d+$", "") + "#" + step, d.enName(), d.domains()));
        }
        DepartmentId added = DepartmentId.of("new-" + step);
        if (r.nextInt(4) == 0) {
            departments.add(new Department(added, "新部门" + step, "new department " + step, Set.of(SafetyDomain.PUBLIC)));
        } else if (r.nextInt(3) == 0) {
            // a department without rules may go; the sample's own departments all have a rule or are PUBLIC's
            departments.removeIf(d -> d.id().value().startsWith("new-"));
        }
        DutyRule major = DutyRule.of(SafetyDomain.PRODUCTION, SampleDistrict.EMERGENCY)
                .forGrade(org.gridsafe.hazard.HazardGrade.MAJOR);
        if (r.nextInt(3) == 0 && !rules.remove(major)) {
            rules.add(major);
        }
        TimeLimits limits = duties.limits();
        if (r.nextInt(3) == 0) {
            limits = limits.toBuilder()
                    .limit(
                            WorkflowStep.RECTIFY,
                            org.gridsafe.hazard.HazardGrade.GENERAL,
                            TimeLimit.workingDays(1 + r.nextInt(5)),
                            "变更 " + step)
                    .build();
        }
        return new Duties(
                DutyMatrix.builder().departments(departments).rules(rules).build(), limits);
    }

    /** Departments and duty rules (the matrix) with the time limits. */
    record Duties(DutyMatrix matrix, TimeLimits limits) {
        static Duties sample() {
            return new Duties(SampleDistrict.dutyMatrix(), TimeLimits.defaults());
        }
    }

    /**
     * The next work calendar: seeded like {@link #mutate}; may change nothing, may go back to the
     * sample's (so a calendar loaded again is a new load), may add a lunch break or next year.
     */
    static WorkCalendar mutateCalendar(WorkCalendar calendar, int seed, int step) {
        Random r = new Random(seed ^ 0x2545f491);
        return switch (r.nextInt(4)) {
            case 0 -> SampleDistrict.calendar();
            case 1 -> calendar;
            case 2 ->
                WorkCalendar.builder()
                        .zone(SampleDistrict.ZONE)
                        .windows(
                                new WorkCalendar.Window(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(12, 0)),
                                new WorkCalendar.Window(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(17, 30)))
                        .weekend(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY)
                        .holiday(SampleDistrict.HOLIDAY, "测试假日")
                        .holiday(SampleDistrict.HOLIDAY.plusDays(step), "调整假日" + step)
                        .build();
            default ->
                WorkCalendar.builder()
                        .zone(SampleDistrict.ZONE)
                        .hours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
                        .covers(java.time.Year.of(2026), java.time.Year.of(2027))
                        .notice(java.time.Year.of(2026), "测试通知 " + step)
                        .notice(java.time.Year.of(2027), "下一年度通知")
                        .holiday(SampleDistrict.HOLIDAY, "测试假日")
                        .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), "元旦")
                        .workday(LocalDate.of(2027, 1, 4), "元旦调休")
                        .build();
        };
    }

    private record Version(LocalDate effectiveFrom, GridTree tree, Duties duties, WorkCalendar calendar) {}

    /**
     * The naive model's calendar of a day: that of the version in force, with the version that
     * loaded it (the first of the run of versions with that calendar ending there).
     */
    private static void assertCalendar(List<Version> versions, Optional<DatedCalendar> actual, LocalDate day) {
        Optional<Long> inForce = modelVersionOn(versions, day);
        assertThat(actual.map(DatedCalendar::version))
                .as("calendar's version on %s", day)
                .isEqualTo(inForce);
        if (inForce.isEmpty()) {
            return;
        }
        int i = (int) (inForce.get() - 1);
        int loaded = i;
        while (loaded > 0
                && versions.get(loaded - 1).calendar().equals(versions.get(i).calendar())) {
            loaded--;
        }
        DatedCalendar a = actual.orElseThrow();
        assertThat(a.calendar())
                .as("calendar on %s", day)
                .isEqualTo(versions.get(i).calendar());
        assertThat(a.effectiveFrom()).isEqualTo(versions.get(i).effectiveFrom());
        assertThat(a.loadedIn()).as("calendar on %s loaded in", day).isEqualTo(loaded + 1L);
        assertThat(a.loadedFrom()).isEqualTo(versions.get(loaded).effectiveFrom());
        assertThat(a.loadedById()).isEqualTo(ADMIN.id());
        assertThat(a.loadedByName()).isEqualTo(ADMIN.displayName());
    }

    private static Optional<Long> modelVersionOn(List<Version> versions, LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return Optional.of(i + 1L);
            }
        }
        return Optional.empty();
    }

    /** The naive model's duties: those of the last version whose effective day is not after {@code day}. */
    private static Optional<Duties> modelDutiesOn(List<Version> versions, LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return Optional.of(versions.get(i).duties());
            }
        }
        return Optional.empty();
    }

    /** The naive model: the last version whose effective day is not after {@code day}. */
    private static Optional<Grid> modelGridOn(List<Version> versions, GridCode code, LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return versions.get(i).tree().find(code);
            }
        }
        return Optional.empty();
    }

    @Test
    public void theGridTheDutiesAndTheCalendarOnADayAreTheNaiveModelsAnswerAcrossRandomChanges() {
        qt().withExamples(Math.max(EXAMPLES, 10))
                .forAll(
                        lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 5),
                        lists().of(integers().between(0, 6)).ofSize(5))
                .checkAssert((seeds, gaps) -> {
                    LocalDate first = today().minusDays(40);
                    Store store = newStore(change("首次加载", first));
                    List<Version> model = new ArrayList<>();
                    GridTree tree = SampleDistrict.grids();
                    Duties duties = Duties.sample();
                    WorkCalendar calendar = SampleDistrict.calendar();
                    model.add(new Version(first, tree, duties, calendar));
                    LocalDate day = first;
                    for (int i = 0; i < seeds.size(); i++) {
                        day = day.plusDays(gaps.get(i));
                        tree = mutate(tree, seeds.get(i), i + 1);
                        duties = mutateDuties(duties, seeds.get(i), i + 1);
                        calendar = mutateCalendar(calendar, seeds.get(i), i + 1);
                        store.directory()
                                .replace(
                                        tree, duties.matrix(), duties.limits(), calendar, change("变更 " + (i + 1), day));
                        model.add(new Version(day, tree, duties, calendar));
                    }
                    DirectoryChangePage page = store.history().changes(0, 100);
                    assertThat(page.total()).isEqualTo(model.size());
                    List<DirectoryChangeRecord> records = new ArrayList<>(page.changes());
                    java.util.Collections.reverse(records);
                    String previous = "";
                    for (int v = 0; v < model.size(); v++) {
                        DirectoryChangeRecord r = records.get(v);
                        assertThat(r.version()).isEqualTo(v + 1L);
                        assertThat(r.effectiveFrom()).isEqualTo(model.get(v).effectiveFrom());
                        assertThat(r.previousHash()).isEqualTo(previous);
                        assertThat(r.hashMatches()).isTrue();
                        assertThat(r.items()).isNotEmpty();
                        previous = r.hash();
                    }
                    Set<GridCode> codes = new java.util.TreeSet<>(java.util.Comparator.comparing(GridCode::value));
                    model.forEach(m -> m.tree().grids().forEach(g -> codes.add(g.code())));
                    for (LocalDate d = first.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
                        for (GridCode code : codes) {
                            Optional<Grid> expected = modelGridOn(model, code, d);
                            Optional<DatedGrid> actual = store.history().gridOn(code, d);
                            assertThat(actual.map(DatedGrid::grid))
                                    .as("grid %s on %s", code, d)
                                    .isEqualTo(expected);
                        }
                        assertDuties(store.history().dutiesOn(d), modelDutiesOn(model, d), d);
                        assertThat(store.history().dutiesOn(d).map(DatedDuties::version))
                                .as("version in force on %s", d)
                                .isEqualTo(modelVersionOn(model, d));
                        assertCalendar(model, store.history().calendarOn(d), d);
                    }
                    assertThat(store.directory().workCalendar()).isEqualTo(calendar);
                    assertThat(store.directory().grids().grids()).containsExactlyInAnyOrderElementsOf(tree.grids());
                });
    }

    /** The store's duties of a day are the model's: departments as a set, rules and limits as they are. */
    static void assertDuties(Optional<DatedDuties> actual, Optional<Duties> expected, LocalDate day) {
        assertThat(actual.isPresent()).as("duties on %s present", day).isEqualTo(expected.isPresent());
        if (expected.isEmpty()) {
            return;
        }
        DatedDuties a = actual.orElseThrow();
        assertThat(a.departments())
                .as("departments on %s", day)
                .containsExactlyInAnyOrderElementsOf(expected.get().matrix().departments());
        assertThat(a.dutyRules())
                .as("duty rules on %s", day)
                .isEqualTo(expected.get().matrix().rules());
        assertThat(a.timeLimits())
                .as("time limits on %s", day)
                .isEqualTo(expected.get().limits());
        assertThat(a.effectiveFrom()).isBeforeOrEqualTo(day);
    }

    @Test
    public void aChangeEffectiveBeforeTheLastRecordedOneIsRefusedAndWritesNothing() {
        LocalDate first = today().minusDays(10);
        Store store = newStore(change("首次加载", first));
        GridTree changed = mutate(SampleDistrict.grids(), 1, 1);
        replace(store, changed, change("后补录入", today().minusDays(5)));

        GridTree other = mutate(changed, 2, 2);
        assertThatThrownBy(() -> replace(store, other, change("更早的变更", today().minusDays(6))))
                .isInstanceOf(DirectoryChangeRefusedException.class)
                .hasMessageContaining("effectiveFrom")
                .hasMessageContaining(today().minusDays(6).toString())
                .hasMessageContaining(today().minusDays(5).toString())
                .hasMessageContaining("version 2")
                .satisfies(e -> assertThat(((DirectoryChangeRefusedException) e).field())
                        .isEqualTo("effectiveFrom"));
        assertThat(store.history().changes(0, 10).total()).isEqualTo(2);
        assertThat(store.directory().grids().grids()).containsExactlyInAnyOrderElementsOf(changed.grids());

        // the same day as the last change, and today, are fine
        replace(store, other, change("同日变更", today().minusDays(5)));
        replace(store, mutate(other, 3, 3), change("今日变更", today()));
        assertThat(store.history().changes(0, 10).total()).isEqualTo(4);
    }

    @Test
    public void aChangeEffectiveInTheFutureIsRefusedAndWritesNothing() {
        Store store = newStore(change("首次加载", today().minusDays(1)));
        assertThatThrownBy(
                        () -> replace(store, mutate(SampleDistrict.grids(), 4, 1), change("明天生效", today().plusDays(1))))
                .isInstanceOf(DirectoryChangeRefusedException.class)
                .hasMessageContaining("effectiveFrom: " + today().plusDays(1) + " is after today (" + today())
                .hasMessageContaining("Asia/Shanghai");
        assertThat(store.history().changes(0, 10).total()).isEqualTo(1);
        assertThat(store.directory().grids().grids())
                .containsExactlyInAnyOrderElementsOf(SampleDistrict.grids().grids());
    }

    @Test
    public void aReplacementThatChangesNothingRecordsNothing() {
        Store store = newStore(change("首次加载", today().minusDays(3)));
        replace(store, SampleDistrict.grids(), change("重复导入", today()));
        assertThat(store.history().changes(0, 10).total()).isEqualTo(1);
    }

    @Test
    public void theRecordSaysWhoWhyWhenAndWhatChanged() {
        LocalDate first = today().minusDays(3);
        Store store = newStore(change("首次加载", first));
        GridTree tree = SampleDistrict.grids();
        Grid micro = tree.get(SampleDistrict.JINQIAO_MICRO_1);
        List<Grid> grids = new ArrayList<>(tree.grids());
        grids.remove(micro);
        grids.removeIf(g -> g.code().equals(SampleDistrict.SHIHU_MICRO_1));
        grids.add(micro.toBuilder()
                .name("金桥一号网格（新）")
                .responsible(ResponsibleRole.FIRST, new ResponsiblePerson("new-first", "王新"))
                .build());
        replace(store, GridTree.of(grids), change("人员调整", today().minusDays(1)));

        DirectoryChangeRecord last = store.history().changes(0, 1).changes().get(0);
        assertThat(last.version()).isEqualTo(2);
        assertThat(last.actorId()).isEqualTo("admin-1");
        assertThat(last.actorName()).isEqualTo("区指挥中心");
        assertThat(last.reason()).isEqualTo("人员调整");
        assertThat(last.effectiveFrom()).isEqualTo(today().minusDays(1));
        assertThat(last.items())
                .extracting(DirectoryChangeItem::kind, DirectoryChangeItem::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DirectoryChangeItem.Kind.GRID_REMOVED, SampleDistrict.SHIHU_MICRO_1.value()),
                        org.assertj.core.groups.Tuple.tuple(
                                DirectoryChangeItem.Kind.GRID_RENAMED, SampleDistrict.JINQIAO_MICRO_1.value()),
                        org.assertj.core.groups.Tuple.tuple(
                                DirectoryChangeItem.Kind.RUNG_HOLDER_CHANGED,
                                SampleDistrict.JINQIAO_MICRO_1.value() + "/FIRST"));
        assertThat(last.items().get(2).detail()).endsWith("→ 王新 (new-first)");
        DirectoryChangeRecord firstRecord =
                store.history().changes(1, 1).changes().get(0);
        assertThat(firstRecord.items())
                .extracting(DirectoryChangeItem::kind)
                .containsExactly(DirectoryChangeItem.Kind.DIRECTORY_LOADED);
        assertThat(store.history().gridOn(SampleDistrict.SHIHU_MICRO_1, today()))
                .isEmpty();
        assertThat(store.history().gridOn(SampleDistrict.SHIHU_MICRO_1, today().minusDays(2)))
                .isPresent();
        assertThat(store.history().gridOn(SampleDistrict.JINQIAO_MICRO_1, first.minusDays(1)))
                .isEmpty();
        DatedGrid then = store.history()
                .gridOn(SampleDistrict.JINQIAO_MICRO_1, today().minusDays(2))
                .orElseThrow();
        assertThat(then.version()).isEqualTo(1);
        assertThat(then.effectiveFrom()).isEqualTo(first);
        assertThat(then.grid()).isEqualTo(micro);
    }

    @Test
    public void pagesAreNewestFirstAndBadPagesAreRefused() {
        Store store = newStore(change("首次加载", today().minusDays(5)));
        GridTree tree = SampleDistrict.grids();
        for (int i = 1; i <= 4; i++) {
            tree = mutate(tree, i, i);
            replace(store, tree, change("第" + i + "次", today().minusDays(5 - i)));
        }
        assertThat(store.history().changes(1, 2).changes())
                .extracting(DirectoryChangeRecord::version)
                .containsExactly(4L, 3L);
        assertThat(store.history().changes(4, 10).changes())
                .extracting(DirectoryChangeRecord::version)
                .containsExactly(1L);
        assertThat(store.history().changes(9, 10).changes()).isEmpty();
        assertThatThrownBy(() -> store.history().changes(-1, 10)).hasMessageContaining("offset");
        assertThatThrownBy(() -> store.history().changes(0, 0)).hasMessageContaining("limit: must be 1-500");
    }

    @Test
    public void concurrentReplacementsAreAllRecordedOneAfterTheOther() throws Exception {
        Store store = newStore(change("首次加载", today().minusDays(1)));
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> markers = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    String marker = "writer-" + writer;
                    List<Grid> grids = new ArrayList<>(SampleDistrict.grids().grids());
                    Grid micro = SampleDistrict.grids().get(SampleDistrict.YINQIAO_MICRO_1);
                    grids.remove(micro);
                    grids.add(micro.toBuilder()
                            .responsible(ResponsibleRole.FIRST, new ResponsiblePerson(marker, "并发" + writer))
                            .build());
                    store.directory()
                            .replace(
                                    GridTree.of(grids),
                                    fireBrigadeNamed(marker),
                                    TimeLimits.defaults(),
                                    SampleDistrict.calendar(),
                                    change(marker, today()));
                    markers.add(marker);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(markers).hasSize(writers);
        DirectoryChangePage page = store.history().changes(0, 100);
        assertThat(page.total()).isEqualTo(writers + 1L);
        List<DirectoryChangeRecord> records = new ArrayList<>(page.changes());
        java.util.Collections.reverse(records);
        String previousHolder = null;
        String previousHash = "";
        for (DirectoryChangeRecord r : records) {
            assertThat(r.previousHash()).isEqualTo(previousHash);
            previousHash = r.hash();
            if (r.version() == 1) {
                continue;
            }
            // each record's summary is against the version really before it
            DirectoryChangeItem item = r.items().get(0);
            assertThat(item.subject()).isEqualTo(SampleDistrict.YINQIAO_MICRO_1.value() + "/FIRST");
            if (previousHolder != null) {
                assertThat(item.detail()).contains("(" + previousHolder + ") →");
            }
            assertThat(item.detail()).endsWith("(" + r.reason() + ")");
            // the department, written with the grids, is summarised against the same version before
            DirectoryChangeItem department = r.items().get(1);
            assertThat(department.kind()).isEqualTo(DirectoryChangeItem.Kind.DEPARTMENT_CHANGED);
            assertThat(department.detail()).contains("→ " + r.reason() + " / ");
            if (previousHolder != null) {
                assertThat(department.detail()).startsWith(previousHolder + " / ");
            }
            previousHolder = r.reason();
        }
        assertThat(records).extracting(DirectoryChangeRecord::reason).containsAll(markers);
        assertThat(store.directory()
                        .grids()
                        .get(SampleDistrict.YINQIAO_MICRO_1)
                        .responsibilityChain()
                        .holder(ResponsibleRole.FIRST)
                        .orElseThrow()
                        .personId())
                .isEqualTo(previousHolder);
        DatedDuties now = store.history().dutiesOn(today()).orElseThrow();
        assertThat(now.version()).isEqualTo(writers + 1L);
        assertThat(now.dutyMatrix()
                        .department(SampleDistrict.FIRE_BRIGADE)
                        .orElseThrow()
                        .zhName())
                .isEqualTo(previousHolder);
    }

    private static DutyMatrix fireBrigadeNamed(String zhName) {
        List<Department> departments = new ArrayList<>();
        for (Department d : SampleDistrict.dutyMatrix().departments()) {
            departments.add(
                    d.id().equals(SampleDistrict.FIRE_BRIGADE)
                            ? new Department(d.id(), zhName, d.enName(), d.domains())
                            : d);
        }
        return DutyMatrix.builder()
                .departments(departments)
                .rules(SampleDistrict.dutyMatrix().rules())
                .build();
    }
}
