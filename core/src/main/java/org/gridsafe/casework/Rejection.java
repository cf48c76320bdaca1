package org.gridsafe.casework;

import java.util.List;
import java.util.Optional;

/**
 * A refused command: the reason code, a message a PDA user could act on, the fields at fault and,
 * for access refusals, the rule that decided.
 *
 * @param reason the kind of refusal
 * @param message what is wrong, in one sentence
 * @param fieldErrors each field at fault (for {@link RejectionReason#INVALID_INPUT})
 * @param rule the access rule that refused (for {@link RejectionReason#ACCESS_DENIED})
 */
public record Rejection(RejectionReason reason, String message, List<FieldError> fieldErrors, Optional<String> rule) {

    public Rejection {
        fieldErrors = List.copyOf(fieldErrors);
    }

    static Rejection of(RejectionReason reason, String message) {
        return new Rejection(reason, message, List.of(), Optional.empty());
    }

    static Rejection invalid(String what, List<FieldError> errors) {
        StringBuilder message = new StringBuilder(what).append(" is invalid: ");
        for (int i = 0; i < errors.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(errors.get(i));
        }
        return new Rejection(RejectionReason.INVALID_INPUT, message.toString(), errors, Optional.empty());
    }
}
