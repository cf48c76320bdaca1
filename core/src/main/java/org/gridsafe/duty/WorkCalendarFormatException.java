package org.gridsafe.duty;

/**
 * Thrown by {@link WorkCalendar#parse(String)} for a line it cannot accept; the message starts with
 * {@code work calendar line N:} and says why.
 */
public final class WorkCalendarFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    WorkCalendarFormatException(int lineNumber, String why, Throwable cause) {
        super("work calendar line " + lineNumber + ": " + why, cause);
        this.lineNumber = lineNumber;
    }

    /** The 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }
}
