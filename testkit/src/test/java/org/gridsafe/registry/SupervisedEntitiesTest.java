package org.gridsafe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.entity.FieldProblem;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Licence;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** The registry's rules by example, over the in-memory registry and the sample district. */
class SupervisedEntitiesTest {

    private static final Actor CENTER = districtCommandCenter();
    private static final GeoPoint IN_SHIHU = new GeoPoint(120.15, 31.05);

    private final MutableClock clock = mondayMorningClock();
    private final SupervisedEntities entities = service(new InMemoryEntityRegistry(), clock);

    private SupervisedEntity register(String id, ProductionUnit unit) {
        return entities.execute(CENTER, new EntityCommand.Register(EntityId.of(id), unit, "首次登记"));
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidEntityValueException) e)
                .problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void thePointDecidesTheGridAndAnExplicitAssignmentWinsAndIsRecorded() {
        SupervisedEntity byPoint = register("PU-1", unit("金桥纺织", code(1), POINT_IN_JINQIAO_MICRO_1));
        assertThat(byPoint.grid()).isEqualTo(GridAssignment.byPoint(JINQIAO_MICRO_1));
        assertThat(byPoint.status()).isEqualTo(EntityStatus.OPERATING);

        SupervisedEntity assigned =
                register("PU-2", moved(unit("石湖仓储", code(2), IN_SHIHU), IN_SHIHU, Optional.of(JINQIAO_MICRO_2)));
        assertThat(assigned.grid()).isEqualTo(new GridAssignment(JINQIAO_MICRO_2, Optional.of(SHIHU_MICRO_1), true));
    }

    @Test
    void aPointOutsideEveryGridOrANonMicroAssignmentIsRefusedByField() {
        assertThatThrownBy(() -> register("PU-1", unit("区外", code(1), POINT_OUTSIDE)))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessageContaining("address.point: lies outside every grid")
                .satisfies(e -> assertThat(fields(e)).containsExactly("address.point"));
        assertThatThrownBy(() ->
                        register("PU-1", moved(unit("社区级", code(1), IN_SHIHU), IN_SHIHU, Optional.of(SHIHU_COMMUNITY))))
                .hasMessageContaining("assignedGrid: must be a micro-grid");
        assertThat(entities.search(CENTER, EntityQuery.all())).isEmpty();
    }

    @Test
    void unknownCatalogIdsAndAMissingReasonAreNamed() {
        ProductionUnit u = unit("未知行业", code(1), POINT_IN_JINQIAO_MICRO_1);
        ProductionUnit bad = new ProductionUnit(
                u.name(),
                u.creditCode(),
                false,
                u.address(),
                u.assignedGrid(),
                u.industry(),
                List.of("NO_SUCH_SECTOR"),
                u.scale(),
                u.employees(),
                List.of("NO_SUCH_FEATURE"),
                u.majorHazardGrade(),
                u.keyUnitLevels(),
                u.people(),
                u.links(),
                u.licences(),
                Optional.of(new org.gridsafe.entity.SupervisionClass("DISTRICT_FOUR_GRADES", "Z")));
        assertThatThrownBy(() -> entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PU-1"), bad, " ")))
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("sectors", "specialRiskFeatures", "supervisionClass", "reason"))
                .hasMessageContaining("unknown sector NO_SUCH_SECTOR");
    }

    @Test
    void theCreditCodeIsAbsentExactlyForAnUnregisteredOperator() {
        ProductionUnit u = unit("个体", code(1), POINT_IN_JINQIAO_MICRO_1);
        assertThatThrownBy(() -> new ProductionUnit(
                        u.name(),
                        Optional.empty(),
                        false,
                        u.address(),
                        u.assignedGrid(),
                        u.industry(),
                        u.sectors(),
                        u.scale(),
                        u.employees(),
                        u.specialRiskFeatures(),
                        u.majorHazardGrade(),
                        u.keyUnitLevels(),
                        u.people(),
                        u.links(),
                        u.licences(),
                        u.supervisionClass()))
                .hasMessageContaining("creditCode: is required: only an unregistered operator");
        assertThatThrownBy(() -> new ProductionUnit(
                        u.name(),
                        u.creditCode(),
                        true,
                        u.address(),
                        u.assignedGrid(),
                        u.industry(),
                        u.sectors(),
                        u.scale(),
                        -1,
                        u.specialRiskFeatures(),
                        u.majorHazardGrade(),
                        u.keyUnitLevels(),
                        u.people(),
                        u.links(),
                        u.licences(),
                        u.supervisionClass()))
                .satisfies(e -> assertThat(fields(e)).containsExactly("creditCode", "employees"));
        ProductionUnit unregistered = new ProductionUnit(
                u.name(),
                Optional.empty(),
                true,
                u.address(),
                u.assignedGrid(),
                u.industry(),
                u.sectors(),
                u.scale(),
                3,
                u.specialRiskFeatures(),
                u.majorHazardGrade(),
                u.keyUnitLevels(),
                u.people(),
                u.links(),
                u.licences(),
                u.supervisionClass());
        assertThat(register("PU-9", unregistered).profile().creditCode()).isEmpty();
    }

    @Test
    void duplicateCreditCodesAreRefused() {
        register("PU-1", unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1));
        assertThatThrownBy(() -> register("PU-2", unit("乙", code(1), POINT_IN_JINQIAO_MICRO_1)))
                .isInstanceOf(DuplicateCreditCodeException.class)
                .hasMessageContaining("creditCode: " + code(1).value() + " is already registered for entity PU-1");
        assertThatThrownBy(() -> register("PU-1", unit("丙", code(3), POINT_IN_JINQIAO_MICRO_1)))
                .isInstanceOf(EntityAlreadyExistsException.class);
    }

    @Test
    void aStaleVersionAndACommandWithoutARowAreRefused() {
        SupervisedEntity u = register("PU-1", unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1));
        assertThatThrownBy(() -> entities.execute(CENTER, new EntityCommand.Suspend(u.id(), 7, "停产")))
                .isInstanceOf(EntityVersionConflictException.class)
                .hasMessageContaining("is at version 1, not 7");
        assertThatThrownBy(() -> entities.execute(CENTER, new EntityCommand.Resume(u.id(), 1, "复产")))
                .isInstanceOf(WrongEntityStateException.class)
                .hasMessageContaining("is OPERATING (在营): it does not accept Resume");
        SupervisedEntity gone = entities.execute(CENTER, new EntityCommand.Deregister(u.id(), 1, "注销"));
        assertThatThrownBy(() -> entities.execute(CENTER, new EntityCommand.Amend(u.id(), 2, u.profile(), "改")))
                .isInstanceOf(WrongEntityStateException.class)
                .hasMessageContaining("it accepts no command");
        assertThat(gone.status()).isEqualTo(EntityStatus.DEREGISTERED);
    }

    @Test
    void theRegulatorsAssessmentWinsAndBothAreKept() {
        EntityId id = EntityId.of("PU-1");
        register("PU-1", unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1));
        Actor own = enterpriseOf(id);
        SupervisedEntity s = entities.execute(
                own,
                new EntityCommand.SubmitSelfAssessment(
                        id, 1, assessment(AssessorKind.SELF, RiskLevel.BLUE, LocalDate.of(2026, 3, 20)), "年度自评"));
        assertThat(s.riskLevel()).contains(RiskLevel.BLUE);
        SupervisedEntity r = entities.execute(
                emergencyOfficer(),
                new EntityCommand.AssessRisk(
                        id, 2, assessment(AssessorKind.REGULATOR, RiskLevel.ORANGE, LocalDate.of(2026, 3, 1)), "执法评定"));
        SupervisedEntity later = entities.execute(
                own,
                new EntityCommand.SubmitSelfAssessment(
                        id, 3, assessment(AssessorKind.SELF, RiskLevel.BLUE, LocalDate.of(2026, 3, 29)), "复评"));
        assertThat(r.riskLevel()).contains(RiskLevel.ORANGE);
        assertThat(later.riskLevel()).contains(RiskLevel.ORANGE);
        assertThat(later.assessments()).hasSize(3);
        assertThatThrownBy(() -> entities.execute(
                        own,
                        new EntityCommand.SubmitSelfAssessment(
                                id,
                                4,
                                assessment(AssessorKind.REGULATOR, RiskLevel.BLUE, LocalDate.of(2026, 3, 29)),
                                "冒充")))
                .hasMessageContaining("assessment.assessor");
        assertThatThrownBy(() -> entities.execute(
                        own,
                        new EntityCommand.AssessRisk(
                                id,
                                4,
                                assessment(AssessorKind.REGULATOR, RiskLevel.BLUE, LocalDate.of(2026, 3, 29)),
                                "越权")))
                .isInstanceOf(EntityAccessDeniedException.class);
    }

    @Test
    void licencesExpiringWithinTheWindowAndExpiredOnesAreReportedForLiveEntitiesOnly() {
        LocalDate today = LocalDate.of(2026, 3, 30);
        ProductionUnit base = unit("甲", code(1), POINT_IN_JINQIAO_MICRO_1);
        Licence soon = licence("SAFETY_PRODUCTION", "(苏)AQ-1", LocalDate.of(2023, 6, 1), today.plusDays(90));
        Licence later = licence("SAFETY_PRODUCTION", "(苏)AQ-2", LocalDate.of(2023, 6, 1), today.plusDays(91));
        Licence gone = licence("HAZCHEM_REGISTRATION", "DJ-3", LocalDate.of(2023, 1, 1), today.minusDays(1));
        register("PU-1", withLicences(base, List.of(soon, later, gone)));
        SupervisedEntity closed = register(
                "PU-2",
                withLicences(
                        unit("乙", code(2), POINT_IN_JINQIAO_MICRO_1),
                        List.of(licence("SAFETY_PRODUCTION", "(苏)AQ-4", LocalDate.of(2023, 6, 1), today))));
        entities.execute(CENTER, new EntityCommand.Close(closed.id(), 1, "关闭"));
        List<LicenceExpiry> report =
                entities.licenceExpiries(CENTER, EntityQuery.all(), today, Licence.DEFAULT_EXPIRY_WARNING);
        assertThat(report).extracting(l -> l.licence().number()).containsExactly("DJ-3", "(苏)AQ-1");
        assertThat(report).extracting(LicenceExpiry::daysLeft).containsExactly(-1L, 90L);
        assertThat(report.get(0).expired()).isTrue();
    }

    @Test
    void readsAndSearchesGoThroughTheAccessPolicy() {
        register("PU-1", unit("金桥", code(1), POINT_IN_JINQIAO_MICRO_1));
        register("PU-2", unit("石湖", code(2), IN_SHIHU));
        entities.execute(
                CENTER,
                new EntityCommand.Register(
                        EntityId.of("PL-1"), shop("小店", IN_SHIHU, Optional.of(EntityId.of("PU-1"))), "登记"));
        assertThat(entities.search(jinqiaoCommandCenter(), EntityQuery.all()))
                .extracting(e -> e.id().value())
                .containsExactly("PU-1");
        assertThat(entities.search(jinqiaoCommandCenter(), EntityQuery.all().within(SHIHU_STREET)))
                .isEmpty();
        assertThat(entities.search(fireOfficer(), EntityQuery.all()))
                .extracting(e -> e.id().value())
                .containsExactly("PL-1");
        assertThat(entities.search(enterpriseOf(EntityId.of("PU-1")), EntityQuery.all()))
                .extracting(e -> e.id().value())
                .containsExactly("PL-1", "PU-1");
        assertThatThrownBy(() -> entities.get(shihuCommandCenter(), EntityId.of("PU-1")))
                .isInstanceOf(EntityAccessDeniedException.class);
        assertThatThrownBy(() -> entities.get(citizen(), EntityId.of("PU-1")))
                .isInstanceOf(EntityAccessDeniedException.class);
        assertThatThrownBy(() -> entities.get(CENTER, EntityId.of("PU-404")))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void movingAnEntityToAnotherGridNeedsTheActionThereToo() {
        SupervisedEntity u = register("PU-1", unit("金桥", code(1), POINT_IN_JINQIAO_MICRO_1));
        ProductionUnit p = (ProductionUnit) u.profile();
        clock.add(java.time.Duration.ofMinutes(5));
        assertThatThrownBy(() -> entities.execute(
                        jinqiaoCommandCenter(),
                        new EntityCommand.Amend(u.id(), 1, moved(p, IN_SHIHU, Optional.empty()), "搬迁")))
                .isInstanceOf(EntityAccessDeniedException.class);
        SupervisedEntity movedUnit = entities.execute(
                CENTER, new EntityCommand.Amend(u.id(), 1, moved(p, IN_SHIHU, Optional.empty()), "搬迁"));
        assertThat(movedUnit.grid().grid()).isEqualTo(SHIHU_MICRO_1);
        assertThat(entities.asOf(CENTER, u.id(), u.updatedAt())
                        .orElseThrow()
                        .grid()
                        .grid())
                .isEqualTo(JINQIAO_MICRO_1);
    }

    @Test
    void theDistrictNamesItsNineSmallProfile() {
        SupervisedEntities zhengzhou = SupervisedEntities.builder()
                .directory(directory())
                .clock(clock)
                .nineSmallProfile(NineSmallProfiles.standard().require(NineSmallProfiles.ZHENGZHOU_2024))
                .build();
        Place shop200 = shop("小商店", IN_SHIHU, Optional.empty())
                .withMeasures(PlaceMeasures.of(
                        java.util.Map.of(PlaceMeasure.FLOOR_AREA, 200, PlaceMeasure.INSIDE_COMPLEX, false)));
        assertThat(entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-1"), shop200, "登记"))
                        .id())
                .isEqualTo(EntityId.of("PL-1"));
        assertThatThrownBy(
                        () -> zhengzhou.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-1"), shop200, "登记")))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(fields(e)).containsExactly("floorArea"))
                .hasMessageContaining("floorArea 200 m² exceeds 100 m² for 小商店 under ZHENGZHOU_2024");
        Place inMall = shop200.withMeasures(
                PlaceMeasures.of(java.util.Map.of(PlaceMeasure.FLOOR_AREA, 80, PlaceMeasure.INSIDE_COMPLEX, true)));
        assertThatThrownBy(
                        () -> zhengzhou.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-2"), inMall, "登记")))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(fields(e)).containsExactly("measures.insideComplex"));
        Place outlet = new Place(
                "烟花爆竹零售点",
                PlaceKind.NINE_SMALL,
                Optional.of(NineSmallType.FLAMMABLE_GOODS_OUTLET),
                false,
                Optional.empty(),
                shop200.address(),
                Optional.empty(),
                Optional.of(60),
                Optional.empty(),
                List.of(),
                shop200.links(),
                List.of(),
                Optional.empty());
        assertThatThrownBy(
                        () -> zhengzhou.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-3"), outlet, "登记")))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(fields(e)).containsExactly("nineSmallType"))
                .hasMessageContaining("ZHENGZHOU_2024 sets no thresholds");
        assertThat(entities.execute(CENTER, new EntityCommand.Register(EntityId.of("PL-3"), outlet, "登记"))
                        .profile())
                .isEqualTo(outlet);
    }

    @Test
    void theFloorAreaIsOneMeasure() {
        Place shop = shop("小商店", IN_SHIHU, Optional.empty());
        assertThat(shop.measures().floorArea()).isEqualTo(shop.floorArea()).contains(80);
        Place moved = shop.withMeasures(PlaceMeasures.none().with(PlaceMeasure.BEDS, 0));
        assertThat(moved.floorArea()).isEmpty();
        assertThatThrownBy(() -> new Place(
                        shop.name(),
                        shop.kind(),
                        shop.nineSmallType(),
                        false,
                        Optional.empty(),
                        shop.address(),
                        Optional.empty(),
                        Optional.of(90),
                        Optional.empty(),
                        List.of(),
                        shop.links(),
                        List.of(),
                        Optional.empty(),
                        PlaceMeasures.none().with(PlaceMeasure.FLOOR_AREA, 80)))
                .isInstanceOfSatisfying(
                        InvalidEntityValueException.class,
                        e -> assertThat(fields(e)).containsExactly("measures.floorArea"));
    }
}
