package org.gridsafe.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.registry.EntityId;

/**
 * What an officer sends to open an inspection; {@code Inspections.open} adds what it copies of the
 * entity and the department of the officer.
 *
 * @param id the inspection's id (a terminal that retries sends the same)
 * @param entity the entity to inspect
 * @param origin plan, random draw, complaint or referral
 * @param basis the plan item, draw, complaint or referral it answers
 * @param day the day of the inspection
 * @param inspectors at least two officers, each with their credential's number
 * @param checklist the checklist to run
 * @param combined whether other departments may join it (联合检查)
 * @param joins the combined inspection of the same entity and year it joins, if any
 */
public record InspectionRequest(
        InspectionId id,
        EntityId entity,
        InspectionOrigin origin,
        String basis,
        LocalDate day,
        List<Inspector> inspectors,
        ChecklistRef checklist,
        boolean combined,
        Optional<InspectionId> joins) {

    public InspectionRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(day, "day");
        // Not List.copyOf: a null officer is a field problem, not a crash here.
        inspectors = inspectors == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(inspectors));
        Objects.requireNonNull(checklist, "checklist");
        joins = joins == null ? Optional.empty() : joins;
    }
}
