package org.gridsafe.inspection;

import java.util.Objects;
import org.gridsafe.registry.EntityId;

/**
 * One counted inspection of an enterprise in a year, against its cap: the store takes the slot in the
 * same transaction as the inspection, and refuses it when {@code cap} inspections are counted already.
 *
 * @param entity the enterprise inspected
 * @param year the calendar year of the inspection's day
 * @param cap the most counted inspections the entity may have that year
 * @param source where the cap comes from (its scheme and class, or the project's own default)
 */
public record CapSlot(EntityId entity, int year, int cap, String source) {

    public CapSlot {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(source, "source");
        if (cap < 0) {
            throw new IllegalArgumentException("a cap is not negative; got " + cap);
        }
    }
}
