package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.DuplicateCreditCodeException;
import org.gridsafe.registry.EntityAlreadyExistsException;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityDecider;
import org.gridsafe.registry.EntityDecision;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.EntityVersionConflictException;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * What every {@link EntityRegistry} must do. An adapter extends this class and makes a fresh, empty
 * registry in {@link #newRegistry()}; the changes are made by the real decider over the sample district.
 */
public abstract class EntityRegistryContract {

    protected static final Actor CENTER = districtCommandCenter();

    protected final MutableClock clock = mondayMorningClock();
    protected EntityRegistry registry;
    protected SupervisedEntities entities;

    /** A fresh, empty registry for one test. */
    protected abstract EntityRegistry newRegistry();

    @BeforeEach
    void setUp() {
        registry = newRegistry();
        entities = service(registry, clock);
    }

    protected SupervisedEntity register(String id, int serial) {
        return entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of(id), unit("单位" + id, code(serial), POINT_IN_JINQIAO_MICRO_1), "首次登记"));
    }

    @Test
    void aRegisteredEntityIsFoundWithItsHistory() {
        SupervisedEntity unit = register("PU-1", 1);
        assertThat(registry.find(unit.id())).contains(unit);
        assertThat(registry.findByCreditCode(code(1))).contains(unit);
        assertThat(registry.history(unit.id())).hasSize(1);
        assertThat(registry.history(EntityId.of("PU-none"))).isEmpty();
        assertThat(registry.find(EntityId.of("PU-none"))).isEmpty();
    }

    @Test
    void historyReplaysToTheCurrentEntityAndShowsThePast() {
        SupervisedEntity unit = register("PU-1", 1);
        var registeredAt = clock.instant();
        clock.add(Duration.ofHours(1));
        unit = entities.execute(
                CENTER,
                new EntityCommand.Amend(
                        unit.id(),
                        unit.version(),
                        withEmployees((org.gridsafe.registry.ProductionUnit) unit.profile(), 300),
                        "年度核实人数"));
        clock.add(Duration.ofHours(1));
        unit = entities.execute(
                CENTER,
                new EntityCommand.AssessRisk(
                        unit.id(),
                        unit.version(),
                        assessment(AssessorKind.REGULATOR, RiskLevel.ORANGE, LocalDate.of(2026, 3, 30)),
                        "年度评定"));
        clock.add(Duration.ofHours(1));
        unit = entities.execute(CENTER, new EntityCommand.Suspend(unit.id(), unit.version(), "责令停产整改"));
        var history = registry.history(unit.id());
        assertThat(history).extracting(e -> e.version()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(history).extracting(e -> e.actorId()).containsOnly(CENTER.id());
        assertThat(history.get(3).reason()).isEqualTo("责令停产整改");
        assertThat(SupervisedEntity.replay(history))
                .isEqualTo(registry.find(unit.id()).orElseThrow());
        SupervisedEntity then = SupervisedEntity.asOf(history, registeredAt).orElseThrow();
        assertThat(then.version()).isEqualTo(1);
        assertThat(((org.gridsafe.registry.ProductionUnit) then.profile()).employees())
                .isEqualTo(120);
        assertThat(then.riskLevel()).isEmpty();
        assertThat(then.status()).isEqualTo(EntityStatus.OPERATING);
    }

    @Test
    void aStaleAppendIsRefusedAndChangesNothing() {
        SupervisedEntity unit = register("PU-1", 1);
        EntityDecider decider = new EntityDecider(org.gridsafe.access.AccessPolicy.standard());
        EntityDecision first = decider.decide(
                CENTER,
                new EntityCommand.Suspend(unit.id(), 1, "停产"),
                Optional.of(unit),
                entities.rules(),
                clock.instant());
        EntityDecision second = decider.decide(
                CENTER,
                new EntityCommand.Close(unit.id(), 1, "关闭"),
                Optional.of(unit),
                entities.rules(),
                clock.instant());
        registry.append(first);
        assertThatThrownBy(() -> registry.append(second)).isInstanceOf(EntityVersionConflictException.class);
        assertThat(registry.find(unit.id()).orElseThrow().status()).isEqualTo(EntityStatus.SUSPENDED);
        assertThat(registry.history(unit.id())).hasSize(2);
    }

    @Test
    void aTakenIdOrCreditCodeIsRefusedAndNothingIsWritten() {
        SupervisedEntity unit = register("PU-1", 1);
        EntityDecider decider = new EntityDecider(org.gridsafe.access.AccessPolicy.standard());
        EntityDecision again = decider.decide(
                CENTER,
                new EntityCommand.Register(unit.id(), unit("别名", code(2), POINT_IN_JINQIAO_MICRO_1), "重复登记"),
                Optional.empty(),
                entities.rules(),
                clock.instant());
        assertThatThrownBy(() -> registry.append(again)).isInstanceOf(EntityAlreadyExistsException.class);
        EntityDecision sameCode = decider.decide(
                CENTER,
                new EntityCommand.Register(EntityId.of("PU-2"), unit("同码单位", code(1), POINT_IN_JINQIAO_MICRO_1), "登记"),
                Optional.empty(),
                entities.rules(),
                clock.instant());
        assertThatThrownBy(() -> registry.append(sameCode)).isInstanceOf(DuplicateCreditCodeException.class);
        assertThat(registry.find(EntityId.of("PU-2"))).isEmpty();
        assertThat(registry.history(EntityId.of("PU-2"))).isEmpty();
        assertThat(registry.find(unit.id())).contains(unit);
        assertThatThrownBy(() -> register("PU-3", 1)).isInstanceOf(DuplicateCreditCodeException.class);
    }

    @Test
    void anAmendedCreditCodeFreesTheOldOne() {
        SupervisedEntity unit = register("PU-1", 1);
        var p = (org.gridsafe.registry.ProductionUnit) unit.profile();
        var recoded = new org.gridsafe.registry.ProductionUnit(
                p.name(),
                Optional.of(code(9)),
                false,
                p.address(),
                p.assignedGrid(),
                p.industry(),
                p.sectors(),
                p.scale(),
                p.employees(),
                p.specialRiskFeatures(),
                p.majorHazardGrade(),
                p.keyUnitLevels(),
                p.people(),
                p.links(),
                p.licences(),
                p.supervisionClass());
        entities.execute(CENTER, new EntityCommand.Amend(unit.id(), 1, recoded, "换发营业执照"));
        assertThat(registry.findByCreditCode(code(1))).isEmpty();
        assertThat(registry.findByCreditCode(code(9)).map(SupervisedEntity::id)).contains(unit.id());
        assertThat(register("PU-2", 1).id()).isEqualTo(EntityId.of("PU-2"));
    }

    @Test
    void searchReturnsWhatTheQueryMatchesInIdOrder() {
        register("PU-2", 2);
        register("PU-1", 1);
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PL-1"),
                        shop("小商店", new org.gridsafe.grid.GeoPoint(120.15, 31.05), Optional.of(EntityId.of("PU-1"))),
                        "登记"));
        SupervisedEntity u = registry.find(EntityId.of("PU-2")).orElseThrow();
        entities.execute(
                CENTER,
                new EntityCommand.AssessRisk(
                        u.id(),
                        u.version(),
                        assessment(AssessorKind.REGULATOR, RiskLevel.RED, LocalDate.of(2026, 3, 1)),
                        "评定"));
        List<SupervisedEntity> all = registry.search(EntityQuery.all());
        assertThat(all).extracting(e -> e.id().value()).containsExactly("PL-1", "PU-1", "PU-2");
        List<EntityQuery> queries = List.of(
                EntityQuery.all().within(JINQIAO_STREET),
                EntityQuery.all().within(SHIHU_MICRO_1),
                EntityQuery.all().kind(EntityKind.PLACE),
                EntityQuery.all().sector("GONGMAO_TEXTILE"),
                EntityQuery.all().riskLevel(RiskLevel.RED),
                EntityQuery.all().status(EntityStatus.OPERATING),
                EntityQuery.all().licenceExpiringBy(LocalDate.of(2026, 7, 1)),
                EntityQuery.all().department(FIRE_BRIGADE),
                EntityQuery.all().text("pu-1"),
                EntityQuery.all().text("单位PU"),
                EntityQuery.all().supervisionClass("A").limit(1),
                EntityQuery.all().limit(2));
        for (EntityQuery q : queries) {
            assertThat(registry.search(q))
                    .as("%s", q)
                    .isEqualTo(all.stream().filter(q::matches).limit(q.limit()).toList());
        }
        assertThat(registry.search(EntityQuery.all().riskLevel(RiskLevel.RED)))
                .extracting(e -> e.id().value())
                .containsExactly("PU-2");
    }

    @Test
    void concurrentWritersNeverLoseAnUpdate() throws Exception {
        SupervisedEntity unit = register("PU-1", 1);
        int writers = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    int written = 0;
                    while (written < each) {
                        SupervisedEntity now = registry.find(unit.id()).orElseThrow();
                        var p = (org.gridsafe.registry.ProductionUnit) now.profile();
                        try {
                            entities.execute(
                                    CENTER,
                                    new EntityCommand.Amend(
                                            now.id(), now.version(), withEmployees(p, p.employees() + 1), "加一人"));
                            written++;
                        } catch (EntityVersionConflictException lost) {
                            // another writer came first: reload and try again
                        }
                    }
                    return written;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(each);
            }
        } finally {
            pool.shutdownNow();
        }
        SupervisedEntity after = registry.find(unit.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1 + writers * each);
        assertThat(((org.gridsafe.registry.ProductionUnit) after.profile()).employees())
                .isEqualTo(120 + writers * each);
        assertThat(SupervisedEntity.replay(registry.history(unit.id()))).isEqualTo(after);
    }

    // ---- batches: all or nothing

    /** Registrations of {@code PU-<prefix>-0..n-1}, decided (validated) against the registry as it is now. */
    private List<EntityDecision> decidedRegistrations(String prefix, int n, int firstSerial) {
        List<EntityDecision> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(entities.decide(
                    CENTER,
                    new EntityCommand.Register(
                            EntityId.of("PU-" + prefix + "-" + i),
                            unit("批量" + prefix + i, code(firstSerial + i), POINT_IN_JINQIAO_MICRO_1),
                            "导入"),
                    Optional.empty()));
        }
        return batch;
    }

    private void assertNoneStored(List<EntityDecision> batch) {
        for (EntityDecision d : batch) {
            assertThat(registry.find(d.entity().id())).as("%s", d.entity().id()).isEmpty();
            assertThat(registry.history(d.entity().id()))
                    .as("%s", d.entity().id())
                    .isEmpty();
        }
    }

    @Test
    void aBatchIsStoredWholeWithEachEntitysHistory() {
        SupervisedEntity existing = register("PU-0", 100);
        var p = (org.gridsafe.registry.ProductionUnit) existing.profile();
        List<SupervisedEntity> after = entities.executeAll(
                CENTER,
                List.of(
                        new EntityCommand.Register(
                                EntityId.of("PU-1"), unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1), "导入"),
                        new EntityCommand.AssessRisk(
                                EntityId.of("PU-1"),
                                1,
                                assessment(AssessorKind.REGULATOR, RiskLevel.RED, LocalDate.of(2026, 3, 30)),
                                "导入"),
                        new EntityCommand.Amend(existing.id(), 1, withEmployees(p, 7), "导入"),
                        new EntityCommand.Register(
                                EntityId.of("PU-2"), unit("乙", code(2), POINT_IN_JINQIAO_MICRO_1), "导入")));
        assertThat(after).extracting(e -> e.id().value()).containsExactly("PU-1", "PU-0", "PU-2");
        assertThat(registry.find(EntityId.of("PU-1")).orElseThrow().riskLevel()).contains(RiskLevel.RED);
        assertThat(registry.history(EntityId.of("PU-1")))
                .extracting(e -> e.version())
                .containsExactly(1L, 2L);
        assertThat(registry.history(existing.id())).extracting(e -> e.version()).containsExactly(1L, 2L);
        assertThat(registry.findByCreditCode(code(2)).map(SupervisedEntity::id)).contains(EntityId.of("PU-2"));
        for (SupervisedEntity e : after) {
            assertThat(registry.find(e.id())).contains(e);
            assertThat(SupervisedEntity.replay(registry.history(e.id()))).isEqualTo(e);
        }
        registry.appendAll(List.of());
        assertThat(registry.search(EntityQuery.all())).hasSize(3);
    }

    @Test
    void aCreditCodeAnotherWriterStoredAfterValidationRefusesTheWholeBatch() {
        List<EntityDecision> batch = decidedRegistrations("B", 5, 10);
        // Validated; now another writer registers the last entity's code before the batch is written.
        register("PU-RACER", 14);
        assertThatThrownBy(() -> registry.appendAll(batch))
                .isInstanceOfSatisfying(
                        DuplicateCreditCodeException.class,
                        e -> assertThat(e.entity()).contains(EntityId.of("PU-B-4")))
                .hasMessageStartingWith("creditCode: ")
                .hasMessageContaining("PU-B-4")
                .hasMessageContaining("PU-RACER");
        assertNoneStored(batch);
        assertThat(registry.findByCreditCode(code(14)).map(SupervisedEntity::id))
                .contains(EntityId.of("PU-RACER"));
    }

    @Test
    void anIdAnotherWriterTookOrAStaleChangeRefusesTheWholeBatch() {
        List<EntityDecision> batch = decidedRegistrations("C", 3, 20);
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PU-C-2"), unit("抢先", code(29), POINT_IN_JINQIAO_MICRO_1), "登记"));
        assertThatThrownBy(() -> registry.appendAll(batch))
                .isInstanceOfSatisfying(
                        EntityAlreadyExistsException.class,
                        e -> assertThat(e.entity()).contains(EntityId.of("PU-C-2")))
                .hasMessageStartingWith("id: ");
        assertNoneStored(batch.subList(0, 2));
        assertThat(registry.history(EntityId.of("PU-C-2"))).hasSize(1);

        SupervisedEntity unit = register("PU-D", 30);
        EntityDecision suspend =
                entities.decide(CENTER, new EntityCommand.Suspend(unit.id(), 1, "停产"), registry.find(unit.id()));
        entities.execute(CENTER, new EntityCommand.Close(unit.id(), 1, "关闭"));
        List<EntityDecision> stale = new ArrayList<>(decidedRegistrations("E", 2, 40));
        stale.add(suspend);
        assertThatThrownBy(() -> registry.appendAll(stale))
                .isInstanceOfSatisfying(
                        EntityVersionConflictException.class,
                        e -> assertThat(e.entity()).contains(unit.id()))
                .hasMessageStartingWith("version: ");
        assertNoneStored(stale.subList(0, 2));
        assertThat(registry.find(unit.id()).orElseThrow().status()).isEqualTo(EntityStatus.CLOSED);
    }

    @Test
    void aBatchNamingAnEntityOrACodeTwiceIsRefusedWhole() {
        List<EntityDecision> twice = new ArrayList<>(decidedRegistrations("F", 2, 50));
        twice.add(decidedRegistrations("F", 1, 52).get(0));
        assertThatThrownBy(() -> registry.appendAll(twice))
                .isInstanceOfSatisfying(
                        EntityAlreadyExistsException.class,
                        e -> assertThat(e.entity()).contains(EntityId.of("PU-F-0")))
                .hasMessageStartingWith("id: ");
        assertNoneStored(twice);
        List<EntityDecision> sameCode = new ArrayList<>(decidedRegistrations("G", 2, 60));
        sameCode.add(decidedRegistrations("H", 1, 61).get(0));
        assertThatThrownBy(() -> registry.appendAll(sameCode))
                .isInstanceOfSatisfying(
                        DuplicateCreditCodeException.class,
                        e -> assertThat(e.entity()).contains(EntityId.of("PU-H-0")))
                .hasMessageContaining("PU-G-1");
        assertNoneStored(sameCode);
        assertThatThrownBy(() -> entities.executeAll(
                        CENTER,
                        List.of(
                                new EntityCommand.Register(
                                        EntityId.of("PU-I"), unit("甲", code(70), POINT_IN_JINQIAO_MICRO_1), "导入"),
                                new EntityCommand.Register(
                                        EntityId.of("PU-J"), unit("乙", code(70), POINT_IN_JINQIAO_MICRO_1), "导入"))))
                .isInstanceOf(DuplicateCreditCodeException.class);
        assertThat(registry.find(EntityId.of("PU-I"))).isEmpty();
    }

    @Test
    void concurrentBatchWritersNeverLoseAnUpdate() throws Exception {
        SupervisedEntity shared = register("PU-S", 1);
        int writers = 4;
        int each = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    int written = 0;
                    while (written < each) {
                        SupervisedEntity now = registry.find(shared.id()).orElseThrow();
                        var p = (org.gridsafe.registry.ProductionUnit) now.profile();
                        String id = "PU-W" + writer + "-" + written;
                        try {
                            entities.executeAll(
                                    CENTER,
                                    List.of(
                                            new EntityCommand.Register(
                                                    EntityId.of(id),
                                                    unit(
                                                            "并发" + id,
                                                            code(1000 + writer * 100 + written),
                                                            POINT_IN_JINQIAO_MICRO_1),
                                                    "导入"),
                                            new EntityCommand.Amend(
                                                    now.id(),
                                                    now.version(),
                                                    withEmployees(p, p.employees() + 1),
                                                    "加一人")));
                            written++;
                        } catch (EntityVersionConflictException lost) {
                            // another batch came first: nothing of this one was written; decide again
                            assertThat(registry.find(EntityId.of(id))).isEmpty();
                        }
                    }
                    return written;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(each);
            }
        } finally {
            pool.shutdownNow();
        }
        SupervisedEntity after = registry.find(shared.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(1 + writers * each);
        assertThat(((org.gridsafe.registry.ProductionUnit) after.profile()).employees())
                .isEqualTo(120 + writers * each);
        assertThat(SupervisedEntity.replay(registry.history(shared.id()))).isEqualTo(after);
        assertThat(registry.search(EntityQuery.all())).hasSize(1 + writers * each);
    }

    /** Examples of the batch property; each writes to the registry, so fewer than a pure property's. */
    protected int batchExamples() {
        return Integer.getInteger("gridsafe.qt.batchExamples", 25);
    }

    @Test
    void aBatchWithOneConflictingEntityAnywhereStoresNothing() {
        AtomicInteger example = new AtomicInteger();
        // size 1..6, the conflicting position (modulo the size), the conflict: 0 a code another writer
        // took, 1 an id another writer took, 2 a code given twice in the batch.
        qt().withExamples(batchExamples())
                .forAll(
                        integers().between(1, 6),
                        integers().between(0, 5),
                        integers().between(0, 2))
                .checkAssert((size, at, conflict) -> {
                    int position = at % size;
                    int n = example.incrementAndGet();
                    String prefix = "P" + n;
                    int serial = 10_000 + n * 10;
                    List<EntityDecision> batch = new ArrayList<>(decidedRegistrations(prefix, size, serial));
                    EntityId bad = batch.get(position).entity().id();
                    switch (conflict) {
                        case 0 -> register("PU-" + prefix + "-racer", serial + position);
                        case 1 ->
                            entities.execute(
                                    CENTER,
                                    new EntityCommand.Register(
                                            bad, unit("抢先", code(serial + 9), POINT_IN_JINQIAO_MICRO_1), "登记"));
                        default ->
                            batch.add(
                                    position,
                                    decidedRegistrations(prefix + "x", 1, serial + position)
                                            .get(0));
                    }
                    assertThatThrownBy(() -> registry.appendAll(batch))
                            .as("size %d, position %d, conflict %d", size, position, conflict)
                            .isInstanceOf(org.gridsafe.registry.EntityRegistryException.class);
                    for (EntityDecision d : batch) {
                        if (conflict == 1 && d.entity().id().equals(bad)) {
                            assertThat(registry.history(bad)).hasSize(1);
                        } else {
                            assertThat(registry.find(d.entity().id()))
                                    .as(
                                            "%s of size %d, position %d, conflict %d",
                                            d.entity().id(), size, position, conflict)
                                    .isEmpty();
                        }
                    }
                });
    }

    // ---- licence operation mode and issuer tier

    private static org.gridsafe.entity.Licence hazchemLicence(
            Optional<org.gridsafe.entity.LicenceStorageMode> mode,
            Optional<org.gridsafe.entity.LicenceIssuerTier> tier) {
        return new org.gridsafe.entity.Licence(
                org.gridsafe.entity.LicenceTypeCatalog.standard().require("HAZCHEM_OPERATION"),
                "苏园危化经字〔2024〕000045",
                "市应急管理局",
                Optional.of("汽油、柴油"),
                LocalDate.of(2024, 1, 15),
                Optional.of(LocalDate.of(2027, 1, 14)),
                mode,
                tier);
    }

    @Test
    void aLicencesOperationModeAndIssuerTierAreStoredAndRead() {
        var licence = hazchemLicence(
                Optional.of(org.gridsafe.entity.LicenceStorageMode.WITH_STORAGE),
                Optional.of(org.gridsafe.entity.LicenceIssuerTier.CITY));
        var profile = withLicences(unit("危化经营", code(80), POINT_IN_JINQIAO_MICRO_1), List.of(licence));
        SupervisedEntity unit =
                entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PU-HC"), profile, "登记"));
        SupervisedEntity stored = registry.find(unit.id()).orElseThrow();
        assertThat(stored).isEqualTo(unit);
        assertThat(stored.profile().licences().get(0).storageMode())
                .contains(org.gridsafe.entity.LicenceStorageMode.WITH_STORAGE);
        assertThat(stored.profile().licences().get(0).issuerTier())
                .contains(org.gridsafe.entity.LicenceIssuerTier.CITY);
        assertThat(SupervisedEntity.replay(registry.history(unit.id()))).isEqualTo(stored);
        // a tier alone, on a type that needs no mode
        var standardisation = new org.gridsafe.entity.Licence(
                org.gridsafe.entity.LicenceTypeCatalog.standard().require("STANDARDISATION_CERTIFICATE"),
                "BZH-1",
                "区应急管理局",
                Optional.empty(),
                LocalDate.of(2024, 1, 1),
                Optional.empty(),
                Optional.empty(),
                Optional.of(org.gridsafe.entity.LicenceIssuerTier.COUNTY));
        SupervisedEntity amended = entities.execute(
                CENTER,
                new EntityCommand.Amend(unit.id(), 1, withLicences(profile, List.of(licence, standardisation)), "补录"));
        assertThat(registry.find(unit.id())).contains(amended);
    }

    @Test
    void aHazchemOperationLicenceWithoutItsModeIsAFieldErrorAndNothingIsStored() {
        var licence = hazchemLicence(Optional.empty(), Optional.of(org.gridsafe.entity.LicenceIssuerTier.CITY));
        var profile = withLicences(unit("危化经营", code(81), POINT_IN_JINQIAO_MICRO_1), List.of(licence));
        assertThatThrownBy(
                        () -> entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PU-HC"), profile, "登记")))
                .isInstanceOfSatisfying(
                        org.gridsafe.entity.InvalidEntityValueException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("licences[0].storageMode");
                            assertThat(p.message()).contains("危险化学品经营许可证").contains("WITH_STORAGE");
                        }));
        assertThat(registry.find(EntityId.of("PU-HC"))).isEmpty();
        assertThat(registry.findByCreditCode(code(81))).isEmpty();
    }

    @Test
    void nineSmallPlacesAreCheckedAgainstTheDistrictsProfileAndKeepTheirMeasures() {
        var within = shop("小商店甲", new org.gridsafe.grid.GeoPoint(120.15, 31.05), Optional.empty())
                .withMeasures(org.gridsafe.registry.PlaceMeasures.of(java.util.Map.of(
                        org.gridsafe.registry.PlaceMeasure.FLOOR_AREA, 300,
                        org.gridsafe.registry.PlaceMeasure.STAFF, 3,
                        org.gridsafe.registry.PlaceMeasure.INSIDE_COMPLEX, false)));
        SupervisedEntity place =
                entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-1"), within, "登记"));
        assertThat(registry.find(place.id())).contains(place);
        assertThat(((org.gridsafe.registry.Place)
                                registry.find(place.id()).orElseThrow().profile())
                        .measures())
                .isEqualTo(within.measures());
        assertThat(entities.nineSmallVerdict(place).orElseThrow().outcome())
                .isEqualTo(org.gridsafe.registry.NineSmallOutcome.WITHIN);

        var above = within.withMeasures(within.measures().with(org.gridsafe.registry.PlaceMeasure.FLOOR_AREA, 301));
        assertThatThrownBy(() -> entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-2"), above, "登记")))
                .isInstanceOfSatisfying(
                        org.gridsafe.entity.InvalidEntityValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        org.gridsafe.entity.FieldProblem::field,
                                        org.gridsafe.entity.FieldProblem::message)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "floorArea", "floorArea 301 m² exceeds 300 m² for 小商店 under WIDELY_USED")));
        assertThat(registry.find(EntityId.of("PL-2"))).isEmpty();
        assertThatThrownBy(() ->
                        entities.execute(CENTER, new EntityCommand.Amend(place.id(), place.version(), above, "扩建")))
                .hasMessageContaining("floorArea 301 m²");
        assertThat(registry.find(place.id())).contains(place);

        var unknown = within.withMeasures(org.gridsafe.registry.PlaceMeasures.none());
        SupervisedEntity amended =
                entities.execute(CENTER, new EntityCommand.Amend(place.id(), place.version(), unknown, "面积待核"));
        assertThat(registry.find(place.id())).contains(amended);
        assertThat(entities.nineSmallVerdict(amended).orElseThrow().outcome())
                .isEqualTo(org.gridsafe.registry.NineSmallOutcome.NOT_DECIDABLE);
        assertThat(entities.search(CENTER, EntityQuery.all(), org.gridsafe.registry.NineSmallOutcome.NOT_DECIDABLE))
                .containsExactly(amended);
        assertThat(entities.search(CENTER, EntityQuery.all(), org.gridsafe.registry.NineSmallOutcome.WITHIN))
                .isEmpty();
        assertThat(SupervisedEntity.replay(registry.history(place.id()))).isEqualTo(amended);
    }
}
