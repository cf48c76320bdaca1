package org.gridsafe.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.Licence;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.RiskLevel;

/**
 * Which entities a search asks for; every criterion given must hold, an empty one does not limit.
 * {@link #matches} is the rule; stores may narrow by SQL first but must return what it accepts.
 *
 * <pre>{@code
 * EntityQuery q = EntityQuery.all().within(street).sector("HAZCHEM").riskLevel(RiskLevel.RED);
 * }</pre>
 *
 * @param within the grid whose subtree the entity's grid lies in
 * @param kind production units or places
 * @param status the entity's status
 * @param sector a sector id the entity carries
 * @param riskLevel the entity's effective risk level
 * @param supervisionClass the class code (e.g. {@code A}) of its supervision class
 * @param licenceExpiringBy some licence expires on or before this day (expired ones included)
 * @param department a supervising department the entity names
 * @param text a case-insensitive part of its name, address or credit code
 * @param limit at most this many, in id order (1-10000)
 */
public record EntityQuery(
        Optional<GridCode> within,
        Optional<EntityKind> kind,
        Optional<EntityStatus> status,
        Optional<String> sector,
        Optional<RiskLevel> riskLevel,
        Optional<String> supervisionClass,
        Optional<LocalDate> licenceExpiringBy,
        Optional<DepartmentId> department,
        Optional<String> text,
        int limit) {

    /** The largest page a search returns. */
    public static final int MAX_LIMIT = 10_000;

    public EntityQuery {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(supervisionClass, "supervisionClass");
        Objects.requireNonNull(licenceExpiringBy, "licenceExpiringBy");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(text, "text");
        FieldRules rules = new FieldRules("");
        rules.optionalText(text, "text", FieldRules.MAX_NAME);
        if (limit < 1 || limit > MAX_LIMIT) {
            rules.add("limit", "must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        rules.throwIfAny();
    }

    /** Every entity (up to {@link #MAX_LIMIT}). */
    public static EntityQuery all() {
        return new EntityQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MAX_LIMIT);
    }

    /** This query limited to {@code grid}'s subtree. */
    public EntityQuery within(GridCode grid) {
        return new EntityQuery(
                Optional.of(grid),
                kind,
                status,
                sector,
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                department,
                text,
                limit);
    }

    /** This query limited to one kind. */
    public EntityQuery kind(EntityKind value) {
        return new EntityQuery(
                within,
                Optional.of(value),
                status,
                sector,
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                department,
                text,
                limit);
    }

    /** This query limited to one status. */
    public EntityQuery status(EntityStatus value) {
        return new EntityQuery(
                within,
                kind,
                Optional.of(value),
                sector,
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                department,
                text,
                limit);
    }

    /** This query limited to one sector. */
    public EntityQuery sector(String value) {
        return new EntityQuery(
                within,
                kind,
                status,
                Optional.of(value),
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                department,
                text,
                limit);
    }

    /** This query limited to one risk level. */
    public EntityQuery riskLevel(RiskLevel value) {
        return new EntityQuery(
                within,
                kind,
                status,
                sector,
                Optional.of(value),
                supervisionClass,
                licenceExpiringBy,
                department,
                text,
                limit);
    }

    /** This query limited to one class code. */
    public EntityQuery supervisionClass(String code) {
        return new EntityQuery(
                within, kind, status, sector, riskLevel, Optional.of(code), licenceExpiringBy, department, text, limit);
    }

    /** This query limited to entities with a licence expiring by {@code day}. */
    public EntityQuery licenceExpiringBy(LocalDate day) {
        return new EntityQuery(
                within, kind, status, sector, riskLevel, supervisionClass, Optional.of(day), department, text, limit);
    }

    /** This query limited to entities naming {@code value} as a supervisor. */
    public EntityQuery department(DepartmentId value) {
        return new EntityQuery(
                within,
                kind,
                status,
                sector,
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                Optional.of(value),
                text,
                limit);
    }

    /** This query limited to entities whose name, address or code contains {@code value}. */
    public EntityQuery text(String value) {
        return new EntityQuery(
                within,
                kind,
                status,
                sector,
                riskLevel,
                supervisionClass,
                licenceExpiringBy,
                department,
                Optional.of(value),
                limit);
    }

    /** This query returning at most {@code value} entities. */
    public EntityQuery limit(int value) {
        return new EntityQuery(
                within, kind, status, sector, riskLevel, supervisionClass, licenceExpiringBy, department, text, value);
    }

    /** Whether {@code entity} is one of the entities asked for. */
    public boolean matches(SupervisedEntity entity) {
        EntityProfile p = entity.profile();
        return within.map(g -> g.isSameOrAncestorOf(entity.grid().grid())).orElse(true)
                && kind.map(k -> k == entity.kind()).orElse(true)
                && status.map(s -> s == entity.status()).orElse(true)
                && sector.map(s -> p.sectors().contains(s)).orElse(true)
                && riskLevel.map(r -> entity.riskLevel().equals(Optional.of(r))).orElse(true)
                && supervisionClass
                        .map(c -> p.supervisionClass()
                                .map(sc -> sc.code().equals(c))
                                .orElse(false))
                        .orElse(true)
                && licenceExpiringBy
                        .map(day -> p.licences().stream()
                                .map(Licence::expires)
                                .anyMatch(e -> e.isPresent() && !e.get().isAfter(day)))
                        .orElse(true)
                && department.map(d -> p.links().names(d)).orElse(true)
                && text.map(t -> containsText(entity, t)).orElse(true);
    }

    private static boolean containsText(SupervisedEntity entity, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        EntityProfile p = entity.profile();
        return p.name().toLowerCase(Locale.ROOT).contains(needle)
                || p.address().text().toLowerCase(Locale.ROOT).contains(needle)
                || p.creditCode()
                        .map(c -> c.value().toLowerCase(Locale.ROOT).contains(needle))
                        .orElse(false)
                || entity.id().value().toLowerCase(Locale.ROOT).contains(needle);
    }
}
