package org.gridsafe.testkit;

import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.port.EntityRegistry;
import org.gridsafe.registry.Address;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.KeyUnitLevel;
import org.gridsafe.registry.NineSmallType;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceKind;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.RiskAssessment;
import org.gridsafe.registry.SupervisionLinks;
import org.gridsafe.registry.UnitPerson;
import org.gridsafe.registry.UnitPersonRole;
import org.gridsafe.registry.UnitScale;
import org.threeten.extra.MutableClock;

/** Production units and places in the sample district, for the registry's tests and contract. */
public final class EntitySamples {

    /** The standard's worked example, a valid code. */
    public static final UnifiedSocialCreditCode CODE_A = UnifiedSocialCreditCode.parse("91350100M000100Y43");

    private EntitySamples() {}

    /** A valid code made from a 17-character body ({@code 91320599} + 9 characters). */
    public static UnifiedSocialCreditCode code(int serial) {
        return UnifiedSocialCreditCode.completing(
                String.format("91320599%08dX", serial).substring(0, 17));
    }

    /** The enterprise actor of unit {@code id}. */
    public static org.gridsafe.access.Actor enterpriseOf(EntityId id) {
        return org.gridsafe.access.Actor.enterprise("ent-" + id.value(), id.value() + "安全员", id.value());
    }

    /** A textile unit at {@code point}, with a safety manager and a licence. */
    public static ProductionUnit unit(String name, UnifiedSocialCreditCode code, GeoPoint point) {
        return new ProductionUnit(
                name,
                Optional.of(code),
                false,
                new Address("金桥路" + Math.abs(name.hashCode() % 900) + "号", point),
                Optional.empty(),
                Optional.of(IndustryCode.parse("C17")),
                List.of("GONGMAO_TEXTILE"),
                UnitScale.SMALL_MEDIUM,
                120,
                List.of("COMBUSTIBLE_DUST"),
                MajorHazardInstallationGrade.NONE,
                Set.of(KeyUnitLevel.TOWN),
                List.of(new UnitPerson(
                        UnitPersonRole.SAFETY_MANAGER,
                        "周安全",
                        Optional.of("13800000000"),
                        Optional.of("AQ-2024-0001"),
                        Optional.of(LocalDate.of(2027, 3, 1)))),
                new SupervisionLinks(Optional.of("金桥网格长"), Optional.of(EMERGENCY), Optional.of(EMERGENCY)),
                List.of(licence(
                        "STANDARDISATION_CERTIFICATE",
                        "BZH-2024-17",
                        LocalDate.of(2024, 5, 1),
                        LocalDate.of(2026, 6, 30))),
                Optional.of(new SupervisionClass("DISTRICT_FOUR_GRADES", firstClass("DISTRICT_FOUR_GRADES"))));
    }

    /** The same unit with another profile field: a new address point and optionally an explicit grid. */
    public static ProductionUnit moved(ProductionUnit u, GeoPoint point, Optional<GridCode> assigned) {
        return new ProductionUnit(
                u.name(),
                u.creditCode(),
                u.unregisteredOperator(),
                new Address(u.address().text(), point),
                assigned,
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
                u.supervisionClass());
    }

    /** The same unit with a new employee count (a harmless amendment). */
    public static ProductionUnit withEmployees(ProductionUnit u, int employees) {
        return new ProductionUnit(
                u.name(),
                u.creditCode(),
                u.unregisteredOperator(),
                u.address(),
                u.assignedGrid(),
                u.industry(),
                u.sectors(),
                u.scale(),
                employees,
                u.specialRiskFeatures(),
                u.majorHazardGrade(),
                u.keyUnitLevels(),
                u.people(),
                u.links(),
                u.licences(),
                u.supervisionClass());
    }

    /** The same unit with other licences. */
    public static ProductionUnit withLicences(ProductionUnit u, List<Licence> licences) {
        return new ProductionUnit(
                u.name(),
                u.creditCode(),
                u.unregisteredOperator(),
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
                licences,
                u.supervisionClass());
    }

    /** A small shop operated by {@code operator}, at {@code point}. */
    public static Place shop(String name, GeoPoint point, Optional<EntityId> operator) {
        return new Place(
                name,
                PlaceKind.NINE_SMALL,
                Optional.of(NineSmallType.SMALL_SHOP),
                false,
                Optional.empty(),
                new Address("银桥街" + Math.abs(name.hashCode() % 900) + "号", point),
                Optional.empty(),
                Optional.of(80),
                operator,
                List.of("FIRE_SAFETY"),
                new SupervisionLinks(Optional.empty(), Optional.of(FIRE_BRIGADE), Optional.empty()),
                List.of(),
                Optional.empty());
    }

    /** A licence of a catalog type. */
    public static Licence licence(String type, String number, LocalDate issued, LocalDate expires) {
        return new Licence(
                LicenceTypeCatalog.standard().require(type),
                number,
                "示范区应急管理局",
                Optional.empty(),
                issued,
                Optional.of(expires));
    }

    /** An assessment by {@code who} on {@code day}. */
    public static RiskAssessment assessment(AssessorKind who, RiskLevel level, LocalDate day) {
        return new RiskAssessment(
                who, "LS", level, day, who == AssessorKind.SELF ? "企业安全员" : "区应急管理局", Optional.empty());
    }

    /** A registry service over the sample district and {@code registry}. */
    public static SupervisedEntities service(EntityRegistry registry, MutableClock clock) {
        return SupervisedEntities.builder()
                .registry(registry)
                .directory(directory())
                .clock(clock)
                .build();
    }

    private static String firstClass(String scheme) {
        return org.gridsafe.entity.SupervisionClassSchemes.presets()
                .require(scheme)
                .codes()
                .get(0);
    }
}
