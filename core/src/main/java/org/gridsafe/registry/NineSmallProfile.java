package org.gridsafe.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gridsafe.entity.Provenance;

/**
 * A published (or host-defined) set of size limits that makes premises a 九小场所: per type, the
 * measures and their largest values, and whether places inside a mixed-use premises or a
 * commercial complex are excluded. The shipped ones are in {@link NineSmallProfiles}; hosts load
 * theirs from the same data format or build one here.
 *
 * @param id a stable key, e.g. {@code WIDELY_USED}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param excludesInsideComplex whether a place inside a mixed-use premises or commercial complex is
 *     not a 九小场所 under this profile
 * @param provenance where the profile is published
 * @param thresholds its limits
 */
public record NineSmallProfile(
        String id,
        String zhName,
        String enName,
        boolean excludesInsideComplex,
        Provenance provenance,
        List<NineSmallThreshold> thresholds) {

    public NineSmallProfile {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException(
                    "id: must be upper-case letters, digits and _ (at most 64); got '" + id + "'");
        }
        Objects.requireNonNull(zhName, "zhName");
        Objects.requireNonNull(enName, "enName");
        Objects.requireNonNull(provenance, "provenance");
        thresholds = List.copyOf(thresholds);
    }

    /** Whether the profile sets any limit for {@code type}. */
    public boolean covers(NineSmallType type) {
        return thresholds.stream().anyMatch(t -> t.type() == type);
    }

    /** The limits for {@code type}, in data order. */
    public List<NineSmallThreshold> thresholds(NineSmallType type) {
        return thresholds.stream().filter(t -> t.type() == type).toList();
    }

    /** The measures this profile may need to decide about a place of {@code type}. */
    public Set<PlaceMeasure> measuresNeeded(NineSmallType type) {
        Set<PlaceMeasure> needed = EnumSet.noneOf(PlaceMeasure.class);
        for (NineSmallThreshold t : thresholds(type)) {
            needed.addAll(t.when().keySet());
            needed.add(t.measure());
        }
        if (excludesInsideComplex && !needed.isEmpty()) {
            needed.add(PlaceMeasure.INSIDE_COMPLEX);
        }
        return needed;
    }

    /** This profile with one more limit (for building a host's profile in code). */
    public NineSmallProfile plus(NineSmallThreshold threshold) {
        List<NineSmallThreshold> more = new ArrayList<>(thresholds);
        more.add(threshold);
        return new NineSmallProfile(id, zhName, enName, excludesInsideComplex, provenance, more);
    }

    @Override
    public String toString() {
        return id + " " + zhName;
    }
}
