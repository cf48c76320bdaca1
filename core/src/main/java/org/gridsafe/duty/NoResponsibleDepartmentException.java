package org.gridsafe.duty;

/**
 * Thrown by {@link DutyMatrix#require} when no duty rule covers a case: a gap in the host's duty
 * matrix (职责清单), not a bad case. The message names the case's attributes.
 */
public final class NoResponsibleDepartmentException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    NoResponsibleDepartmentException(String message) {
        super(message);
    }
}
