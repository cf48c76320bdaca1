package org.gridsafe.entity;

import java.util.Set;

/**
 * A named set of sectors and special risk features that a host calls "high-risk" (高危). There is
 * no national definition of "三大高危" or similar, so GridSafe defines none by default; the legal
 * groupings it ships ({@link HighRiskTagSets#presets()}) are presets a host may choose.
 *
 * @param id a stable key, e.g. {@code SAFETY_LAW_ART97}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param sectorIds the sectors in the set
 * @param featureIds the special risk features in the set
 * @param provenance where the grouping comes from ({@link Evidence#HOST} for the host's own)
 */
public record HighRiskTagSet(
        String id, String zhName, String enName, Set<String> sectorIds, Set<String> featureIds, Provenance provenance) {

    /** Checks every field and copies the sets; a set must have at least one member. */
    public HighRiskTagSet {
        Checks.requireId(id, "id");
        Checks.requireName(zhName, "zhName");
        Checks.requireName(enName, "enName");
        sectorIds = Set.copyOf(Checks.requireNonNull(sectorIds, "sectorIds"));
        featureIds = Set.copyOf(Checks.requireNonNull(featureIds, "featureIds"));
        Checks.requireNonNull(provenance, "provenance");
        if (sectorIds.isEmpty() && featureIds.isEmpty()) {
            throw new InvalidEntityValueException("sectorIds", "a high-risk set needs at least one sector or feature");
        }
    }

    /**
     * Whether a unit with these sectors and features is in the set (shares at least one member).
     */
    public boolean covers(Set<String> unitSectorIds, Set<String> unitFeatureIds) {
        return unitSectorIds.stream().anyMatch(sectorIds::contains)
                || unitFeatureIds.stream().anyMatch(featureIds::contains);
    }
}
