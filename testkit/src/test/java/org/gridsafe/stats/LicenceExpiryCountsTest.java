package org.gridsafe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridsafe.GridSafe;
import org.gridsafe.InspectionStatistics;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.CaseworkException;
import org.gridsafe.entity.InvalidEntityValueException;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.memory.InMemoryCaseStore;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryInspectionStore;
import org.gridsafe.memory.InMemoryMediaStore;
import org.gridsafe.memory.SequentialIdGenerator;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * The licence expiry indicator by example: the window's last day counts, the day itself is still valid,
 * a licence without expiry never counts, closed entities and other subtrees are left out.
 */
class LicenceExpiryCountsTest {

    private static final Actor CENTER = districtCommandCenter();
    private static final GeoPoint IN_SHIHU = new GeoPoint(120.15, 31.05);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);
    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 1);

    private final MutableClock clock = mondayMorningClock();
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final SupervisedEntities entities = service(registry, clock);
    private final InspectionStatistics stats;

    LicenceExpiryCountsTest() {
        InMemoryCaseStore cases = new InMemoryCaseStore();
        GridSafe gridSafe = GridSafe.builder()
                .directory(directory())
                .caseStore(cases)
                .caseQueries(cases)
                .idGenerator(new SequentialIdGenerator(ZONE))
                .mediaStore(new InMemoryMediaStore())
                .clock(clock)
                .build();
        stats = InspectionStatistics.builder()
                .gridSafe(gridSafe)
                .store(new InMemoryInspectionStore())
                .entities(registry)
                .build();
        // In 金桥: expiring on the window's last day (2027-02-08), one day after it, expired the day before,
        // expiring on the day itself, and a registration without expiry.
        register(
                "PU-1",
                unit("金桥化工", code(1), POINT_IN_JINQIAO_MICRO_1),
                List.of(
                        licence("SAFETY_PRODUCTION", "闽FM安许证字〔2024〕001", ISSUED, LocalDate.of(2027, 2, 8)),
                        licence("STANDARDISATION_CERTIFICATE", "BZH-1", ISSUED, LocalDate.of(2027, 2, 9)),
                        licence("HAZCHEM_REGISTRATION", "DJ-1", ISSUED, LocalDate.of(2026, 11, 9)),
                        licence("STANDARDISATION_CERTIFICATE", "BZH-2", ISSUED, AS_OF),
                        new Licence(
                                LicenceTypeCatalog.standard().require("PRECURSOR_FILING"),
                                "BA-1",
                                "示范区公安分局",
                                Optional.empty(),
                                ISSUED,
                                Optional.empty())));
        // In 石湖: expired long ago.
        register(
                "PU-2",
                moved(unit("石湖仓储", code(2), IN_SHIHU), IN_SHIHU, Optional.empty()),
                List.of(licence("SAFETY_PRODUCTION", "SH-1", ISSUED, LocalDate.of(2025, 1, 1))));
        // Closed in 金桥: its expired licence is no longer supervised.
        SupervisedEntity closed = register(
                "PU-3",
                unit("金桥旧厂", code(3), POINT_IN_JINQIAO_MICRO_1),
                List.of(licence("SAFETY_PRODUCTION", "JQ-9", ISSUED, LocalDate.of(2026, 1, 1))));
        entities.execute(CENTER, new EntityCommand.Close(closed.id(), closed.version(), "已关闭"));
    }

    private SupervisedEntity register(String id, org.gridsafe.registry.ProductionUnit unit, List<Licence> licences) {
        return entities.execute(
                CENTER, new EntityCommand.Register(EntityId.of(id), withLicences(unit, licences), "首次登记"));
    }

    @Test
    void theWindowsLastDayCountsTheDayAfterItDoesNotAndTheDayItselfIsStillValid() {
        LicenceExpiryCounts c =
                stats.licenceExpiries(CENTER, Optional.of(JINQIAO_STREET), AS_OF, Licence.DEFAULT_EXPIRY_WARNING);

        assertThat(c.lastDay()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(c.rows())
                .extracting(LicenceExpiryCounts.Row::number, LicenceExpiryCounts.Row::expired)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DJ-1", true),
                        org.assertj.core.groups.Tuple.tuple("BZH-2", false),
                        org.assertj.core.groups.Tuple.tuple("闽FM安许证字〔2024〕001", false));
        assertThat(c.byType())
                .containsExactly(
                        new LicenceExpiryCounts.TypeCount("HAZCHEM_REGISTRATION", 1, 0),
                        new LicenceExpiryCounts.TypeCount("SAFETY_PRODUCTION", 0, 1),
                        new LicenceExpiryCounts.TypeCount("STANDARDISATION_CERTIFICATE", 0, 1));
        assertThat(c.expired()).isEqualTo(1);
        assertThat(c.expiring()).isEqualTo(2);
        assertThat(c.rows().get(0).entityName()).isEqualTo("金桥化工");
        assertThat(c.rows().get(0).grid()).isEqualTo(JINQIAO_MICRO_1);
    }

    @Test
    void aWindowOfNoDaysCountsWhatExpiresTodayAndEverywhereAddsTheOtherStreet() {
        LicenceExpiryCounts c = stats.licenceExpiries(CENTER, Optional.empty(), AS_OF, java.time.Period.ZERO);

        assertThat(c.rows()).extracting(LicenceExpiryCounts.Row::number).containsExactly("SH-1", "DJ-1", "BZH-2");
        assertThat(c.expired()).isEqualTo(2);
        assertThat(c.expiring()).isEqualTo(1);
    }

    @Test
    void theReferenceAgreesWithTheServiceOverTheRegistry() {
        List<SupervisedEntity> all = registry.search(org.gridsafe.registry.EntityQuery.all());
        assertThat(LicenceExpiryCounts.of(all, Optional.of(JINQIAO_STREET), AS_OF, Licence.DEFAULT_EXPIRY_WARNING))
                .isEqualTo(stats.licenceExpiries(Optional.of(JINQIAO_STREET), AS_OF, Licence.DEFAULT_EXPIRY_WARNING));
    }

    @Test
    void aNegativeWindowIsRefusedNamingTheWindow() {
        assertThatThrownBy(() -> stats.licenceExpiries(CENTER, Optional.empty(), AS_OF, java.time.Period.ofDays(-1)))
                .isInstanceOf(InvalidEntityValueException.class)
                .hasMessageContaining("window");
    }

    @Test
    void anotherStreetsCommandCenterAndADepartmentOfficerAreRefused() {
        assertThatThrownBy(() -> stats.licenceExpiries(
                        shihuCommandCenter(), Optional.of(JINQIAO_STREET), AS_OF, Licence.DEFAULT_EXPIRY_WARNING))
                .isInstanceOf(CaseworkException.class);
        assertThatThrownBy(() -> stats.licenceExpiries(
                        emergencyOfficer(), Optional.empty(), AS_OF, Licence.DEFAULT_EXPIRY_WARNING))
                .isInstanceOf(CaseworkException.class)
                .hasMessageContaining("command centers");
        // The street's own command center gets its street without naming it.
        assertThat(stats.licenceExpiries(shihuCommandCenter(), Optional.empty(), AS_OF, Licence.DEFAULT_EXPIRY_WARNING)
                        .rows())
                .extracting(LicenceExpiryCounts.Row::number)
                .containsExactly("SH-1");
    }
}
