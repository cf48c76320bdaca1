package org.gridsafe.casework;

import java.time.Instant;
import java.util.Optional;
import org.gridsafe.duty.DepartmentId;

/**
 * 改派: the command center moved a dispatched case to another department, overriding the duty
 * matrix, with the reason; the new department's rectification clock starts now.
 *
 * @param from the department that had it
 * @param to the department that has it now
 * @param handlerId who there will do the work, if named
 * @param reason why it was reassigned
 * @param rectifyDeadline when the new department's rectification is due
 */
public record CaseReassigned(
        DepartmentId from, DepartmentId to, Optional<String> handlerId, String reason, Instant rectifyDeadline)
        implements CaseEvent {}
