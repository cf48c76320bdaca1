package org.gridsafe.entity;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link UnifiedSocialCreditCode#parseLenient}: the code as read, and what was
 * accepted or repaired on the way. A host stores the code and shows the warnings for review.
 *
 * @param code the code (upper-case, without surrounding whitespace)
 * @param warnings every repair or deviation, in position order; empty if the text was a valid code
 */
public record LenientCreditCode(UnifiedSocialCreditCode code, List<CreditCodeWarning> warnings) {

    /** Copies the warnings. */
    public LenientCreditCode {
        Objects.requireNonNull(code, "code");
        warnings = List.copyOf(warnings);
    }

    /** Whether the text was a valid code exactly as given (what {@link UnifiedSocialCreditCode#parse} accepts). */
    public boolean isClean() {
        return warnings.isEmpty();
    }
}
