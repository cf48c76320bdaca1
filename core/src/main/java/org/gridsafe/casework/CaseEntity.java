package org.gridsafe.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.entity.SupervisionClass;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.SupervisedEntity;

/**
 * The production unit or place a case concerns (涉及单位), with the registry's facts about it as
 * of the case's report, recorded on the case: a later regrade or reclassification of the entity
 * does not rewrite the case, so a past case shows the unit as it was. Without a registry only the
 * id is known ({@link #unchecked}).
 *
 * @param id the entity's id in the registry
 * @param kind production unit or place, if the registry was asked
 * @param name its name then
 * @param sectors its supervision sectors then (catalog ids)
 * @param riskLevel its risk level then (the regulator's, else its own assessment), if assessed
 * @param supervisionClass its supervision class then, if classed
 * @param entityVersion the version of the entity's history the facts come from
 */
public record CaseEntity(
        EntityId id,
        Optional<EntityKind> kind,
        Optional<String> name,
        List<String> sectors,
        Optional<RiskLevel> riskLevel,
        Optional<SupervisionClass> supervisionClass,
        Optional<Long> entityVersion) {

    public CaseEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(supervisionClass, "supervisionClass");
        Objects.requireNonNull(entityVersion, "entityVersion");
    }

    /**
     * The rule every query and statistic filters by (criteria left empty hold for any case): the
     * case names entity {@code id}; one of its recorded sector ids equals {@code sector}; its
     * recorded risk level is {@code riskLevel}; its recorded class has code {@code classCode}. A
     * case naming no entity, or an entity without that fact, never matches a given criterion.
     */
    public static boolean matches(
            Optional<CaseEntity> entity,
            Optional<EntityId> id,
            Optional<String> sector,
            Optional<RiskLevel> riskLevel,
            Optional<String> classCode) {
        if (id.isEmpty() && sector.isEmpty() && riskLevel.isEmpty() && classCode.isEmpty()) {
            return true;
        }
        if (entity.isEmpty()) {
            return false;
        }
        CaseEntity e = entity.get();
        return id.map(e.id()::equals).orElse(true)
                && sector.map(e.sectors()::contains).orElse(true)
                && riskLevel.map(r -> e.riskLevel().equals(Optional.of(r))).orElse(true)
                && classCode
                        .map(code -> e.supervisionClass()
                                .map(k -> k.code().equals(code))
                                .orElse(false))
                        .orElse(true);
    }

    /** Only the id: the service has no registry to check it against. */
    public static CaseEntity unchecked(EntityId id) {
        return new CaseEntity(
                id,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The facts of {@code entity} as it stands (a version of its history). */
    public static CaseEntity of(SupervisedEntity entity) {
        return new CaseEntity(
                entity.id(),
                Optional.of(entity.kind()),
                Optional.of(entity.profile().name()),
                entity.profile().sectors(),
                entity.riskLevel(),
                entity.profile().supervisionClass(),
                Optional.of(entity.version()));
    }
}
