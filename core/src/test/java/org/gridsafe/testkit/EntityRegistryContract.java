package org.gridsafe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
