package org.gridsafe.patrol;

import java.time.Duration;
import java.util.Objects;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.hazard.HazardCatalog;

/**
 * What the patrol steps check against: the checklists, the hazard catalog, and the check-in thresholds.
 *
 * @param checklists the checklist templates
 * @param hazards the hazard codes a finding may name
 * @param farFromPremisesMeters a check-in farther from the premises is flagged; 200 m by default, the
 *     project's own choice (no source gives a distance)
 * @param poorAccuracyMeters a position less accurate than this is flagged; 100 m by default, the
 *     project's own choice
 * @param clockSkew how far in the future a terminal's time may be; 5 minutes by default, the project's own
 */
public record PatrolRules(
        ChecklistCatalog checklists,
        HazardCatalog hazards,
        double farFromPremisesMeters,
        double poorAccuracyMeters,
        Duration clockSkew) {

    /** The default distance threshold (project's own choice). */
    public static final double DEFAULT_FAR_FROM_PREMISES_METERS = 200;

    /** The default accuracy threshold (project's own choice). */
    public static final double DEFAULT_POOR_ACCURACY_METERS = 100;

    public PatrolRules {
        Objects.requireNonNull(checklists, "checklists");
        Objects.requireNonNull(hazards, "hazards");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (!(farFromPremisesMeters > 0) || !(poorAccuracyMeters > 0) || clockSkew.isNegative()) {
            throw new IllegalArgumentException("thresholds must be positive and the clock skew not negative");
        }
    }

    /** The shipped checklists, the standard hazard catalog and the default thresholds. */
    public static PatrolRules standard() {
        return new PatrolRules(
                ChecklistCatalog.shipped(),
                HazardCatalog.standard(),
                DEFAULT_FAR_FROM_PREMISES_METERS,
                DEFAULT_POOR_ACCURACY_METERS,
                Duration.ofMinutes(5));
    }

    /** These rules with {@code value} as the checklists. */
    public PatrolRules withChecklists(ChecklistCatalog value) {
        return new PatrolRules(value, hazards, farFromPremisesMeters, poorAccuracyMeters, clockSkew);
    }

    /** These rules with {@code value} as the hazard catalog. */
    public PatrolRules withHazards(HazardCatalog value) {
        return new PatrolRules(checklists, value, farFromPremisesMeters, poorAccuracyMeters, clockSkew);
    }
}
