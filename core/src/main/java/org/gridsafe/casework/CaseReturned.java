package org.gridsafe.casework;

import java.time.Instant;
import org.gridsafe.duty.DepartmentId;

/**
 * 回退: the department handed the case back to the command center as not its duty; the case
 * waits for dispatch again, with a new dispatch deadline (the command center's time).
 *
 * @param department the department that returned it
 * @param reason why it is not that department's duty
 * @param dispatchDeadline when the new dispatch is due
 */
public record CaseReturned(DepartmentId department, String reason, Instant dispatchDeadline) implements CaseEvent {}
