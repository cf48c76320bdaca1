package org.gridsafe.casework;

/**
 * Step 2, 不予立案: the command center did not take the case up.
 *
 * @param reason why, as told to the reporter
 */
public record CaseRejected(String reason) implements CaseEvent {}
