package org.gridsafe.districtdata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridCode;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.memory.InMemoryEntityRegistry;
import org.gridsafe.memory.InMemoryGridDirectory;
import org.gridsafe.registry.Address;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.KeyUnitLevel;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.PlaceMeasures;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.SupervisionLinks;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.registry.UnitScale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small district (one street, one community, two micro-grids side by side: 120.00-120.05 and
 * 120.05-120.10 east, 31.00-31.05 north) and supervised entities made from a list of numbers, so
 * QuickTheories shrinks a failing set by shrinking the list. Names carry CSV-hostile characters.
 */
final class SampleEntities {

    static final GridCode DISTRICT = GridCode.parse("320599");
    static final GridCode STREET = GridCode.parse("320599001");
    static final GridCode MICRO_1 = GridCode.parse("320599001001001");
    static final GridCode MICRO_2 = GridCode.parse("320599001001002");
    static final Actor CENTER = Actor.commandCenter("cc-d", "区指挥中心", DISTRICT);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 30);
    private static final String[] NAMES = {"王伟五金厂", "李,娜商行", "张\"敏\"超市", "O'Brien 餐饮", "赵 静化工", "黄艳物流"};
    private static final String[] SECTORS = {"HAZARDOUS_CHEMICALS", "GONGMAO_TEXTILE", "FIRE_SAFETY", "GAS", "OTHER"};

    private SampleEntities() {}

    static SupervisedEntities service() {
        return service(new InMemoryEntityRegistry());
    }

    static SupervisedEntities service(org.gridsafe.port.EntityRegistry registry) {
        GeometryFactory g = new GeometryFactory();
        List<Grid> grids = List.of(
                grid(g, DISTRICT, "示范区", 120.00, 120.10),
                grid(g, STREET, "金桥街道", 120.00, 120.10),
                grid(g, GridCode.parse("320599001001"), "金桥社区", 120.00, 120.10),
                grid(g, MICRO_1, "一号微网格", 120.00, 120.05),
                grid(g, MICRO_2, "二号微网格", 120.05, 120.10));
        var directory = new InMemoryGridDirectory(
                GridTree.of(grids),
                DutyMatrix.builder().build(),
                TimeLimits.defaults(),
                WorkCalendar.chinaMainland2026());
        return SupervisedEntities.builder()
                .registry(registry)
                .directory(directory)
                .clock(Clock.fixed(Instant.parse("2026-03-30T01:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    private static Grid grid(GeometryFactory g, GridCode code, String name, double x1, double x2) {
        return Grid.builder()
                .code(code)
                .name(name)
                .boundary(g.createPolygon(new Coordinate[] {
                    new Coordinate(x1, 31.00),
                    new Coordinate(x2, 31.00),
                    new Coordinate(x2, 31.05),
                    new Coordinate(x1, 31.05),
                    new Coordinate(x1, 31.00)
                }))
                .build();
    }

    /** A valid credit code with serial {@code n}. */
    static UnifiedSocialCreditCode code(int n) {
        return UnifiedSocialCreditCode.completing(
                String.format("91320599%08dX", n).substring(0, 17));
    }

    /**
     * One entity per number: units and places alternating by the number's parity, every optional
     * field present or absent by its bits; the risk level too.
     */
    static List<Sample> from(List<Integer> numbers) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int n = Math.abs(numbers.get(i));
            EntityId id = EntityId.of(String.format("E-%04d", i));
            GeoPoint point = GeoPoint.of(120.001 + (n % 97) * 0.001, 31.001 + (n % 43) * 0.001);
            Optional<RiskLevel> risk = bit(n, 6) ? Optional.of(RiskLevel.values()[n % 4]) : Optional.empty();
            EntityProfile profile = n % 2 == 0 ? unit(i, n, point) : place(i, n, point, samples);
            samples.add(new Sample(id, profile, risk));
        }
        return samples;
    }

    record Sample(EntityId id, EntityProfile profile, Optional<RiskLevel> riskLevel) {}

    private static boolean bit(int n, int b) {
        return ((n >> b) & 1) == 1;
    }

    private static ProductionUnit unit(int i, int n, GeoPoint point) {
        boolean unregistered = bit(n, 1) && bit(n, 2);
        List<UnitPerson> people = new ArrayList<>();
        if (bit(n, 3)) {
            people.add(new UnitPerson(
                    UnitPersonRole.PRINCIPAL, "王" + n, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        if (bit(n, 4)) {
            people.add(new UnitPerson(
                    UnitPersonRole.SAFETY_MANAGER,
                    "陈,芳",
                    Optional.of("1380000" + (n % 10000)),
                    Optional.of("AQ" + n),
                    bit(n, 5) ? Optional.of(LocalDate.of(2027, 1 + n % 12, 1)) : Optional.empty()));
        }
        Set<KeyUnitLevel> keys = EnumSet.noneOf(KeyUnitLevel.class);
        for (KeyUnitLevel l : KeyUnitLevel.values()) {
            if (bit(n, 7 + l.ordinal())) {
                keys.add(l);
            }
        }
        return new ProductionUnit(
                NAMES[n % NAMES.length] + i,
                unregistered ? Optional.empty() : Optional.of(code(i)),
                unregistered,
                new Address("金桥路" + n + "号, 2\"号楼\"", point),
                bit(n, 11) ? Optional.of(MICRO_2) : Optional.empty(),
                bit(n, 12) ? Optional.of(IndustryCode.parse(bit(n, 13) ? "C2641" : "C17")) : Optional.empty(),
                bit(n, 14) ? List.of(SECTORS[n % 4], "OTHER") : List.of(SECTORS[n % 4]),
                UnitScale.values()[n % 3],
                n % 5000,
                bit(n, 15) ? List.of("COMBUSTIBLE_DUST", "CONFINED_SPACE") : List.of(),
                MajorHazardInstallationGrade.values()[n % 5],
                keys,
                people,
                new SupervisionLinks(
                        bit(n, 16) ? Optional.of("网格长 " + n) : Optional.empty(),
                        bit(n, 17) ? Optional.of(DepartmentId.of("emergency")) : Optional.empty(),
                        bit(n, 18) ? Optional.of(DepartmentId.of("emergency")) : Optional.empty()),
                licences(n),
                bit(n, 19)
                        ? Optional.of(new SupervisionClass("DISTRICT_FOUR_GRADES", "GRADE_" + (1 + n % 4)))
                        : Optional.empty());
    }

    private static Place place(int i, int n, GeoPoint point, List<Sample> before) {
        PlaceKind kind = PlaceKind.values()[n % PlaceKind.values().length];
        Optional<EntityId> operator = before.stream()
                .filter(s -> s.profile() instanceof ProductionUnit)
                .map(Sample::id)
                .filter(unused -> bit(n, 3))
                .findFirst();
        return new Place(
                NAMES[n % NAMES.length] + "场所" + i,
                kind,
                kind == PlaceKind.NINE_SMALL
                        ? Optional.of(NineSmallType.values()[n % NineSmallType.values().length])
                        : Optional.empty(),
                bit(n, 4),
                bit(n, 5) ? Optional.of(code(1000 + i)) : Optional.empty(),
                new Address("银桥街" + n + "号", point),
                Optional.empty(),
                // A 九小场所 stays within the default profile (≤ 100 m² is within every floor-area limit of it).
                bit(n, 7) ? Optional.of(1 + n % (kind == PlaceKind.NINE_SMALL ? 100 : 2000)) : Optional.empty(),
                operator,
                bit(n, 8) ? List.of("FIRE_SAFETY") : List.of(),
                new SupervisionLinks(Optional.empty(), Optional.of(DepartmentId.of("fire-brigade")), Optional.empty()),
                licences(n / 3),
                Optional.empty(),
                measures(n));
    }

    /** Measures within the default 九小场所 profile for every type, some parts unknown. */
    private static PlaceMeasures measures(int n) {
        if (!bit(n, 9)) {
            return PlaceMeasures.none();
        }
        return new PlaceMeasures(
                Optional.empty(),
                Optional.of(n % 21),
                bit(n, 10) ? Optional.of(n % 101) : Optional.empty(),
                Optional.of(n % 51),
                Optional.of(n % 101),
                Optional.of(1 + n % 3),
                Optional.of(bit(n, 11)),
                bit(n, 12) ? Optional.of(bit(n, 13)) : Optional.empty(),
                Optional.of(bit(n, 14)));
    }

    private static List<Licence> licences(int n) {
        List<Licence> licences = new ArrayList<>();
        var types = LicenceTypeCatalog.standard();
        if (bit(n, 20)) {
            licences.add(new Licence(
                    types.require("SAFETY_PRODUCTION"),
                    "(苏)WH安许证字〔2024〕" + n,
                    "江苏省应急管理厅",
                    bit(n, 21) ? Optional.of("危险化学品生产, 储存") : Optional.empty(),
                    LocalDate.of(2024, 3, 1),
                    Optional.of(LocalDate.of(2027, 2, 28)),
                    Optional.empty(),
                    bit(n, 23) ? Optional.of(org.gridsafe.entity.LicenceIssuerTier.PROVINCE) : Optional.empty()));
        }
        if (bit(n, 21) && !bit(n, 20)) {
            // A hazardous-chemicals operation licence states its mode; the tier is optional.
            licences.add(new Licence(
                    types.require("HAZCHEM_OPERATION"),
                    "苏园危化经字〔2024〕" + n,
                    "市应急管理局",
                    Optional.empty(),
                    LocalDate.of(2024, 1, 15),
                    Optional.of(LocalDate.of(2027, 1, 14)),
                    Optional.of(org.gridsafe.entity.LicenceStorageMode.values()[n % 3]),
                    bit(n, 22)
                            ? Optional.of(org.gridsafe.entity.LicenceIssuerTier.values()[(n / 3) % 3])
                            : Optional.empty()));
        }
        if (bit(n, 22)) {
            licences.add(new Licence(
                    types.require("STANDARDISATION_CERTIFICATE"),
                    "BZH-" + n,
                    "示范区应急管理局",
                    Optional.empty(),
                    LocalDate.of(2025, 1, 1),
                    bit(n, 23) ? Optional.empty() : Optional.of(LocalDate.of(2026, 4, 1 + n % 28))));
        }
        return licences;
    }
}
