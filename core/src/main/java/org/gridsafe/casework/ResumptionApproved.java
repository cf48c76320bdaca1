package org.gridsafe.casework;

import java.time.Instant;

/**
 * The review passed: the major hazard is written off (核销) and production may resume; the case
 * waits to be closed.
 *
 * @param remarks the review's findings
 * @param closeDeadline when closing is due
 */
public record ResumptionApproved(String remarks, Instant closeDeadline) implements CaseEvent {}
