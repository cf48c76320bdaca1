package org.gridsafe.casework;

import java.time.Instant;
import java.util.List;

/**
 * Step 4, 整改处置: the handler reports the hazard fixed, with evidence.
 *
 * @param evidence what was done
 * @param attachments references to photos and documents
 * @param verifyDeadline when verification is due
 */
public record RectificationSubmitted(String evidence, List<String> attachments, Instant verifyDeadline)
        implements CaseEvent {

    public RectificationSubmitted {
        attachments = List.copyOf(attachments);
    }
}
