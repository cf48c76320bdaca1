package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.entity.Licence;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridLevel;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.jdbc.JdbcGridSafeStorage;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityQuery;
import org.gridsafe.registry.LicenceExpiry;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.registry.UnitScale;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The demo district's units and places: a believable, deterministic mix, loaded once. */
class DemoEntitiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Actor CENTER = Actor.commandCenter("cc-d", "区指挥中心", DemoDistrict.DISTRICT);

    private static SupervisedEntities service(EntityRegistry registry) {
        return SupervisedEntities.builder()
                .registry(registry)
                .directory(DemoDistrict.directory())
                .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.ofHours(8)).toInstant(), ZoneOffset.UTC))
                .nineSmallProfile(DemoEntities.NINE_SMALL_PROFILE)
                .build();
    }

    @Test
    void theDataFilesGiveAMixOfSectorsScalesRiskLevelsPlacesAndLicences() {
        SupervisedEntities entities = service(new InMemoryEntityRegistry());
        assertThat(DemoEntities.load(entities, CENTER, TODAY)).isEqualTo(37);
        List<SupervisedEntity> all = entities.search(CENTER, EntityQuery.all());
        List<ProductionUnit> units = all.stream()
                .filter(e -> e.kind() == EntityKind.PRODUCTION_UNIT)
                .map(e -> (ProductionUnit) e.profile())
                .toList();
        List<Place> places = all.stream()
                .filter(e -> e.kind() == EntityKind.PLACE)
                .map(e -> (Place) e.profile())
                .toList();
        assertThat(units).hasSize(21);
        assertThat(places).hasSize(16);
        Set<String> sectors =
                units.stream().flatMap(u -> u.sectors().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sectors).hasSizeGreaterThanOrEqualTo(10);
        assertThat(units.stream().map(ProductionUnit::scale).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(UnitScale.values());
        assertThat(units.stream().filter(u -> u.creditCode().isEmpty())).hasSize(1);
        assertThat(units.stream().filter(u -> u.majorHazardGrade().isMajorHazard()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.stream().map(e -> e.riskLevel().orElseThrow()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RiskLevel.values());
        assertThat(places.stream().map(Place::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PlaceKind.values());
        assertThat(places.stream().flatMap(p -> p.nineSmallType().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(NineSmallType.values());
        assertThat(places.stream().filter(Place::threeInOne)).isNotEmpty();
        // Every 九小场所 of the demo is decidably within the demo's profile.
        assertThat(all.stream().flatMap(e -> entities.nineSmallVerdict(e).stream()))
                .hasSize(10)
                .allSatisfy(v -> assertThat(v.outcome())
                        .as(v.message())
                        .isEqualTo(org.gridsafe.registry.NineSmallOutcome.WITHIN));

        List<LicenceExpiry> report =
                entities.licenceExpiries(CENTER, EntityQuery.all(), TODAY, Licence.DEFAULT_EXPIRY_WARNING);
        assertThat(report.stream().filter(LicenceExpiry::expired))
                .extracting(l -> l.entity().id().value())
                .containsExactly("PU-004");
        assertThat(report.stream().filter(l -> !l.expired())).hasSizeGreaterThanOrEqualTo(4);

        // The hazardous-chemicals dealers state their operation mode, as their licence type requires.
        List<Licence> hazchem = units.stream()
                .flatMap(u -> u.licences().stream())
                .filter(l -> l.type().storageModeRequired())
                .toList();
        assertThat(hazchem)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> assertThat(l.storageMode()).isPresent());
        assertThat(hazchem.stream().map(l -> l.storageMode().orElseThrow()).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(units.stream()
                        .flatMap(u -> u.licences().stream())
                        .filter(l -> l.issuerTier().isPresent()))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyEntityLiesInTheMicroGridItsPointIsIn() {
        SupervisedEntities entities = service(new InMemoryEntityRegistry());
        DemoEntities.load(entities, CENTER, TODAY);
        GridLocator locator = GridLocator.of(DemoDistrict.grids());
        for (SupervisedEntity e : entities.search(CENTER, EntityQuery.all())) {
            Grid grid = locator.locate(e.profile().address().point()).orElseThrow();
            assertThat(grid.level()).isEqualTo(GridLevel.MICRO);
            assertThat(e.grid().grid()).as("%s", e.id()).isEqualTo(grid.code());
        }
    }

    @Test
    void theDataIsDeterministicAndLoadedOnlyOnceOnADatabase() {
        assertThat(DemoEntities.rows(TODAY)).isEqualTo(DemoEntities.rows(TODAY));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-entities;DB_CLOSE_DELAY=-1");
        EntityRegistry registry = JdbcGridSafeStorage.create(h2).migrate().entityRegistry();
        SupervisedEntities entities = service(registry);
        assertThat(DemoEntities.load(entities, CENTER, TODAY)).isEqualTo(37);
        assertThat(DemoEntities.load(entities, CENTER, TODAY)).isZero();
        SupervisedEntity reloaded =
                registry.find(org.gridsafe.registry.EntityId.of("PU-001")).orElseThrow();
        assertThat(reloaded.profile()).isEqualTo(DemoEntities.rows(TODAY).get(0).profile());
        assertThat(registry.history(reloaded.id())).hasSize(2);
        assertThat(EnumSet.copyOf(registry.search(EntityQuery.all()).stream()
                        .map(SupervisedEntity::kind)
                        .toList()))
                .containsExactlyInAnyOrder(EntityKind.values());
    }
}
