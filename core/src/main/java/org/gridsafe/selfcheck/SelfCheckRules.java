package org.gridsafe.selfcheck;

import java.util.Objects;
import org.gridsafe.checklist.ChecklistCatalog;
import org.gridsafe.hazard.HazardCatalog;

/**
 * What the steps check against.
 *
 * @param checklists the templates plans name
 * @param hazards the hazard codes reports may use
 * @param quality the self-report quality thresholds
 */
public record SelfCheckRules(ChecklistCatalog checklists, HazardCatalog hazards, QualityRules quality) {

    public SelfCheckRules {
        Objects.requireNonNull(checklists, "checklists");
        Objects.requireNonNull(hazards, "hazards");
        Objects.requireNonNull(quality, "quality");
    }

    /** The shipped checklists, the standard hazard catalog and the project's quality defaults. */
    public static SelfCheckRules standard() {
        return new SelfCheckRules(ChecklistCatalog.shipped(), HazardCatalog.standard(), QualityRules.standard());
    }
}
