package org.gridsafe.inspection;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridsafe.registry.EntityId;

/**
 * Which inspections to list: of an entity, of a year, after an id (paging), at most {@code limit}.
 *
 * @param entity the entity inspected, if given
 * @param year the calendar year of the inspection's day, if given
 * @param after only ids after this one, if given
 * @param limit at most this many, 1-1000
 */
public record InspectionQuery(Optional<EntityId> entity, OptionalInt year, Optional<InspectionId> after, int limit) {

    /** The most a query returns. */
    public static final int MAX_LIMIT = 1000;

    public InspectionQuery {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInspectionException("limit", "must be 1-" + MAX_LIMIT + "; got " + limit);
        }
    }

    /** Every inspection, up to {@link #MAX_LIMIT}. */
    public static InspectionQuery all() {
        return new InspectionQuery(Optional.empty(), OptionalInt.empty(), Optional.empty(), MAX_LIMIT);
    }

    /** This query narrowed to {@code value}'s inspections. */
    public InspectionQuery entity(EntityId value) {
        return new InspectionQuery(Optional.of(value), year, after, limit);
    }

    /** This query narrowed to inspections of {@code value}. */
    public InspectionQuery year(int value) {
        return new InspectionQuery(entity, OptionalInt.of(value), after, limit);
    }

    /** This query with ids after {@code value}. */
    public InspectionQuery after(InspectionId value) {
        return new InspectionQuery(entity, year, Optional.of(value), limit);
    }

    /** This query with at most {@code value} results. */
    public InspectionQuery limit(int value) {
        return new InspectionQuery(entity, year, after, value);
    }

    /** Whether {@code i} matches. */
    public boolean matches(Inspection i) {
        return entity.map(e -> e.equals(i.opened().entity())).orElse(true)
                && (year.isEmpty() || year.getAsInt() == i.year())
                && after.map(a -> i.id().compareTo(a) > 0).orElse(true);
    }
}
