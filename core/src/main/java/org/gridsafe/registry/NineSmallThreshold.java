package org.gridsafe.registry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gridsafe.entity.Provenance;

/**
 * One limit of a {@link NineSmallProfile}: a place of {@code type} for which every yes/no measure of
 * {@code when} has the given value is a 九小场所 only if {@code measure} is at most {@code max}.
 *
 * @param type the 九小场所 type it applies to
 * @param when the yes/no measures that select it (empty: always), e.g. {@code boarding = yes}
 * @param measure the count it limits
 * @param max the largest value that is still within (inclusive: "≤ 300 m²")
 * @param provenance where the limit is published
 */
public record NineSmallThreshold(
        NineSmallType type, Map<PlaceMeasure, Boolean> when, PlaceMeasure measure, int max, Provenance provenance) {

    public NineSmallThreshold {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(provenance, "provenance");
        if (!measure.numeric()) {
            throw new IllegalArgumentException("measure: " + measure.field() + " is yes/no; a limit needs a count");
        }
        for (PlaceMeasure m : when.keySet()) {
            if (m.numeric()) {
                throw new IllegalArgumentException(
                        "when: " + m.field() + " is a count; a condition takes yes/no measures");
            }
        }
        if (max < 0) {
            throw new IllegalArgumentException("max: must be 0 or more; got " + max);
        }
        when = when.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(when));
    }
}
