package org.gridsafe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridsafe.GridSafe;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.stats.CaseIndicators;
import org.gridsafe.stats.CaseScope;
import org.gridsafe.stats.CaseStatistics;
import org.gridsafe.stats.Period;
import org.gridsafe.testkit.EntitySamples;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Statistics scoped by the entity a case concerns (its id, or its sector, risk level or class as
 * recorded on the case) equal the in-memory reference on H2 and PostgreSQL, and count a unit's
 * cases by the risk level it had when each was reported, not its level today.
 */
abstract class EntityScopedStatisticsTest {

    abstract DataSource database();

    private static final EntityId UNIT = EntityId.of("PU-0001");
    private static final EntityId SHOP = EntityId.of("PL-0002");

    @Test
    void indicatorsScopedByEntityFactsEqualTheReferenceAndKeepTheFactsAsReported() {
        JdbcGridSafeStorage storage = JdbcGridSafeStorage.create(database()).migrate();
        storage.directory().save(grids(), dutyMatrix(), TimeLimits.defaults(), calendar());
        MutableClock clock = mondayMorningClock();
        GridSafe gridSafe = GridSafe.builder()
                .directory(storage.directory())
                .caseStore(storage.caseStore())
                .caseQueries(storage.caseQueries())
                .caseStatistics(storage.caseStatistics())
                .idGenerator(storage.idGenerator(ZONE))
                .entityRegistry(storage.entityRegistry())
                .clock(clock)
                .build();
        SupervisedEntities entities = EntitySamples.service(storage.entityRegistry(), clock);
        SupervisedEntity unit = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        UNIT, EntitySamples.unit("金桥纺织厂", EntitySamples.code(1), POINT_IN_JINQIAO_MICRO_1), "登记"));
        assess(entities, unit, RiskLevel.RED);
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        SHOP, EntitySamples.shop("金桥小超市", new GeoPoint(120.02, 31.02), Optional.empty()), "登记"));
        Instant start = clock.instant();
        for (int i = 0; i < 9; i++) {
            if (i == 5) {
                assess(entities, entities.get(districtCommandCenter(), UNIT), RiskLevel.BLUE);
            }
            clock.add(Duration.ofMinutes(37));
            Case c = gridSafe.casework()
                    .report(
                            jinqiaoGridManager(),
                            Report.builder()
                                    .source(CaseSource.GRID_PATROL)
                                    .grid(JINQIAO_MICRO_1)
                                    .domain(SafetyDomain.FIRE)
                                    .hazard(HazardCode.parse("2102"))
                                    .grade(HazardGrade.GENERAL)
                                    .description("消防通道堆放杂物 #" + i)
                                    .entity(i % 3 == 0 ? UNIT : i % 3 == 1 ? SHOP : null)
                                    .build());
            if (i % 2 == 0) {
                gridSafe.casework()
                        .register(
                                jinqiaoCommandCenter(),
                                Register.of(c.id()).expectedVersion(1).build());
            }
        }
        List<Case> cases = JdbcCaseStatisticsTest.allCases(storage.caseQueries());
        Period period = new Period(start, clock.instant().plus(Duration.ofDays(1)));
        Instant asOf = clock.instant().plus(Duration.ofHours(1));
        String code = cases.stream()
                .flatMap(c -> c.entity().flatMap(e -> e.supervisionClass()).stream())
                .findFirst()
                .orElseThrow()
                .code();
        List<CaseScope> scopes = new ArrayList<>(List.of(
                CaseScope.all(),
                CaseScope.all().entity(UNIT),
                CaseScope.all().entity(SHOP),
                CaseScope.all().entity(EntityId.of("PU-NONE")),
                CaseScope.all().sector("GONGMAO_TEXTILE"),
                CaseScope.all().sector("FIRE_SAFETY"),
                CaseScope.all().sector("GONGMAO_TEXTIL"),
                CaseScope.all().supervisionClass(code),
                CaseScope.all().withinGrid(JINQIAO_STREET).sector("FIRE_SAFETY")));
        for (RiskLevel level : RiskLevel.values()) {
            scopes.add(CaseScope.all().riskLevel(level));
        }
        for (CaseScope scope : scopes) {
            CaseIndicators reference = CaseStatistics.indicators(cases, scope, period, asOf);
            assertThat(gridSafe.statistics().indicators(scope, period, asOf))
                    .as("%s", scope)
                    .isEqualTo(reference);
        }
        // Cases 0 and 3 were reported while the unit was RED, 6 after its regrade to BLUE.
        assertThat(gridSafe.statistics()
                        .indicators(CaseScope.all().riskLevel(RiskLevel.RED), period, asOf)
                        .reported())
                .isEqualTo(2);
        assertThat(gridSafe.statistics()
                        .indicators(CaseScope.all().riskLevel(RiskLevel.BLUE), period, asOf)
                        .reported())
                .isEqualTo(1);
        assertThat(gridSafe.statistics()
                        .indicators(CaseScope.all().sector("FIRE_SAFETY"), period, asOf)
                        .reported())
                .isEqualTo(3);
    }

    private static void assess(SupervisedEntities entities, SupervisedEntity entity, RiskLevel level) {
        SupervisedEntity now = entities.get(districtCommandCenter(), entity.id());
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.AssessRisk(
                        now.id(),
                        now.version(),
                        EntitySamples.assessment(AssessorKind.REGULATOR, level, LocalDate.of(2026, 3, 30)),
                        "定级"));
    }
}
