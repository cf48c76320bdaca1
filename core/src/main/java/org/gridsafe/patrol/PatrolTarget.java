package org.gridsafe.patrol;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.gridsafe.registry.EntityKind;
import org.gridsafe.registry.EntityStatus;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.SupervisedEntity;

/**
 * Which entities a plan patrols: by kind ({@code PRODUCTION_UNIT}, {@code PLACE} or a place kind such as
 * {@code NINE_SMALL}) and sector. Empty sets mean any. Only operating and suspended entities are
 * patrolled (a suspended unit may still keep people and stock on its premises; the project's own rule).
 *
 * @param kinds entity kinds or place kinds
 * @param sectors supervision sector ids
 */
public record PatrolTarget(Set<String> kinds, Set<String> sectors) {

    public PatrolTarget {
        kinds = Set.copyOf(kinds);
        sectors = Set.copyOf(sectors);
    }

    /** Every entity. */
    public static PatrolTarget everything() {
        return new PatrolTarget(Set.of(), Set.of());
    }

    /** The kind names an entity answers to: its entity kind, and a place's place kind. */
    public static Set<String> kindsOf(SupervisedEntity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.kind().name());
        if (entity.profile() instanceof Place place && place.kind() != null) {
            names.add(place.kind().name());
        }
        return names;
    }

    /** Whether the plan patrols {@code entity}. */
    public boolean matches(SupervisedEntity entity) {
        Objects.requireNonNull(entity, "entity");
        if (entity.status() != EntityStatus.OPERATING && entity.status() != EntityStatus.SUSPENDED) {
            return false;
        }
        boolean kindFits = kinds.isEmpty() || kindsOf(entity).stream().anyMatch(kinds::contains);
        boolean sectorFits =
                sectors.isEmpty() || entity.profile().sectors().stream().anyMatch(sectors::contains);
        return kindFits && sectorFits;
    }

    /** Whether {@code kind} is a name this target can use. */
    static boolean knownKind(String kind) {
        for (EntityKind k : EntityKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        for (org.gridsafe.registry.PlaceKind k : org.gridsafe.registry.PlaceKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
