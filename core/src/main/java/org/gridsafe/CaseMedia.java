package org.gridsafe;

import java.util.Objects;
import org.gridsafe.media.MediaReference;

/**
 * A file a case's log refers to: which event (by version and stable type name) brought it, and
 * its reference. The photos of the report come with {@code case.reported}, those of the result
 * with {@code case.rectification-submitted}, the verifier's with {@code case.verification-passed} or
 * {@code case.verification-failed}.
 *
 * @param version the version of the event that refers to the file
 * @param eventType the stable name of that event's type
 * @param reference the file
 */
public record CaseMedia(long version, String eventType, MediaReference reference) {

    /** Checks that every part is there. */
    public CaseMedia {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(reference, "reference");
    }
}
