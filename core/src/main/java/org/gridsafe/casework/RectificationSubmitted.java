package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;
import org.gridsafe.media.MediaReference;

/**
 * Step 4, 整改处置: the handler reports the hazard fixed, with evidence.
 *
 * @param evidence what was done
 * @param attachments references to photos and documents
 * @param verifyDeadline when verification is due
 * @param media the photos and files of the result, by hash (added later: empty in older logs)
 */
public record RectificationSubmitted(
        String evidence,
        List<String> attachments,
        Instant verifyDeadline,
        @AddedComponent List<MediaReference> media) implements CaseEvent {

    public RectificationSubmitted {
        attachments = List.copyOf(attachments);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A rectification without stored media (the shape before media references were added). */
    public RectificationSubmitted(String evidence, List<String> attachments, Instant verifyDeadline) {
        this(evidence, attachments, verifyDeadline, List.of());
    }
}
