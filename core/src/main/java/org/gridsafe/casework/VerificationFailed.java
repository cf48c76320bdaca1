package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import org.gridsafe.media.MediaReference;

/**
 * Step 5 failed, 返工: the rectification was not accepted; the case goes back to the handler.
 *
 * @param reason what is still wrong
 * @param rectifyDeadline the new rectification deadline
 * @param media the verifier's photos and files from the site, by hash (added later: empty in older logs)
 */
public record VerificationFailed(
        String reason,
        Instant rectifyDeadline,
        @AddedComponent List<MediaReference> media) implements CaseEvent {

    public VerificationFailed {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A refusal without stored media (the shape before media references were added). */
    public VerificationFailed(String reason, Instant rectifyDeadline) {
        this(reason, rectifyDeadline, List.of());
    }
}
