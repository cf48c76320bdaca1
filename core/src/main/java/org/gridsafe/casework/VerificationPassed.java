package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridsafe.media.MediaReference;

/**
 * Step 5, 核查验收: the rectification was checked on site and accepted.
 *
 * @param note the verifier's note
 * @param closeDeadline when closing is due
 * @param media the verifier's photos and files from the site, by hash (added later: empty in older logs)
 */
public record VerificationPassed(
        Optional<String> note,
        Instant closeDeadline,
        @AddedComponent List<MediaReference> media) implements CaseEvent {

    public VerificationPassed {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** An acceptance without stored media (the shape before media references were added). */
    public VerificationPassed(Optional<String> note, Instant closeDeadline) {
        this(note, closeDeadline, List.of());
    }
}
