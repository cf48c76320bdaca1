/**
 * Patrol (网格巡查) by grid staff: plans, task occurrences, check-ins, checklist answers and the
 * findings that become hazard reports.
 *
 * <p>A patrol is not an administrative inspection (行政检查): grid staff may not carry one out
 * (国办发〔2024〕54号), so a patrol records advice given (劝导, 告知, a non-administrative 整改提示) and
 * never an enforcement document. A {@link org.gridsafe.patrol.PatrolPlan} says which entities are
 * patrolled, how often and in which window; each run of it makes one
 * {@link org.gridsafe.patrol.PatrolOccurrence} per entity and period, assigned to a staff member of
 * the entity's grid. An occurrence's lifecycle is {@link org.gridsafe.patrol.PatrolLifecycle#TABLE}:
 * it ends DONE, MISSED (an event written by a run after its window, never rolled forward silently)
 * or SKIPPED with a reason. The application service is {@code org.gridsafe.Patrols}, which turns
 * failed items into cases through {@code Casework}.
 */
package org.gridsafe.patrol;
