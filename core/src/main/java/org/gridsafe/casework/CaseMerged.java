package org.gridsafe.casework;

/**
 * Step 2, 合并: the case duplicates another open case and is closed into it.
 *
 * @param into the case that carries on
 * @param reason why they are the same
 */
public record CaseMerged(CaseId into, String reason) implements CaseEvent {}
