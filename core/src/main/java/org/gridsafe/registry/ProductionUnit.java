package org.gridsafe.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.MajorHazardInstallationGrade;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GridCode;

/**
 * A production unit (生产经营单位) as registered. The credit code is absent exactly for an unregistered
 * operator ({@code unregisteredOperator}); sectors and special risk features are catalog ids.
 *
 * @param name the unit's name
 * @param creditCode its 统一社会信用代码
 * @param unregisteredOperator true for an operator without a business registration (then no code)
 * @param address address and point of the premises
 * @param assignedGrid a micro-grid assigned by hand, which wins over the point
 * @param industry its GB/T 4754-2017 industry
 * @param sectors supervision sector ids; at least one
 * @param scale size class
 * @param employees number of employees, 0 or more
 * @param specialRiskFeatures special risk feature ids (combustible dust, ammonia refrigeration, ...)
 * @param majorHazardGrade 重大危险源 grade, or none
 * @param keyUnitLevels the tiers that list it as a key unit
 * @param people principal and safety managers
 * @param links industry and comprehensive supervisors
 * @param licences its licences
 * @param supervisionClass its class under a scheme
 */
public record ProductionUnit(
        String name,
        Optional<UnifiedSocialCreditCode> creditCode,
        boolean unregisteredOperator,
        Address address,
        Optional<GridCode> assignedGrid,
        Optional<IndustryCode> industry,
        List<String> sectors,
        UnitScale scale,
        int employees,
        List<String> specialRiskFeatures,
        MajorHazardInstallationGrade majorHazardGrade,
        Set<KeyUnitLevel> keyUnitLevels,
        List<UnitPerson> people,
        SupervisionLinks links,
        List<Licence> licences,
        Optional<SupervisionClass> supervisionClass)
        implements EntityProfile {

    /** Employees above this are surely a typing error (the largest Chinese employers have about 1.5 million). */
    static final int MAX_EMPLOYEES = 2_000_000;

    public ProductionUnit {
        FieldRules rules = new FieldRules("");
        rules.text(name, "name", FieldRules.MAX_NAME);
        if (rules.notNull(creditCode, "creditCode")) {
            if (creditCode.isEmpty() && !unregisteredOperator) {
                rules.add(
                        "creditCode",
                        "is required: only an unregistered operator (unregisteredOperator = true) has no credit code");
            }
            if (creditCode.isPresent() && unregisteredOperator) {
                rules.add("creditCode", "an unregistered operator has no credit code; remove one of the two");
            }
        }
        rules.notNull(address, "address");
        rules.notNull(assignedGrid, "assignedGrid");
        rules.notNull(industry, "industry");
        if (rules.notNull(sectors, "sectors")) {
            if (sectors.isEmpty()) {
                rules.add("sectors", "needs at least one supervision sector (OTHER when none fits)");
            }
            checkIds(rules, sectors, "sectors");
        }
        rules.notNull(scale, "scale");
        if (employees < 0 || employees > MAX_EMPLOYEES) {
            rules.add("employees", "must be between 0 and " + MAX_EMPLOYEES + "; got " + employees);
        }
        if (rules.notNull(specialRiskFeatures, "specialRiskFeatures")) {
            checkIds(rules, specialRiskFeatures, "specialRiskFeatures");
        }
        rules.notNull(majorHazardGrade, "majorHazardGrade");
        if (rules.notNull(keyUnitLevels, "keyUnitLevels")) {
            keyUnitLevels.forEach(l -> rules.notNull(l, "keyUnitLevels"));
        }
        if (rules.notNull(people, "people")) {
            people.forEach(p -> rules.notNull(p, "people"));
        }
        rules.notNull(links, "links");
        if (rules.notNull(licences, "licences")) {
            licences.forEach(l -> rules.notNull(l, "licences"));
        }
        rules.notNull(supervisionClass, "supervisionClass");
        rules.throwIfAny();
        sectors = List.copyOf(sectors);
        specialRiskFeatures = List.copyOf(specialRiskFeatures);
        keyUnitLevels = Set.copyOf(keyUnitLevels);
        people = List.copyOf(people);
        licences = List.copyOf(licences);
    }

    static void checkIds(FieldRules rules, List<String> ids, String field) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : ids) {
            if (id == null) {
                rules.add(field, "must not contain null");
            } else if (!seen.add(id)) {
                rules.add(field, "names " + id + " twice");
            }
        }
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PRODUCTION_UNIT;
    }

    @Override
    public Optional<EntityId> operator() {
        return Optional.empty();
    }
}
