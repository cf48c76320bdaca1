package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gridsafe.Casework;
import org.gridsafe.GridSafe;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.ApproveExtension;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseEntity;
import org.gridsafe.casework.CaseEvent;
import org.gridsafe.casework.CaseEventTypes;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.CaseState;
import org.gridsafe.casework.ChangeCaseEntity;
import org.gridsafe.casework.Close;
import org.gridsafe.casework.ConcurrentUpdateException;
import org.gridsafe.casework.DenyExtension;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.EscalationRung;
import org.gridsafe.casework.InvalidCommandException;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.Merge;
import org.gridsafe.casework.Notification;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Reject;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.ReportFixedOnSpot;
import org.gridsafe.casework.RequestExtension;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Verify;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.CaseChange;
import org.gridsafe.port.CasePage;
import org.gridsafe.port.CaseQueries;
import org.gridsafe.port.CaseQuery;
import org.gridsafe.port.CaseStore;
import org.gridsafe.port.IdGenerator;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * What every {@link CaseStore} and {@link CaseQueries} pair must do, as JUnit 5 tests. An adapter
 * runs them by extending this class (in a class named {@code ...ContractTest}) and saying how to
 * make a fresh, empty store:
 *
 * <pre>{@code
 * class MyCaseStoreContractTest extends CaseStoreContract {
 *     @Override
 *     protected StoreUnderTest newStore() {
 *         RecordingNotifier notifier = new RecordingNotifier();
 *         MyCaseStore store = new MyCaseStore(notifier);
 *         return new StoreUnderTest(store, store, notifier::delivered);
 *     }
 * }
 * }</pre>
 *
 * <p>{@code MyCaseStore} stands for the host's adapter (one class implementing both ports, or two
 * over the same data); {@code DocumentedExampleTest} compiles and runs this very example. A store
 * that delivers notifications through an outbox runs its relay inside {@code delivered} before
 * returning what was delivered.
 *
 * <p>The event logs are made by the real workflow: a {@link GridSafe} over {@link SampleDistrict}
 * wired to the store under test, driven by a {@link MutableClock}. Where a test needs a change the
 * workflow would not send (a stale one, a reused id), it takes a real change made elsewhere (held
 * back, or made in a scratch in-memory store) and appends it raw.
 *
 * <p>Query results are checked against {@link CaseQueryReference}, which spells out the semantics
 * of every {@link CaseQuery} criterion and of paging.
 */
public abstract class CaseStoreContract {

    /** District-level grid staff: may report anywhere in the district and verify general hazards. */
    protected static final Actor DISTRICT_STAFF = Actor.gridStaff("gs-district", "区级网格员", DISTRICT);

    /** The district command center: may register, dispatch, decide extensions and close anywhere. */
    protected static final Actor DISTRICT_CENTER = districtCommandCenter();

    private static final HazardCode OVERLOAD = HazardCode.parse("1101");

    /**
     * One store under test.
     *
     * @param store the write side
     * @param queries the read side over the same cases
     * @param delivered every notification delivered so far, repeats allowed (a store with an
     *     outbox runs its relay before answering)
     */
    public record StoreUnderTest(CaseStore store, CaseQueries queries, Supplier<List<Notification>> delivered) {

        public StoreUnderTest {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(delivered, "delivered");
        }

        /** Every notification delivered so far. */
        public List<Notification> deliveredNotifications() {
            return List.copyOf(delivered.get());
        }
    }

    /** A fresh, empty store for one test. */
    protected abstract StoreUnderTest newStore();

    /** Releases what {@link #newStore()} made (connections, files); nothing by default. */
    protected void release(StoreUnderTest store) {}

    private StoreUnderTest subject;
    private ChangeRecorder recorder;
    private MutableClock clock;
    private ScriptedIds ids;
    private Casework casework;
    private SupervisedEntities entities;

    /** A textile unit (RED, class of the district's four grades), a shop, and a unit with an expired licence. */
    protected static final EntityId UNIT = EntityId.of("PU-0001");

    protected static final EntityId SHOP = EntityId.of("PL-0002");
    protected static final EntityId EXPIRED_UNIT = EntityId.of("PU-0003");

    @BeforeEach
    final void startWithAFreshStore() {
        subject = Objects.requireNonNull(newStore(), "newStore()");
        recorder = new ChangeRecorder(subject.store());
        clock = SampleDistrict.mondayMorningClock();
        ids = new ScriptedIds("YH20260330-");
        // The registry is not under test here: the case store is; it keeps the entities' facts.
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        entities = EntitySamples.service(registry, clock);
        SupervisedEntity unit = entities.execute(
                DISTRICT_CENTER,
                new EntityCommand.Register(
                        UNIT, EntitySamples.unit("金桥纺织厂", EntitySamples.code(1), POINT_IN_JINQIAO_MICRO_1), "登记"));
        assess(unit, RiskLevel.RED);
        entities.execute(
                DISTRICT_CENTER,
                new EntityCommand.Register(
                        SHOP, EntitySamples.shop("银桥小超市", new GeoPoint(120.02, 31.02), Optional.empty()), "登记"));
        entities.execute(
                DISTRICT_CENTER,
                new EntityCommand.Register(
                        EXPIRED_UNIT,
                        EntitySamples.withLicences(
                                EntitySamples.unit("金桥烟花批发部", EntitySamples.code(3), POINT_IN_JINQIAO_MICRO_1),
                                List.of(
                                        EntitySamples.licence(
                                                "STANDARDISATION_CERTIFICATE",
                                                "BZH-2023-03",
                                                LocalDate.of(2023, 3, 1),
                                                LocalDate.of(2026, 3, 1)),
                                        EntitySamples.licence(
                                                "STANDARDISATION_CERTIFICATE",
                                                "BZH-2023-04",
                                                LocalDate.of(2023, 3, 1),
                                                LocalDate.of(2026, 3, 29)),
                                        EntitySamples.licence(
                                                "STANDARDISATION_CERTIFICATE",
                                                "BZH-2026-01",
                                                LocalDate.of(2026, 1, 1),
                                                LocalDate.of(2026, 3, 30)))),
                        "登记"));
        entityRegistry = registry;
        casework = casework(recorder, subject.queries(), ids, registry);
    }

    private InMemoryEntityRegistry entityRegistry;

    private Casework casework(CaseStore store, CaseQueries queries, IdGenerator idGenerator) {
        return casework(store, queries, idGenerator, entityRegistry);
    }

    /** The regulator grades {@code entity} {@code level} today. */
    private SupervisedEntity assess(SupervisedEntity entity, RiskLevel level) {
        SupervisedEntity now = entities.get(DISTRICT_CENTER, entity.id());
        return entities.execute(
                DISTRICT_CENTER,
                new EntityCommand.AssessRisk(
                        now.id(),
                        now.version(),
                        EntitySamples.assessment(
                                AssessorKind.REGULATOR,
                                level,
                                LocalDate.ofInstant(clock.instant(), SampleDistrict.ZONE)),
                        "定级"));
    }

    @AfterEach
    final void releaseTheStore() {
        release(subject);
    }

    /** The store under test of the running test. */
    protected final StoreUnderTest subject() {
        return subject;
    }

    /** The workflow over the store under test. */
    protected final Casework casework() {
        return casework;
    }

    /** The clock the workflow reads. */
    protected final MutableClock clock() {
        return clock;
    }

    // ---------------------------------------------------------------- the write side

    @Test
    void loadingAnUnknownCaseGivesNoEventsAndNoCase() {
        CaseId unknown = CaseId.of("YH-NOBODY");

        assertThat(subject.store().load(unknown)).isEmpty();
        assertThat(subject.queries().find(unknown)).isEmpty();
        assertThat(subject.queries().find(CaseQuery.all())).isEqualTo(new CasePage(List.of(), Optional.empty()));
    }

    @Test
    void appendedEventsLoadBackExactlyInOrderAndTheirHashChainVerifies() {
        runEveryKindOfEvent();

        for (CaseId id : recorder.latest().keySet()) {
            List<RecordedEvent> loaded = subject.store().load(id);
            assertThat(loaded).as("log of %s", id).containsExactlyElementsOf(recorder.eventsOf(id));
            assertThat(CaseAudit.verify(loaded).intact())
                    .as("hash chain of %s", id)
                    .isTrue();
        }
    }

    @Test
    void findingACaseGivesTheReplayOfItsLog() {
        runEveryKindOfEvent();

        for (Map.Entry<CaseId, Case> latest : recorder.latest().entrySet()) {
            Optional<Case> found = subject.queries().find(latest.getKey());
            assertThat(found).as("case %s", latest.getKey()).contains(latest.getValue());
            assertThat(found).contains(Case.replay(subject.store().load(latest.getKey())));
        }
    }

