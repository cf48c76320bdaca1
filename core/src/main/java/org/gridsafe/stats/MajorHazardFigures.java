package org.gridsafe.stats;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gridsafe.hazard.SafetyDomain;

/**
 * A major-hazard return's figures: the counts per safety domain (domains with nothing counted are
 * left out) and their total.
 *
 * @param byDomain the counts of each domain with anything counted, in the enum's order
 */
public record MajorHazardFigures(Map<SafetyDomain, MajorHazardCounts> byDomain) {

    /** Nothing counted. */
    public static final MajorHazardFigures NONE = new MajorHazardFigures(Map.of());

    public MajorHazardFigures {
        Objects.requireNonNull(byDomain, "byDomain");
        EnumMap<SafetyDomain, MajorHazardCounts> kept = new EnumMap<>(SafetyDomain.class);
        byDomain.forEach((domain, counts) -> {
            if (!counts.isEmpty()) {
                kept.put(domain, counts);
            }
        });
        byDomain = java.util.Collections.unmodifiableMap(kept);
    }

    /** The counts over every domain. */
    public MajorHazardCounts total() {
        MajorHazardCounts total = MajorHazardCounts.NONE;
        for (MajorHazardCounts c : byDomain.values()) {
            total = total.plus(c);
        }
        return total;
    }
}
