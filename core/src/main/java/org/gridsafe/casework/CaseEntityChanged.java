package org.gridsafe.casework;

import java.util.Optional;

/**
 * The command center changed the production unit or place the case concerns (or removed a wrongly
 * named one), with the reason; the facts recorded are the entity's as of the case's report.
 *
 * @param entity the entity the case concerns now; empty: none
 * @param previous the entity it named before, if any
 * @param reason why it was changed
 */
public record CaseEntityChanged(Optional<CaseEntity> entity, Optional<CaseEntity> previous, String reason)
        implements CaseEvent {}
