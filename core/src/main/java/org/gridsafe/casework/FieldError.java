package org.gridsafe.casework;

/**
 * One thing wrong with one field of a command.
 *
 * @param field the field, as named in the command (e.g. {@code "description"}, {@code "plan.funds"})
 * @param message why it is wrong and, where possible, what would be right
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
