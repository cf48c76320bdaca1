package org.gridsafe.casework;

import java.time.Instant;

/**
 * 投诉重办: a complaint after closing reopened the case; it is back with its department, with a
 * full rectification time limit from now. The closure it undoes stays in the log before this event.
 *
 * @param complaint what is still wrong
 * @param closedAt when the closure this complaint reopens was made
 * @param rectifyDeadline when the new rectification is due
 */
public record CaseReopened(String complaint, Instant closedAt, Instant rectifyDeadline) implements CaseEvent {}
