package org.gridsafe.casework;

import java.time.Instant;

/**
 * The review failed: production stays stopped and the hazard is rectified again (counted as rework).
 *
 * @param reason what is still wrong
 * @param rectifyDeadline when the new rectification is due
 */
public record ResumptionRefused(String reason, Instant rectifyDeadline) implements CaseEvent {}
