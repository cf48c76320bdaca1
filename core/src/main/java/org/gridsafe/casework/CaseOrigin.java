package org.gridsafe.casework;

import java.util.Objects;

/**
 * Where a case came from when work that finds hazards reported it: the patrol occurrence and the
 * checklist item that failed. Stores hold at most one case per origin, so reporting the same
 * origin again (a retried or repeated submission) returns the case already made instead of a
 * second one.
 *
 * <pre>{@code
 * Report report = Report.builder()...origin(new CaseOrigin("NINE-SMALL-M:2026-11:PL-1", "T07")).build();
 * }</pre>
 *
 * @param occurrence the patrol occurrence's id, 1 to {@link #MAX_OCCURRENCE} characters
 * @param item the checklist item's code, 1 to {@link InputLimits#ID} characters
 */
public record CaseOrigin(String occurrence, String item) {

    /** The longest occurrence id (that of {@code patrol.OccurrenceId}). */
    public static final int MAX_OCCURRENCE = 200;

    /** Checks that both parts are there; their lengths are field checks of the report. */
    public CaseOrigin {
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(item, "item");
    }

    @Override
    public String toString() {
        return occurrence + "#" + item;
    }
}
