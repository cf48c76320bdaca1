package org.gridsafe.casework;

import java.util.Objects;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.duty.DutyMatrix;
import org.gridsafe.duty.TimeLimits;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.GridLocator;
import org.gridsafe.grid.GridTree;
import org.gridsafe.hazard.HazardCatalog;

/**
 * Everything {@link CaseDecider} decides by: the district's grids, the hazard catalog, who handles
 * what, how long each step may take, the calendar, who may do what, and how overdue work climbs.
 *
 * @param grids the grid hierarchy
 * @param locator finds the grid of a point; built from {@code grids}
 * @param hazards known hazard codes
 * @param duties routing of cases to departments
 * @param timeLimits the time each step may take
 * @param calendar working days and hours
 * @param access who may do what
 * @param escalation when overdue work climbs the ladder
 * @param commandCenters which command center is the parent command center of a case
 * @param templates the display texts of notifications
 * @param entities what the registry says about the supervised entity a case names
 * @param majorHazards the time limits of a major hazard's reports and resumption review
 */
public record CaseRules(
        GridTree grids,
        GridLocator locator,
        HazardCatalog hazards,
        DutyMatrix duties,
        TimeLimits timeLimits,
        WorkCalendar calendar,
        AccessPolicy access,
        EscalationPolicy escalation,
        CommandCenters commandCenters,
        NotificationTemplates templates,
        EntityLookup entities,
        MajorHazardRules majorHazards) {

    /** Rules with the standard major-hazard time limits. */
    public CaseRules(
            GridTree grids,
            GridLocator locator,
            HazardCatalog hazards,
            DutyMatrix duties,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            AccessPolicy access,
            EscalationPolicy escalation,
            CommandCenters commandCenters,
            NotificationTemplates templates,
            EntityLookup entities) {
        this(
                grids,
                locator,
                hazards,
                duties,
                timeLimits,
                calendar,
                access,
                escalation,
                commandCenters,
                templates,
                entities,
                MajorHazardRules.standard());
    }

    /** Rules without a registry: any entity id a case names is accepted as given. */
    public CaseRules(
            GridTree grids,
            GridLocator locator,
            HazardCatalog hazards,
            DutyMatrix duties,
            TimeLimits timeLimits,
            WorkCalendar calendar,
            AccessPolicy access,
            EscalationPolicy escalation,
            CommandCenters commandCenters,
            NotificationTemplates templates) {
        this(
                grids,
                locator,
                hazards,
                duties,
                timeLimits,
                calendar,
                access,
                escalation,
                commandCenters,
                templates,
                EntityLookup.unchecked());
    }

    public CaseRules {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(hazards, "hazards");
        Objects.requireNonNull(duties, "duties");
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(commandCenters, "commandCenters");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(majorHazards, "majorHazards");
    }
}
