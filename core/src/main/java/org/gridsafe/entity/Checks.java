package org.gridsafe.entity;

/** Checks for the short text fields (ids, names, sources) of this package's values. */
final class Checks {

    static final int MAX_ID_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 200;

    private Checks() {}

    /** An identifier: upper-case letters, digits and underscores, so it is safe as a key and in a file. */
    static String requireId(String value, String field) {
        requireText(value, field, MAX_ID_LENGTH);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                throw new InvalidEntityValueException(
                        field,
                        "must consist of A-Z, 0-9 and '_'; character " + (i + 1) + " of '" + value + "' is '" + c
                                + "'");
            }
        }
        return value;
    }

    /** A display name: non-blank, bounded, free of control characters. */
    static String requireName(String value, String field) {
        return requireText(value, field, MAX_NAME_LENGTH);
    }

    static String requireText(String value, String field, int maxLength) {
        if (value == null) {
            throw new InvalidEntityValueException(field, "must not be null");
        }
        if (value.isBlank()) {
            throw new InvalidEntityValueException(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidEntityValueException(
                    field, "must be at most " + maxLength + " characters; got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidEntityValueException(
                        field, "must not contain control characters; found one at character " + (i + 1));
            }
        }
        return value;
    }

    static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new InvalidEntityValueException(field, "must not be null");
        }
        return value;
    }
}