    @Test
    void unicodeTextAndEveryOptionalFieldPresentOrAbsentRoundTrip() {
        runEveryKindOfEvent();

        Set<String> written = new HashSet<>();
        recorder.accepted()
                .forEach(change ->
                        change.events().forEach(e -> written.add(e.event().type())));
        Set<String> everyType = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
                .map(t -> CaseEventTypes.nameOf(t.asSubclass(CaseEvent.class)))
                .collect(Collectors.toSet());
        assertThat(written).as("event types the contract writes").isEqualTo(everyType);

        Case full = subject.queries().find(CaseId.of("YH-FULL")).orElseThrow();
        assertThat(full.description()).isEqualTo(FULL_DESCRIPTION);
        assertThat(full.attachments()).containsExactly("照片/现场 1.jpg", "https://例子.中国/a?b=c&d=%20");
        assertThat(full.reporterContact()).contains("139-0000-0000（微信：张三）");
        assertThat(full.rectificationPlan()).isPresent();
        assertThat(full.satisfaction()).contains(5);
        assertThat(subject.queries().find(CaseId.of("YH-CRITERION-REPORTED")).orElseThrow())
                .satisfies(c -> assertThat(c.majorHazardCriterion()).contains("MEM_ORDER_10_2023:3.1"))
                .satisfies(c -> assertThat(c.grade()).isEqualTo(HazardGrade.MAJOR));
        assertThat(subject.queries()
                        .find(CaseId.of("YH-CRITERION-CHANGED"))
                        .orElseThrow()
                        .majorHazardCriterion())
                .contains("MEM_ORDER_10_2023:3.1");
        Case stopped = subject.queries().find(CaseId.of("YH-MAJOR-STOPPED")).orElseThrow();
        assertThat(stopped.state()).isEqualTo(org.gridsafe.casework.CaseState.CLOSED);
        assertThat(stopped.majorHazardReports()).hasSize(2).allMatch(org.gridsafe.casework.MajorHazardReport::filed);
        assertThat(stopped.writtenOffAt()).isPresent();
        assertThat(stopped.treatmentPlan()).contains(SamplePlans.treatment());
        assertThat(stopped.reworkCount()).isEqualTo(1);
        Case bare = subject.queries().find(CaseId.of("YH-BARE")).orElseThrow();
        assertThat(bare.location()).isEmpty();
        assertThat(bare.attachments()).isEmpty();
        assertThat(bare.reporterContact()).isEmpty();
        assertThat(bare.satisfaction()).isEmpty();
        for (CaseId id : recorder.latest().keySet()) {
            List<RecordedEvent> loaded = subject.store().load(id);
            assertThat(loaded).as("log of %s", id).containsExactlyElementsOf(recorder.eventsOf(id));
            assertThat(CaseAudit.verify(loaded).intact())
                    .as("hash chain of %s", id)
                    .isTrue();
        }
        assertThat(full.extensionCount()).isEqualTo(1);
        assertThat(full.deadline()).isEmpty();
    }

