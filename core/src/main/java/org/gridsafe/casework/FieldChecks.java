package org.gridsafe.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects every field error of one command, so the actor sees all of them at once. */
final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    boolean ok() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return errors;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
            return false;
        }
        return true;
    }

    /** A required text of 1 to {@code max} characters, not only white space. */
    void text(String field, String value, int max) {
        if (!required(field, value)) {
            return;
        }
        if (value.isBlank()) {
            fail(field, "must not be blank");
        } else if (value.length() > max) {
            fail(field, "is " + value.length() + " characters long; at most " + max + " are allowed");
        }
    }

    /** An optional text: absent is fine, present must be 1 to {@code max} characters. */
    void optionalText(String field, Optional<String> value, int max) {
        if (value == null) {
            fail(field, "must not be null; leave it out instead");
        } else {
            value.ifPresent(text -> text(field, text, max));
        }
    }

    void attachments(String field, List<String> references) {
        if (references == null) {
            return;
        }
        if (references.size() > InputLimits.ATTACHMENTS) {
            fail(field, references.size() + " attachments given; at most " + InputLimits.ATTACHMENTS + " are allowed");
        }
        for (int i = 0; i < references.size(); i++) {
            text(field + "[" + i + "]", references.get(i), InputLimits.ATTACHMENT_REFERENCE);
        }
    }
}
