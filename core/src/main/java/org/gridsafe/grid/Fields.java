package org.gridsafe.grid;

/** Checks for the short text fields (ids and display names) of this package's values. */
final class Fields {

    static final int MAX_ID_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 100;

    private Fields() {}

    /** An identifier: non-blank, bounded, and free of whitespace, so it is safe as a key. */
    static String requireId(String value, String field) {
        requireText(value, field, MAX_ID_LENGTH);
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain whitespace; found one at position "
                        + (i + 1) + " in '" + value + "'");
            }
        }
        return value;
    }

    /** A display name: non-blank, bounded, and free of control characters (line breaks, tabs). */
    static String requireName(String value, String field) {
        return requireText(value, field, MAX_NAME_LENGTH);
    }

    private static String requireText(String value, String field, int maxLength) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxLength + " characters; got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        field + " must not contain control characters; found one at position " + (i + 1));
            }
        }
        return value;
    }

    static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }
}
