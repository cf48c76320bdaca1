package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.grid.Responsibility;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;

/**
 * Step 2, 受理立案: the command center took the case up, confirming or correcting its
 * classification.
 *
 * @param domain the confirmed safety domain
 * @param hazard the confirmed hazard code
 * @param grade the confirmed grade
 * @param note the registrar's note
 * @param dispatchDeadline when dispatch is due
 * @param entity the production unit or place the registrar named (replacing any named before),
 *     with its facts as of the case's report
 * @param majorHazardCriterion the major-hazard criterion item the registrar linked (replacing any
 *     linked before), by key
 * @param responsible who held the rungs of the case's grid's chain at registration (added later:
 *     empty in older logs)
 */
public record CaseRegistered(
        SafetyDomain domain,
        HazardCode hazard,
        HazardGrade grade,
        Optional<String> note,
        Instant dispatchDeadline,
        @AddedComponent Optional<CaseEntity> entity,
        @AddedComponent Optional<String> majorHazardCriterion,
        @AddedComponent List<Responsibility> responsible)
        implements CaseEvent {

    public CaseRegistered {
        entity = entity == null ? Optional.empty() : entity;
        majorHazardCriterion = majorHazardCriterion == null ? Optional.empty() : majorHazardCriterion;
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** A registration that records nobody responsible (the shape before responsibility was recorded). */
    public CaseRegistered(
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            Optional<String> note,
            Instant dispatchDeadline,
            Optional<CaseEntity> entity,
            Optional<String> majorHazardCriterion) {
        this(domain, hazard, grade, note, dispatchDeadline, entity, majorHazardCriterion, List.of());
    }

    /** A registration that links no major-hazard criterion. */
    public CaseRegistered(
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            Optional<String> note,
            Instant dispatchDeadline,
            Optional<CaseEntity> entity) {
        this(domain, hazard, grade, note, dispatchDeadline, entity, Optional.empty(), List.of());
    }

    /** A registration that names no entity (the shape of the first release). */
    public CaseRegistered(
            SafetyDomain domain,
            HazardCode hazard,
            HazardGrade grade,
            Optional<String> note,
            Instant dispatchDeadline) {
        this(domain, hazard, grade, note, dispatchDeadline, Optional.empty(), Optional.empty(), List.of());
    }
}