    @Test
    void appendingWithAStaleExpectedVersionIsRefusedAndChangesNothing() {
        Case reported = report(casework, JINQIAO_MICRO_1, SafetyDomain.FIRE, HazardGrade.GENERAL, "消防通道堆放杂物");
        // Two command-center seats read version 1; one rejects (held back), the other registers first.
        CaseChange loser = recorder.holdBack(() -> casework.reject(
                DISTRICT_CENTER,
                Reject.of(reported.id()).expectedVersion(1).reason("重复上报，不予立案").build()));
        register(casework, reported);
        Snapshot before = snapshot(reported.id());

        assertThatThrownBy(() -> subject.store().append(loser)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(snapshot(reported.id())).isEqualTo(before);
        assertThat(subject.deliveredNotifications()).doesNotContainAnyElementsOf(loser.notifications());
    }

    @Test
    void appendingAheadOfTheStoredVersionIsRefused() {
        InMemoryCaseStore scratch = new InMemoryCaseStore();
        ChangeRecorder elsewhere = new ChangeRecorder(scratch);
        Casework other = casework(elsewhere, scratch, new ScriptedIds("YH-AHEAD-"));
        dispatch(
                other, register(other, report(other, SHIHU_MICRO_1, SafetyDomain.FOOD, HazardGrade.GENERAL, "冷库温度超标")));
        List<CaseChange> changes = elsewhere.accepted();
        CaseId id = changes.get(0).caseId();

        assertThatThrownBy(() -> subject.store().append(changes.get(1)))
                .as("version 1 expected of a case that does not exist")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(subject.store().load(id)).isEmpty();
        assertThat(subject.queries().find(id)).isEmpty();

        subject.store().append(changes.get(0));
        assertThatThrownBy(() -> subject.store().append(changes.get(2)))
                .as("version 2 expected of a case at version 1")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(subject.store().load(id))
                .containsExactlyElementsOf(changes.get(0).events());
        assertThat(subject.queries().find(id)).contains(changes.get(0).result());
    }

    @Test
    void reportingANewCaseUnderATakenIdLosesTheRace() {
        ids.then("YH-TAKEN");
        Case original = report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "灭火器过期");
        Snapshot before = snapshot(original.id());
        InMemoryCaseStore scratch = new InMemoryCaseStore();
        ChangeRecorder elsewhere = new ChangeRecorder(scratch);
        ScriptedIds sameIds = new ScriptedIds("YH-UNUSED-");
        Casework other = casework(elsewhere, scratch, sameIds);
        sameIds.then("YH-TAKEN");
        report(other, SHIHU_MICRO_1, SafetyDomain.TRAFFIC, HazardGrade.GENERAL, "路口信号灯损坏");
        CaseChange secondReport = elsewhere.accepted().get(0);

        assertThatThrownBy(() -> subject.store().append(secondReport)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(snapshot(original.id())).isEqualTo(before);
        assertThat(subject.deliveredNotifications()).doesNotContainAnyElementsOf(secondReport.notifications());
    }

    @Test
    void aMultiEventChangeIsStoredWholeOrNotAtAll() {
        ids.then("YH-SPOT");
        Case fixed = fixOnSpot(casework, JINQIAO_MICRO_1, "安全出口指示灯不亮，已当场更换");
        List<RecordedEvent> loaded = subject.store().load(fixed.id());

        assertThat(loaded).hasSize(6).containsExactlyElementsOf(recorder.eventsOf(fixed.id()));
        assertThat(loaded).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(subject.queries().find(fixed.id())).contains(fixed);
        assertThat(fixed.state()).isEqualTo(CaseState.CLOSED);

        // The same six events again, under the same id: refused whole, the first six untouched.
        InMemoryCaseStore scratch = new InMemoryCaseStore();
        ChangeRecorder elsewhere = new ChangeRecorder(scratch);
        ScriptedIds sameIds = new ScriptedIds("YH-UNUSED-");
        sameIds.then("YH-SPOT");
        fixOnSpot(casework(elsewhere, scratch, sameIds), YINQIAO_MICRO_1, "消防栓被遮挡，已当场清理");
        Snapshot before = snapshot(fixed.id());

        assertThatThrownBy(() -> subject.store().append(elsewhere.accepted().get(0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(snapshot(fixed.id())).isEqualTo(before);
    }

    @Test
    void readersNeverSeePartOfAChange() throws Exception {
        int cases = 30;
        List<CaseId> written = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            written.add(CaseId.of(String.format("YH-ATOM-%03d", i)));
        }
        written.forEach(id -> ids.then(id.value()));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> torn = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reads = reader.submit(() -> {
                int seen = 0;
                do {
                    for (CaseId id : written) {
                        int events = subject.store().load(id).size();
                        long version =
                                subject.queries().find(id).map(Case::version).orElse(0L);
                        if ((events != 0 && events != 6) || (version != 0 && version != 6)) {
                            torn.add(id + ": " + events + " events, version " + version);
                        }
                        seen++;
                    }
                } while (writing.get());
                return seen;
            });
            for (int i = 0; i < cases; i++) {
                fixOnSpot(casework, JINQIAO_MICRO_1, "配电箱未上锁，已当场整改 " + i);
            }
            writing.set(false);
            assertThat(reads.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            writing.set(false);
            reader.shutdownNow();
        }
        assertThat(torn).as("reads that saw part of a six-event change").isEmpty();
    }

    // ---------------------------------------------------------------- notifications

    @Test
    void theNotificationsOfEveryStoredChangeAreDelivered() {
        runEveryKindOfEvent();

        Set<Notification> owed = new HashSet<>();
        recorder.accepted().forEach(change -> owed.addAll(change.notifications()));
        assertThat(owed).as("the contract's changes owe notifications").isNotEmpty();
        Set<Notification> delivered = new HashSet<>(subject.deliveredNotifications());
        assertThat(delivered).as("delivered at least once").containsAll(owed);
        assertThat(owed).as("nothing delivered that no stored change owed").containsAll(delivered);
    }

    @Test
    void theNotificationsOfARefusedChangeAreNeverDelivered() {
        Case reported = report(casework, SHIHU_MICRO_1, SafetyDomain.FIRE, HazardGrade.GENERAL, "楼道电动车充电");
        Case registered = register(casework, reported);
        CaseChange loser = recorder.holdBack(() -> dispatch(casework, registered));
        casework.merge(
                DISTRICT_CENTER,
                Merge.of(registered.id())
                        .expectedVersion(registered.version())
                        .into(report(casework, SHIHU_MICRO_1, SafetyDomain.FIRE, HazardGrade.GENERAL, "同一处电动车充电")
                                .id())
                        .reason("重复上报")
                        .build());
        assertThat(loser.notifications()).isNotEmpty();

        assertThatThrownBy(() -> subject.store().append(loser)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(subject.deliveredNotifications()).doesNotContainAnyElementsOf(loser.notifications());
    }

    // ---------------------------------------------------------------- queries

    @Test
    void filteringByStatesKeepsExactlyThoseStates() {
        seedVariedCases();

        for (CaseState state : CaseState.values()) {
            List<Case> found = fetchAll(CaseQuery.all().inStates(EnumSet.of(state)));
            assertThat(found).as("state %s seeded", state).isNotEmpty();
            assertThat(found).allMatch(c -> c.state() == state);
        }
        Set<CaseState> open = EnumSet.noneOf(CaseState.class);
        Arrays.stream(CaseState.values()).filter(CaseState::isOpen).forEach(open::add);
        assertThat(fetchAll(CaseQuery.all().inStates(open)))
                .allMatch(c -> c.state().isOpen());
        fetchAll(CaseQuery.all().inStates(EnumSet.of(CaseState.REPORTED, CaseState.CLOSED)));
        assertThat(fetchAll(CaseQuery.all().inStates(Set.of())))
                .hasSameSizeAs(recorder.latest().values());
    }

    @Test
    void filteringWithinAGridKeepsItsWholeSubtreeAndNoSibling() {
        seedVariedCases();

        for (GridCode grid : List.of(
                DISTRICT,
                JINQIAO_STREET,
                SHIHU_STREET,
                JINQIAO_COMMUNITY,
                YINQIAO_COMMUNITY,
                SHIHU_COMMUNITY,
                JINQIAO_MICRO_1,
                JINQIAO_MICRO_2,
                YINQIAO_MICRO_1,
                SHIHU_MICRO_1)) {
            assertThat(fetchAll(CaseQuery.all().withinGrid(grid)))
                    .as("within %s", grid)
                    .isNotEmpty();
        }
        assertThat(fetchAll(CaseQuery.all().withinGrid(JINQIAO_COMMUNITY)))
                .extracting(Case::grid)
                .contains(JINQIAO_COMMUNITY, JINQIAO_MICRO_1, JINQIAO_MICRO_2)
                .doesNotContain(JINQIAO_STREET, YINQIAO_COMMUNITY, YINQIAO_MICRO_1, SHIHU_MICRO_1, DISTRICT);
        assertThat(fetchAll(CaseQuery.all().withinGrid(JINQIAO_MICRO_1)))
                .extracting(Case::grid)
                .containsOnly(JINQIAO_MICRO_1);
        assertThat(fetchAll(CaseQuery.all().withinGrid(DISTRICT)))
                .hasSameSizeAs(recorder.latest().values());
        assertThat(fetchAll(CaseQuery.all().withinGrid(GridCode.parse("320599003"))))
                .isEmpty();
    }

    @Test
    void filteringByDepartmentKeepsOnlyCasesDispatchedToIt() {
        seedVariedCases();

        for (DepartmentId department :
                List.of(EMERGENCY, FIRE_BRIGADE, TRAFFIC_POLICE, HOUSING, MARKET, PUBLIC_SECURITY)) {
            assertThat(fetchAll(CaseQuery.all().department(department)))
                    .as("dispatched to %s", department)
                    .isNotEmpty()
                    .allMatch(c -> c.department().equals(Optional.of(department)));
        }
        assertThat(fetchAll(CaseQuery.all().department(DepartmentId.of("nobody"))))
                .isEmpty();
    }

    @Test
    void filteringDueBeforeKeepsOnlyOpenCasesWithAStrictlyEarlierDeadline() {
        seedVariedCases();

        List<Case> open = recorder.latest().values().stream()
                .filter(c -> c.state().isOpen())
                .toList();
        assertThat(open).isNotEmpty();
        for (Case c : open) {
            Instant deadline = c.deadline().orElseThrow();
            assertThat(fetchAll(CaseQuery.all().dueBefore(deadline)))
                    .as("due strictly before its own deadline")
                    .doesNotContain(c);
            assertThat(fetchAll(CaseQuery.all().dueBefore(deadline.plusMillis(1))))
                    .as("due a millisecond after")
                    .contains(c);
            fetchAll(CaseQuery.all().dueBefore(deadline.minusMillis(1)));
        }
        assertThat(fetchAll(CaseQuery.all().dueBefore(Instant.parse("2100-01-01T00:00:00Z"))))
                .containsExactlyInAnyOrderElementsOf(open);
        assertThat(fetchAll(CaseQuery.all().dueBefore(Instant.parse("2000-01-01T00:00:00Z"))))
                .isEmpty();
    }

    @Test
    void filteringByGradeAndDomainUsesTheClassificationAsRegistered() {
        seedVariedCases();

        for (HazardGrade grade : HazardGrade.values()) {
            assertThat(fetchAll(CaseQuery.all().grade(grade))).isNotEmpty().allMatch(c -> c.grade() == grade);
        }
        for (SafetyDomain domain : SafetyDomain.values()) {
            assertThat(fetchAll(CaseQuery.all().domain(domain))).isNotEmpty().allMatch(c -> c.domain() == domain);
        }
        // Reported as FOOD/GENERAL and FIRE/GENERAL, registered as PRODUCTION/MAJOR and TRAFFIC/GENERAL.
        assertThat(fetchAll(CaseQuery.all().domain(SafetyDomain.PRODUCTION).grade(HazardGrade.MAJOR)))
                .extracting(c -> c.id().value())
                .contains(seededId(9));
        assertThat(fetchAll(CaseQuery.all().domain(SafetyDomain.FIRE)))
                .extracting(c -> c.id().value())
                .doesNotContain(seededId(10));
        assertThat(fetchAll(CaseQuery.all().domain(SafetyDomain.TRAFFIC)))
                .extracting(c -> c.id().value())
                .contains(seededId(10));
    }

    @Test
    void filteringByTextMatchesLiterallyAndCaseSensitively() {
        seedVariedCases();

        for (String text : List.of("消防", "通道堆放", "100%", "%", "_", "_编号", "\\", "'valve'", "Door", "door", "#1")) {
            assertThat(fetchAll(CaseQuery.all().containing(text)))
                    .as("containing %s", text)
                    .isNotEmpty()
                    .allMatch(c -> c.description().contains(text));
        }
        assertThat(fetchAll(CaseQuery.all().containing("DOOR"))).isEmpty();
        assertThat(fetchAll(CaseQuery.all().containing("1_0%"))).isEmpty();
        assertThat(fetchAll(CaseQuery.all().containing("不存在的文字"))).isEmpty();
    }

    @Test
    void everyCriterionGivenMustHold() {
        seedVariedCases();
        Set<CaseState> open = EnumSet.of(
                CaseState.REPORTED,
                CaseState.REGISTERED,
                CaseState.DISPATCHED,
                CaseState.RECTIFIED,
                CaseState.VERIFIED);

        fetchAll(CaseQuery.all().withinGrid(JINQIAO_STREET).inStates(open).grade(HazardGrade.GENERAL));
        fetchAll(CaseQuery.all()
                .department(FIRE_BRIGADE)
                .dueBefore(clock.instant().plus(Duration.ofDays(30))));
        fetchAll(CaseQuery.all().domain(SafetyDomain.FIRE).containing("消防").withinGrid(JINQIAO_COMMUNITY));
        fetchAll(CaseQuery.all()
                .inStates(EnumSet.of(CaseState.DISPATCHED))
                .withinGrid(DISTRICT)
                .department(EMERGENCY)
                .grade(HazardGrade.MAJOR)
                .domain(SafetyDomain.PRODUCTION)
                .containing("#")
                .dueBefore(Instant.parse("2100-01-01T00:00:00Z")));
        assertThat(fetchAll(CaseQuery.all()
                        .withinGrid(SHIHU_STREET)
                        .department(EMERGENCY)
                        .grade(HazardGrade.MAJOR)
                        .inStates(EnumSet.of(CaseState.REPORTED))))
                .isEmpty();
    }

    @Test
    void filteringByEntityUsesItsFactsAsTheCasesReportRecordedThem() {
        seedVariedCases();

        assertThat(fetchAll(CaseQuery.all().entity(UNIT)))
                .hasSize(8)
                .allMatch(c -> c.entity().orElseThrow().id().equals(UNIT));
        assertThat(fetchAll(CaseQuery.all().entity(SHOP))).hasSize(8);
        assertThat(fetchAll(CaseQuery.all().entity(EXPIRED_UNIT))).isEmpty();
        assertThat(fetchAll(CaseQuery.all().sector("GONGMAO_TEXTILE"))).hasSize(8);
        assertThat(fetchAll(CaseQuery.all().sector("FIRE_SAFETY"))).hasSize(8);
        assertThat(fetchAll(CaseQuery.all().sector("GONGMAO_TEXTIL")))
                .as("a sector id matches whole")
                .isEmpty();
        // The unit was RED for the first four of its cases and BLUE after the regrade: history is kept.
        assertThat(fetchAll(CaseQuery.all().riskLevel(RiskLevel.RED)))
                .extracting(c -> c.id().value())
                .containsExactly(seededId(0), seededId(3), seededId(6), seededId(9));
        assertThat(fetchAll(CaseQuery.all().riskLevel(RiskLevel.BLUE))).hasSize(4);
        assertThat(fetchAll(CaseQuery.all().riskLevel(RiskLevel.ORANGE))).isEmpty();
        String code = fetchAll(CaseQuery.all().entity(UNIT))
                .get(0)
                .entity()
                .orElseThrow()
                .supervisionClass()
                .orElseThrow()
                .code();
        assertThat(fetchAll(CaseQuery.all().supervisionClass(code))).hasSize(8);
        // Case #9 was registered as MAJOR.
        assertThat(fetchAll(
                        CaseQuery.all().entity(UNIT).riskLevel(RiskLevel.RED).grade(HazardGrade.GENERAL)))
                .hasSize(3);
    }

    @Test
    void anUnknownEntityIsAFieldErrorAndWritesNothing() {
        assertThatThrownBy(() -> report(
                        casework,
                        JINQIAO_MICRO_1,
                        SafetyDomain.FIRE,
                        HazardGrade.GENERAL,
                        "无此单位",
                        Optional.of(EntityId.of("PU-9999"))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("entity")
                .hasMessageContaining("PU-9999");
        assertThat(subject.queries().find(CaseQuery.all()).cases()).isEmpty();
    }

    @Test
    void theLicenceRunOpensOneCasePerExpiredLicenceAndNoneOnARerun() {
        clock.setInstant(Instant.parse("2026-03-30T02:00:00Z"));
        List<Case> opened = casework.openExpiredLicenceCases(Actor.SYSTEM, clock.instant());

        // Expired on 1 and 29 March; the one expiring today is still valid through today.
        assertThat(opened)
                .extracting(c -> c.licence().orElseThrow().number())
                .containsExactlyInAnyOrder("BZH-2023-03", "BZH-2023-04");
        assertThat(opened).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(CaseSource.LICENCE_EXPIRED);
            assertThat(c.reporterId()).isEqualTo(Actor.SYSTEM.id());
            assertThat(c.entity().orElseThrow().id()).isEqualTo(EXPIRED_UNIT);
            assertThat(c.enterpriseId()).contains(EXPIRED_UNIT.value());
            assertThat(c.grid()).isEqualTo(JINQIAO_MICRO_1);
        });
        assertThat(casework.openExpiredLicenceCases(Actor.SYSTEM, clock.instant()))
                .as("a rerun")
                .isEmpty();
        clock.add(Duration.ofDays(1));
        List<Case> nextDay = casework.openExpiredLicenceCases(clock.instant());
        assertThat(nextDay).extracting(c -> c.licence().orElseThrow().number()).containsExactly("BZH-2026-01");
        assertThat(fetchAll(CaseQuery.all().source(CaseSource.LICENCE_EXPIRED).entity(EXPIRED_UNIT)))
                .hasSize(3);
        // Once a case is closed, a licence still expired opens a new one: one open case per licence.
        Case first = opened.get(0);
        first = register(casework, first);
        first = dispatch(casework, first);
        first = rectify(casework, first);
        first = verify(casework, first, true);
        close(casework, first);
        assertThat(casework.openExpiredLicenceCases(clock.instant()))
                .extracting(c -> c.licence().orElseThrow().number())
                .containsExactly(opened.get(0).licence().orElseThrow().number());
        assertThatThrownBy(() -> casework.openExpiredLicenceCases(DISTRICT_STAFF, clock.instant()))
                .isInstanceOf(org.gridsafe.casework.AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- paging

    @Test
    void pagesFollowCaseIdOrderAndHoldAtMostTheLimit() {
        seedVariedCases();
        int total = recorder.latest().size();

        for (int limit : List.of(1, 2, 3, 7, total - 1, total, total + 1, CaseQuery.MAX_LIMIT)) {
            List<Case> all = fetchAll(CaseQuery.all().limit(limit));
            assertThat(all).extracting(Case::id).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void followingNextVisitsEveryMatchOnceAndTheLastPageHasNoNext() {
        seedVariedCases();
        int total = recorder.latest().size();

        assertThat(fetchAll(CaseQuery.all().limit(4)))
                .containsExactlyElementsOf(sorted(recorder.latest().values()));
        CasePage exact = subject.queries().find(CaseQuery.all().limit(total));
        assertThat(exact.cases()).hasSize(total);
        assertThat(exact.next())
                .as("a page that ends exactly at the last match has no next")
                .isEmpty();
        CasePage firstOfTwo = subject.queries().find(CaseQuery.all().limit(total - 1));
        assertThat(firstOfTwo.next()).contains(firstOfTwo.cases().get(total - 2).id());
        for (GridCode grid : List.of(JINQIAO_STREET, SHIHU_STREET, JINQIAO_MICRO_1)) {
            for (int limit : List.of(1, 2, 5)) {
                fetchAll(CaseQuery.all().withinGrid(grid).limit(limit));
            }
        }
    }

    @Test
    void aCursorNeedNotBeTheIdOfAMatchingCase() {
        seedVariedCases();

        CaseQuery reportedOnly = CaseQuery.all().inStates(EnumSet.of(CaseState.REPORTED));
        for (String cursor : List.of(seededId(1), seededId(2), seededId(12), "A", "YH20260330-", "zzz")) {
            assertPage(reportedOnly.after(CaseId.of(cursor)).limit(2));
            assertPage(CaseQuery.all().after(CaseId.of(cursor)).limit(3));
        }
    }

    /**
     * The Open311 listing's query: public reports, reported in a window (both ends included), open
     * or finished. The store filters; cases of other channels and outside the window never come back.
     */
    @Test
    void publicReportsAreFoundByChannelReportTimeAndState() {
        seedVariedCases();
        List<Case> publicReports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.add(Duration.ofMinutes(17));
            publicReports.add(casework.report(
                    citizen(),
                    Report.builder()
                            .source(CaseSource.PUBLIC_REPORT)
                            .grid(i % 2 == 0 ? SHIHU_MICRO_1 : JINQIAO_MICRO_1)
                            .domain(i % 3 == 0 ? SafetyDomain.FIRE : SafetyDomain.TRAFFIC)
                            .hazard(PROTECTION_DEFECT)
                            .grade(HazardGrade.GENERAL)
                            .description("群众反映 #" + i)
                            .build()));
        }
        casework.reject(
                DISTRICT_CENTER,
                Reject.of(publicReports.get(1).id())
                        .expectedVersion(1)
                        .reason("不属于安全隐患")
                        .build());
        dispatch(casework, register(casework, publicReports.get(2)));
        Set<CaseState> open = EnumSet.noneOf(CaseState.class);
        Set<CaseState> finished = EnumSet.noneOf(CaseState.class);
        for (CaseState state : CaseState.values()) {
            (state.isOpen() ? open : finished).add(state);
        }
        Instant first = publicReports.get(0).reportedAt();
        Instant third = publicReports.get(2).reportedAt();
        Instant last = publicReports.get(5).reportedAt();

        CaseQuery inWindow = CaseQuery.all().source(CaseSource.PUBLIC_REPORT).reportedBetween(first, last);
        assertThat(fetchAll(inWindow))
                .as("every public report of the window, none of the patrol reports")
                .hasSize(publicReports.size()
                        + (int) known().stream()
                                .filter(c -> c.source() == CaseSource.PUBLIC_REPORT
                                        && !publicReports.stream().anyMatch(p -> p.id().equals(c.id()))
                                        && !c.reportedAt().isBefore(first)
                                        && !c.reportedAt().isAfter(last))
                                .count());
        assertThat(fetchAll(inWindow.inStates(finished)))
                .extracting(Case::id)
                .containsExactly(publicReports.get(1).id());
        assertThat(fetchAll(CaseQuery.all()
                        .source(CaseSource.PUBLIC_REPORT)
                        .reportedBetween(third, third)
                        .inStates(open)))
                .extracting(Case::id)
                .as("both ends of the window are included")
                .containsExactly(publicReports.get(2).id());
        assertThat(fetchAll(CaseQuery.all()
                        .source(CaseSource.PUBLIC_REPORT)
                        .reportedBetween(first.plusMillis(1), third.minusMillis(1))))
                .extracting(Case::id)
                .containsExactly(publicReports.get(1).id());
        fetchAll(inWindow.domain(SafetyDomain.FIRE).limit(1));
        fetchAll(CaseQuery.all().source(CaseSource.GRID_PATROL).reportedBetween(first, last));
        for (CaseSource source : CaseSource.values()) {
            fetchAll(CaseQuery.all().source(source).limit(3));
        }
    }

    @Test
    void caseIdOrderIsTheOrderOfJavaStringsNotOfALocale() {
        List<String> scripted = List.of("YH-b", "YH-B", "YH_1", "YH-1", "yh-0", "YH10", "YH9", "YH-10", "Yh-2", "YH-a");
        scripted.forEach(ids::then);
        for (int i = 0; i < scripted.size(); i++) {
            report(casework, SHIHU_MICRO_1, SafetyDomain.TRAFFIC, HazardGrade.GENERAL, "路灯损坏 " + i);
        }
        List<String> expected = scripted.stream().sorted().toList();

        for (int limit : List.of(1, 3, 100)) {
            assertThat(fetchAll(CaseQuery.all().limit(limit)))
                    .extracting(c -> c.id().value())
                    .containsExactlyElementsOf(expected);
        }
    }

    // ---------------------------------------------------------------- the cases the tests write

    private static final String FULL_DESCRIPTION =
            "储罐区防护栏缺失🔥，“引号”与'单引号'，反斜杠 \\ 百分号 100% 下划线 _ 换行\n第二行\t制表符；emoji 👷‍♀️ 与 𠀀";

    /** Writes every kind of event, with optional fields both present and absent, in unicode. */
    private void runEveryKindOfEvent() {
        // A major hazard with every optional field: located by point, attachments, anonymous,
        // a contact, an enterprise; registered with a note, dispatched against the matrix with a
        // plan and listed supervision; extended once, refused once, escalated to the top, reworked.
        ids.then("YH-FULL");
        Case full = casework.report(
                enterprise(),
                Report.builder()
                        .source(CaseSource.ENTERPRISE_SELF_REPORT)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .domain(SafetyDomain.PRODUCTION)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.MAJOR)
                        .description(FULL_DESCRIPTION)
                        .attachment("照片/现场 1.jpg")
                        .attachment("https://例子.中国/a?b=c&d=%20")
                        .anonymous(true)
                        .reporterContact("139-0000-0000（微信：张三）")
                        .entity(UNIT)
                        .build());
        clock.add(Duration.ofMinutes(30));
        full = casework.register(
                DISTRICT_CENTER,
                Register.of(full.id())
                        .expectedVersion(full.version())
                        .domain(SafetyDomain.PRODUCTION)
                        .hazard(OVERLOAD)
                        .grade(HazardGrade.MAJOR)
                        .note("受理：企业自查自报，重大隐患")
                        .build());
        clock.add(Duration.ofMinutes(30));
        full = casework.dispatch(
                DISTRICT_CENTER,
                Dispatch.of(full.id())
                        .expectedVersion(full.version())
                        .department(FIRE_BRIGADE)
                        .overrideReason("涉及消防设施，由消防救援大队牵头")
                        .handlerId("ent-a")
                        .plan(plan())
                        .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕12号"))
                        .treatmentPlan(SamplePlans.treatment())
                        .build());
        Actor fire = officerOf(full);
        clock.add(Duration.ofHours(2));
        full = casework.requestExtension(
                fire,
                RequestExtension.of(full.id())
                        .expectedVersion(full.version())
                        // Sub-millisecond input: the log keeps milliseconds, which every store can hold.
                        .requestedDeadline(full.deadline()
                                .orElseThrow()
                                .plus(Duration.ofDays(7))
                                .plusNanos(123_456))
                        .reason("等待防爆配件到货🔧")
                        .build());
        full = casework.approveExtension(
                DISTRICT_CENTER,
                ApproveExtension.of(full.id())
                        .expectedVersion(full.version())
                        .note("同意延期一周")
                        .build());
        full = casework.requestExtension(
                fire,
                RequestExtension.of(full.id())
                        .expectedVersion(full.version())
                        .requestedDeadline(full.deadline().orElseThrow().plus(Duration.ofDays(7)))
                        .reason("再次申请")
                        .build());
        full = casework.denyExtension(
                DISTRICT_CENTER,
                DenyExtension.of(full.id())
                        .expectedVersion(full.version())
                        .reason("理由不充分，不同意")
                        .build());

        // A general hazard with every optional field absent, merged into by a duplicate.
        ids.then("YH-BARE");
        Case bare = casework.report(
                citizen(),
                Report.builder()
                        .source(CaseSource.PUBLIC_REPORT)
                        .grid(SHIHU_MICRO_1)
                        .domain(SafetyDomain.TRAFFIC)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description("路口护栏倒伏")
                        .build());
        ids.then("YH-DUPLICATE");
        Case duplicate = report(casework, SHIHU_MICRO_1, SafetyDomain.TRAFFIC, HazardGrade.GENERAL, "护栏倒了");
        casework.merge(
                DISTRICT_CENTER,
                Merge.of(duplicate.id())
                        .expectedVersion(duplicate.version())
                        .into(bare.id())
                        .reason("同一处护栏，合并办理")
                        .build());
        ids.then("YH-REJECTED");
        Case rejected = report(casework, YINQIAO_MICRO_1, SafetyDomain.PUBLIC, HazardGrade.GENERAL, "邻居装修噪音");
        casework.reject(
                DISTRICT_CENTER,
                Reject.of(rejected.id())
                        .expectedVersion(rejected.version())
                        .reason("不属于安全隐患，请拨打12345")
                        .build());
        bare = register(casework, bare);
        bare = dispatch(casework, bare);
        bare = rectify(casework, bare);
        bare = verify(casework, bare, true);
        casework.close(
                DISTRICT_CENTER,
                Close.of(bare.id()).expectedVersion(bare.version()).build());

        ids.then("YH-SPOT");
        fixOnSpot(casework, JINQIAO_MICRO_2, "楼道堆物，已当场清理");

        // Let the major hazard's deadline pass far enough to climb every rung, then finish it.
        clock.setInstant(full.deadline().orElseThrow().plus(Duration.ofDays(14)));
        casework.escalateOverdue(clock.instant());
        full = casework.get(DISTRICT_CENTER, full.id());
        assertThat(full.escalationRung()).isEqualTo(EscalationRung.top());
        full = rectify(casework, full);
        full = casework.verify(
                fire,
                Verify.of(full.id())
                        .expectedVersion(full.version())
                        .passed(false)
                        .remarks("防护栏高度不足1.2米，返工")
                        .build());
        full = rectify(casework, full);
        full = verify(casework, full, true);
        full = reportsFiled(casework, full);
        casework.close(
                DISTRICT_CENTER,
                Close.of(full.id())
                        .expectedVersion(full.version())
                        .satisfaction(5)
                        .feedback("很满意👍")
                        .evaluation("整改到位，超期已督办")
                        .build());

        // Returned by the department it was dispatched to, dispatched again, then reassigned.
        ids.then("YH-RETURNED");
        Case moved = casework.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .location(POINT_IN_JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description("工地消防通道堵塞")
                        .build());
        moved = casework.register(
                DISTRICT_CENTER,
                Register.of(moved.id()).expectedVersion(moved.version()).build());
        moved = casework.dispatch(
                DISTRICT_CENTER,
                Dispatch.of(moved.id()).expectedVersion(moved.version()).build());
        moved = casework.returnCase(
                officerOf(moved),
                org.gridsafe.casework.ReturnCase.of(moved.id())
                        .expectedVersion(moved.version())
                        .reason("工地属住建局监管（回退）")
                        .build());
        moved = casework.dispatch(
                DISTRICT_CENTER,
                Dispatch.of(moved.id())
                        .expectedVersion(moved.version())
                        .department(HOUSING)
                        .overrideReason("工地属住建局监管")
                        .build());
        moved = casework.reassign(
                DISTRICT_CENTER,
                org.gridsafe.casework.Reassign.of(moved.id())
                        .expectedVersion(moved.version())
                        .department(EMERGENCY)
                        .handlerId("em-01")
                        .reason("涉及危化品，改派应急局")
                        .build());
        // The command center names the entity the case concerns, as an event.
        casework.changeEntity(
                DISTRICT_CENTER,
                ChangeCaseEntity.of(moved.id())
                        .expectedVersion(moved.version())
                        .entity(SHOP)
                        .reason("核实为该超市门前")
                        .build());

        // Registered as meeting a major-hazard criterion (MAJOR), then one like it downgraded.
        ids.then("YH-CRITERION");
        Case criterion = report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "特种作业人员无证上岗");
        casework.register(
                DISTRICT_CENTER,
                Register.of(criterion.id())
                        .expectedVersion(criterion.version())
                        .majorHazardCriterion("MEM_ORDER_10_2023:3.2")
                        .build());
        ids.then("YH-DOWNGRADED");
        Case downgraded = report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "电焊工证件过期");
        downgraded = casework.register(
                DISTRICT_CENTER,
                Register.of(downgraded.id())
                        .expectedVersion(downgraded.version())
                        .majorHazardCriterion("MEM_ORDER_10_2023:3.2")
                        .build());
        casework.downgradeMajorHazard(
                DISTRICT_CENTER,
                org.gridsafe.casework.DowngradeMajorHazard.of(downgraded.id())
                        .expectedVersion(downgraded.version())
                        .reason("复核：证件在有效期内，不构成重大事故隐患")
                        .build());
        // Linked in the report itself, and linked then relinked on an open case (变更重大事故隐患判定依据).
        ids.then("YH-CRITERION-REPORTED");
        casework.report(
                DISTRICT_STAFF,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(JINQIAO_MICRO_2)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .description("除尘系统未设置锁气卸灰装置")
                        .majorHazardCriterion("MEM_ORDER_10_2023:3.1")
                        .build());
        ids.then("YH-CRITERION-CHANGED");
        Case relinked = report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "动火作业无证");
        relinked = casework.changeMajorHazardCriterion(
                DISTRICT_CENTER,
                org.gridsafe.casework.ChangeMajorHazardCriterion.of(relinked.id())
                        .expectedVersion(relinked.version())
                        .criterion("MEM_ORDER_10_2023:3.2")
                        .reason("复核：特种作业人员无证上岗")
                        .build());
        casework.changeMajorHazardCriterion(
                DISTRICT_CENTER,
                org.gridsafe.casework.ChangeMajorHazardCriterion.of(relinked.id())
                        .expectedVersion(relinked.version())
                        .criterion("MEM_ORDER_10_2023:3.1")
                        .reason("复核：实为粉尘防爆问题")
                        .build());

        // Closed, then reopened on the reporter's complaint (投诉重办).
        ids.then("YH-REOPENED");
        Case complained = report(casework, JINQIAO_MICRO_1, SafetyDomain.FIRE, HazardGrade.GENERAL, "安全出口被锁");
        complained = close(
                casework,
                verify(casework, rectify(casework, dispatch(casework, register(casework, complained))), true));
        casework.reopen(
                DISTRICT_CENTER,
                org.gridsafe.casework.Reopen.of(complained.id())
                        .expectedVersion(complained.version())
                        .complaint("安全出口又被锁上了（投诉）")
                        .build());

        // Suspended (缓办), resumed, then carried over (挂账) and left suspended: the stored
        // projection holds a suspension.
        ids.then("YH-SUSPENDED");
        Case waiting = report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "老旧小区消防管网失修");
        waiting = register(casework, waiting);
        waiting = dispatch(casework, waiting);
        java.time.LocalDate today = clock.instant().atZone(SampleDistrict.ZONE).toLocalDate();
        waiting = casework.suspend(
                DISTRICT_CENTER,
                org.gridsafe.casework.Suspend.of(waiting.id())
                        .expectedVersion(waiting.version())
                        .kind(org.gridsafe.casework.SuspensionKind.DEFERRED)
                        .reason("需结合老旧小区改造工程实施")
                        .approval("区网格办 王主任（〔2026〕12号）")
                        .reviewDate(today.plusDays(30))
                        .build());
        waiting = casework.resume(
                DISTRICT_CENTER,
                org.gridsafe.casework.Resume.of(waiting.id())
                        .expectedVersion(waiting.version())
                        .reason("改造工程提前开工")
                        .build());
        casework.suspend(
                DISTRICT_CENTER,
                org.gridsafe.casework.Suspend.of(waiting.id())
                        .expectedVersion(waiting.version())
                        .kind(org.gridsafe.casework.SuspensionKind.CARRIED_OVER)
                        .reason("资金未落实，转挂账")
                        .approval("区网格办")
                        .reviewDate(today.plusDays(90))
                        .build());

        // A major hazard (重大事故隐患): production stopped, a refused and an approved resumption
        // (核销), its reports filed, closed; the stored projection holds its reports and write-off.
        ids.then("YH-MAJOR-STOPPED");
        Case major = dispatchMajor(
                casework,
                register(
                        casework,
                        report(casework, JINQIAO_MICRO_1, SafetyDomain.FIRE, HazardGrade.MAJOR, "储罐区可燃气体报警失效")),
                clock.instant().atZone(SampleDistrict.ZONE).toLocalDate().plusDays(40));
        Actor department = officerOf(major);
        major = casework.stopProduction(
                department,
                org.gridsafe.casework.StopProduction.of(major.id())
                        .expectedVersion(major.version())
                        .scope(org.gridsafe.casework.ProductionStopScope.PART)
                        .evacuated(true)
                        .reason("储罐区无法保证安全，局部停产并撤离人员")
                        .build());
        for (boolean passed : List.of(false, true)) {
            major = casework.applyForResumption(
                    department,
                    org.gridsafe.casework.ApplyForResumption.of(major.id())
                            .expectedVersion(major.version())
                            .summary("报警装置已更换，申请恢复生产")
                            .build());
            major = casework.reviewResumption(
                    department,
                    org.gridsafe.casework.ReviewResumption.of(major.id())
                            .expectedVersion(major.version())
                            .passed(passed)
                            .remarks(passed ? "现场审查合格，核销" : "联锁未调试")
                            .build());
        }
        for (org.gridsafe.casework.MajorHazardReport owed : major.majorHazardReports()) {
            major = casework.fileMajorHazardReport(
                    department,
                    org.gridsafe.casework.FileMajorHazardReport.of(major.id())
                            .expectedVersion(major.version())
                            .kind(owed.kind())
                            .recipient("区应急管理局")
                            .reference("隐患报告〔2026〕" + owed.kind().ordinal() + "号")
                            .build());
        }
        close(casework, major);

        // 网格调整: the directory loses a micro-grid that holds an open case, so the case moves to
        // the nearest surviving ancestor (it has no location), written by the system.
        ids.then("YH-MOVED");
        Case inRemovedGrid = report(casework, YINQIAO_MICRO_1, SafetyDomain.FIRE, HazardGrade.GENERAL, "网格撤并前的隐患");
        clock.add(Duration.ofMinutes(5));
        GridTree withoutIt = GridTree.of(grids().grids().stream()
                .filter(g -> !g.code().equals(YINQIAO_MICRO_1))
                .toList());
        List<org.gridsafe.casework.GridMove> moves = GridSafe.builder()
                .directory(SampleDistrict.directory(withoutIt))
                .caseStore(recorder)
                .caseQueries(subject.queries())
                .idGenerator(ids)
                .clock(clock)
                .entityRegistry(entityRegistry)
                .build()
                .casework()
                .moveCasesOfRemovedGrids(Actor.SYSTEM, clock.instant());
        assertThat(moves)
                .containsExactly(new org.gridsafe.casework.GridMove(
                        inRemovedGrid.id(),
                        YINQIAO_MICRO_1,
                        YINQIAO_COMMUNITY,
                        org.gridsafe.casework.GridMove.Basis.ANCESTOR));
    }

    /**
     * Seeds 27 cases across every grid level, state (one suspended), department, domain, grade and some awkward
     * descriptions, reported 41 minutes apart so deadlines differ; then escalates what is overdue.
     */
    protected final Collection<Case> seedVariedCases() {
        GridCode[] grids = {
            JINQIAO_MICRO_1,
            JINQIAO_MICRO_2,
            YINQIAO_MICRO_1,
            SHIHU_MICRO_1,
            JINQIAO_COMMUNITY,
            YINQIAO_COMMUNITY,
            SHIHU_COMMUNITY,
            JINQIAO_STREET,
            SHIHU_STREET,
            DISTRICT
        };
        SafetyDomain[] domains = {
            SafetyDomain.FIRE,
            SafetyDomain.PRODUCTION,
            SafetyDomain.TRAFFIC,
            SafetyDomain.CONSTRUCTION,
            SafetyDomain.FOOD
        };
        String[] texts = {
            "消防通道堆放杂物",
            "配电箱门未关闭 Door open",
            "仓库 100% 满载",
            "货架_编号 A-7 倾斜",
            "路口 \\ 反光镜损坏",
            "燃气 'valve' 泄漏",
            "door OPEN at night",
            "施工围挡缺失"
        };
        Case first = null;
        for (int i = 0; i < 24; i++) {
            clock.add(Duration.ofMinutes(41));
            HazardGrade grade = i % 6 == 5 ? HazardGrade.MAJOR : HazardGrade.GENERAL;
            if (i == 12) {
                // Regraded halfway: later cases record BLUE, earlier ones keep RED.
                assess(entities.get(DISTRICT_CENTER, UNIT), RiskLevel.BLUE);
            }
            Optional<EntityId> concerned =
                    i % 3 == 0 ? Optional.of(UNIT) : i % 3 == 1 ? Optional.of(SHOP) : Optional.empty();
            Case c = report(
                    casework,
                    grids[i % grids.length],
                    domains[i % domains.length],
                    grade,
                    texts[i % 8] + " #" + i,
                    concerned);
            first = first == null ? c : first;
            switch (i % 8) {
                case 0 -> {}
                case 1 ->
                    c = i == 9 ? registerAs(c, SafetyDomain.PRODUCTION, HazardGrade.MAJOR) : register(casework, c);
                case 2 ->
                    c = dispatch(
                            casework, i == 10 ? registerAs(c, SafetyDomain.TRAFFIC, c.grade()) : register(casework, c));
                // The major hazard among them (#11) stops production instead (PRODUCTION_STOPPED).
                case 3 ->
                    c = i == 11
                            ? stopped(casework, dispatch(casework, register(casework, c)))
                            : rectify(casework, dispatch(casework, register(casework, c)));
                case 4 -> c = verify(casework, rectify(casework, dispatch(casework, register(casework, c))), true);
                // ... and #5 applies to resume (RESUMPTION_REQUESTED).
                case 5 -> {
                    if (i == 5) {
                        c = stopped(casework, dispatch(casework, register(casework, c)));
                        c = casework.applyForResumption(
                                officerOf(c),
                                org.gridsafe.casework.ApplyForResumption.of(c.id())
                                        .expectedVersion(c.version())
                                        .summary("已整改，申请恢复生产")
                                        .build());
                    } else {
                        c = close(
                                casework,
                                verify(casework, rectify(casework, dispatch(casework, register(casework, c))), true));
                    }
                }
                case 6 ->
                    c = casework.reject(
                            DISTRICT_CENTER,
                            Reject.of(c.id()).expectedVersion(1).reason("不属实").build());
                default ->
                    c = casework.merge(
                            DISTRICT_CENTER,
                            Merge.of(c.id())
                                    .expectedVersion(1)
                                    .into(first.id())
                                    .reason("重复上报")
                                    .build());
            }
        }
        clock.add(Duration.ofMinutes(41));
        Case publicOrder = report(casework, SHIHU_COMMUNITY, SafetyDomain.PUBLIC, HazardGrade.GENERAL, "广场人员聚集 #24");
        dispatch(casework, register(casework, publicOrder));
        report(casework, YINQIAO_MICRO_1, SafetyDomain.PUBLIC, HazardGrade.GENERAL, "夜市占道 #25");
        Case waiting = dispatch(
                casework,
                register(
                        casework,
                        report(casework, JINQIAO_MICRO_2, SafetyDomain.FIRE, HazardGrade.GENERAL, "管网改造 #26")));
        casework.suspend(
                DISTRICT_CENTER,
                org.gridsafe.casework.Suspend.of(waiting.id())
                        .expectedVersion(waiting.version())
                        .kind(org.gridsafe.casework.SuspensionKind.DEFERRED)
                        .reason("待改造工程")
                        .approval("区网格办")
                        .reviewDate(clock.instant()
                                .atZone(SampleDistrict.ZONE)
                                .toLocalDate()
                                .plusDays(30))
                        .build());
        clock.add(Duration.ofHours(20));
        casework.escalateOverdue(clock.instant());
        return known();
    }

    /**
     * One query per value of every criterion over the cases written so far (every state, grid,
     * department, grade, domain, some texts, each open deadline and a millisecond either side),
     * for checking a matcher against {@link CaseQueryReference}.
     */
    protected final List<CaseQuery> sampleQueries() {
        List<CaseQuery> queries = new ArrayList<>();
        queries.add(CaseQuery.all());
        for (CaseState state : CaseState.values()) {
            queries.add(CaseQuery.all().inStates(EnumSet.of(state)));
        }
        for (Case c : known()) {
            queries.add(CaseQuery.all().withinGrid(c.grid()));
            c.department().ifPresent(d -> queries.add(CaseQuery.all().department(d)));
            c.deadline().ifPresent(d -> {
                queries.add(CaseQuery.all().dueBefore(d));
                queries.add(CaseQuery.all().dueBefore(d.plusMillis(1)));
                queries.add(CaseQuery.all().dueBefore(d.minusMillis(1)));
                queries.add(CaseQuery.all().notDueBefore(d));
                queries.add(CaseQuery.all().notDueBefore(d.plusMillis(1)));
            });
        }
        for (HazardGrade grade : HazardGrade.values()) {
            queries.add(CaseQuery.all().grade(grade));
        }
        for (CaseSource source : CaseSource.values()) {
            queries.add(CaseQuery.all().source(source));
        }
        for (Case c : known()) {
            Instant at = c.reportedAt();
            queries.add(CaseQuery.all().reportedBetween(at, at));
            queries.add(CaseQuery.all().reportedBetween(at.plusMillis(1), at.plus(Duration.ofDays(1))));
            queries.add(CaseQuery.all().reportedBetween(at.minus(Duration.ofDays(1)), at.minusMillis(1)));
        }
        for (SafetyDomain domain : SafetyDomain.values()) {
            queries.add(CaseQuery.all().domain(domain));
        }
        for (String text : List.of("消防", "%", "_", "\\", "Door", "door", "DOOR", "")) {
            queries.add(CaseQuery.all().containing(text));
        }
        queries.add(CaseQuery.all()
                .withinGrid(JINQIAO_STREET)
                .grade(HazardGrade.GENERAL)
                .inStates(EnumSet.of(CaseState.REPORTED, CaseState.DISPATCHED)));
        for (EntityId id : List.of(UNIT, SHOP, EXPIRED_UNIT, EntityId.of("PU-NONE"))) {
            queries.add(CaseQuery.all().entity(id));
        }
        for (String sector : List.of("GONGMAO_TEXTILE", "FIRE_SAFETY", "GONGMAO", "OTHER", "GONGMAO_TEXTILE_")) {
            queries.add(CaseQuery.all().sector(sector));
        }
        for (RiskLevel level : RiskLevel.values()) {
            queries.add(CaseQuery.all().riskLevel(level));
            queries.add(
                    CaseQuery.all().riskLevel(level).sector("GONGMAO_TEXTILE").grade(HazardGrade.GENERAL));
        }
        for (Case c : known()) {
            c.entity()
                    .flatMap(CaseEntity::supervisionClass)
                    .ifPresent(k -> queries.add(CaseQuery.all().supervisionClass(k.code())));
        }
        queries.add(CaseQuery.all().supervisionClass("Z"));
        return queries;
    }

    private static String seededId(int index) {
        return String.format("YH20260330-%06d", index + 1);
    }

    private Case registerAs(Case c, SafetyDomain domain, HazardGrade grade) {
        return casework.register(
                DISTRICT_CENTER,
                Register.of(c.id())
                        .expectedVersion(c.version())
                        .domain(domain)
                        .grade(grade)
                        .note("更正分类")
                        .build());
    }

    // ---------------------------------------------------------------- workflow steps

    private Casework casework(
            CaseStore store, CaseQueries queries, IdGenerator idGenerator, InMemoryEntityRegistry registry) {
        return GridSafe.builder()
                .directory(directory())
                .caseStore(store)
                .caseQueries(queries)
                .idGenerator(idGenerator)
                .clock(clock)
                .entityRegistry(registry)
                .build()
                .casework();
    }

    private static Case report(
            Casework work, GridCode grid, SafetyDomain domain, HazardGrade grade, String description) {
        return report(work, grid, domain, grade, description, Optional.empty());
    }

    private static Case report(
            Casework work,
            GridCode grid,
            SafetyDomain domain,
            HazardGrade grade,
            String description,
            Optional<EntityId> entity) {
        return work.report(
                DISTRICT_STAFF,
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(grid)
                        .domain(domain)
                        .hazard(PROTECTION_DEFECT)
                        .grade(grade)
                        .description(description)
                        .entity(entity.orElse(null))
                        .build());
    }

    private static Case fixOnSpot(Casework work, GridCode grid, String description) {
        Report report = Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(grid)
                .domain(SafetyDomain.FIRE)
                .hazard(PROTECTION_DEFECT)
                .grade(HazardGrade.GENERAL)
                .description(description)
                .attachment("photo:before")
                .build();
        return work.reportFixedOnSpot(
                DISTRICT_STAFF,
                ReportFixedOnSpot.of(report)
                        .evidence("当场整改完毕")
                        .evidenceAttachments(List.of("photo:after"))
                        .build());
    }

    private static Case register(Casework work, Case c) {
        return work.register(
                DISTRICT_CENTER,
                Register.of(c.id()).expectedVersion(c.version()).build());
    }

    private static Case dispatch(Casework work, Case c) {
        boolean major = c.grade() == HazardGrade.MAJOR;
        boolean unrouted = c.domain() == SafetyDomain.PUBLIC;
        return work.dispatch(
                DISTRICT_CENTER,
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .department(unrouted ? PUBLIC_SECURITY : null)
                        .overrideReason(unrouted ? "治安类隐患，交公安分局" : null)
                        .plan(major ? plan() : null)
                        .listedSupervision(major ? new ListedSupervision("区安委办", "区安委办督〔2026〕7号") : null)
                        .treatmentPlan(major ? SamplePlans.treatment() : null)
                        .build());
    }

    private static Case rectify(Casework work, Case c) {
        return work.submitRectification(
                officerOf(c),
                SubmitRectification.of(c.id())
                        .expectedVersion(c.version())
                        .evidence("已整改")
                        .attachments(List.of("photo:1"))
                        .build());
    }

    private static Case verify(Casework work, Case c, boolean passed) {
        Actor verifier = c.grade() == HazardGrade.MAJOR ? officerOf(c) : DISTRICT_STAFF;
        return work.verify(
                verifier,
                Verify.of(c.id())
                        .expectedVersion(c.version())
                        .passed(passed)
                        .remarks(passed ? null : "未整改到位")
                        .build());
    }

    private static Case close(Casework work, Case c) {
        c = reportsFiled(work, c);
        return work.close(
                DISTRICT_CENTER,
                Close.of(c.id())
                        .expectedVersion(c.version())
                        .satisfaction(4)
                        .evaluation("按期办结")
                        .build());
    }

    /** A major hazard dispatched with a plan due on {@code due}, the case's rectification deadline. */
    private static Case dispatchMajor(Casework work, Case c, LocalDate due) {
        return work.dispatch(
                DISTRICT_CENTER,
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .plan(new RectificationPlan("王厂长", "更换报警装置", "专项资金5万元", due, "设专人值守，必要时停产"))
                        .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕9号"))
                        .treatmentPlan(SamplePlans.treatment())
                        .build());
    }

    /** A dispatched major hazard whose production is stopped (PRODUCTION_STOPPED). */
    private static Case stopped(Casework work, Case c) {
        return work.stopProduction(
                officerOf(c),
                org.gridsafe.casework.StopProduction.of(c.id())
                        .expectedVersion(c.version())
                        .scope(org.gridsafe.casework.ProductionStopScope.WHOLE)
                        .reason("无法保证安全，停产整改")
                        .build());
    }

    /** Files every report a major hazard owes, so it may close. */
    private static Case reportsFiled(Casework work, Case c) {
        for (org.gridsafe.casework.MajorHazardReport owed : c.majorHazardReports()) {
            if (!owed.filed()) {
                c = work.fileMajorHazardReport(
                        officerOf(c),
                        org.gridsafe.casework.FileMajorHazardReport.of(c.id())
                                .expectedVersion(c.version())
                                .kind(owed.kind())
                                .recipient("区应急管理局")
                                .reference("重大隐患报告〔2026〕" + owed.kind().ordinal() + "号")
                                .build());
            }
        }
        return c;
    }

    private static Actor officerOf(Case c) {
        DepartmentId department = c.department().orElseThrow();
        return Actor.departmentOfficer("officer-" + department.value(), "部门执法员", department);
    }

    private static RectificationPlan plan() {
        return new RectificationPlan("王厂长", "加装1.2米防护栏并设警示标志", "专项资金5万元", LocalDate.of(2026, 5, 29), "设专人值守，必要时停产");
    }

    // ---------------------------------------------------------------- checking queries

    /** Every match of {@code query}, page by page, checking each page against the reference. */
    protected final List<Case> fetchAll(CaseQuery query) {
        List<Case> all = new ArrayList<>();
        CaseQuery next = query;
        for (int pages = 0; ; pages++) {
            assertThat(pages)
                    .as("pages of %s (a cursor that does not advance?)", query)
                    .isLessThan(5_000);
            CasePage page = assertPage(next);
            all.addAll(page.cases());
            if (page.next().isEmpty()) {
                List<Case> expected = CaseQueryReference.allMatches(query, known()).stream()
                        .filter(c -> query.after().isEmpty()
                                || c.id().compareTo(query.after().get()) > 0)
                        .toList();
                assertThat(all).as("every page of %s together", query).containsExactlyElementsOf(expected);
                return all;
            }
            next = next.after(page.next().get());
        }
    }

    /** Asks the store for one page and checks it against the reference page. */
    protected final CasePage assertPage(CaseQuery query) {
        CasePage actual = subject.queries().find(query);
        CasePage expected = CaseQueryReference.page(query, known());
        assertThat(actual.cases()).as("page size of %s", query).hasSizeLessThanOrEqualTo(query.limit());
        assertThat(actual.cases())
                .extracting(c -> c.id().value())
                .as("ids on the page of %s", query)
                .containsExactlyElementsOf(
                        expected.cases().stream().map(c -> c.id().value()).toList());
        assertThat(actual.next()).as("next cursor of %s", query).isEqualTo(expected.next());
        assertThat(actual.cases()).as("cases on the page of %s", query).containsExactlyElementsOf(expected.cases());
        return actual;
    }

    private Collection<Case> known() {
        return recorder.latest().values();
    }

    private static List<Case> sorted(Collection<Case> cases) {
        return cases.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    // ---------------------------------------------------------------- snapshots

    /** What a refused change must leave as it was. */
    private record Snapshot(
            List<RecordedEvent> log, Optional<Case> found, List<Case> listed, Set<Notification> delivered) {}

    private Snapshot snapshot(CaseId id) {
        List<Case> listed = new ArrayList<>();
        CaseQuery query = CaseQuery.all().limit(CaseQuery.MAX_LIMIT);
        for (int pages = 0; pages < 1_000; pages++) {
            CasePage page = subject.queries().find(query);
            listed.addAll(page.cases());
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        return new Snapshot(
                subject.store().load(id),
                subject.queries().find(id),
                listed,
                new HashSet<>(subject.deliveredNotifications()));
    }

    /** Ids from a script first, then {@code prefix} and a six-digit counter. */
    private static final class ScriptedIds implements IdGenerator {
        private final String prefix;
        private final Deque<String> script = new ArrayDeque<>();
        private final AtomicInteger counter = new AtomicInteger();

        ScriptedIds(String prefix) {
            this.prefix = prefix;
        }

        synchronized void then(String id) {
            script.add(id);
        }

        @Override
        public synchronized CaseId next(Instant now) {
            String scripted = script.poll();
            return CaseId.of(scripted != null ? scripted : prefix + String.format("%06d", counter.incrementAndGet()));
        }
    }
}
