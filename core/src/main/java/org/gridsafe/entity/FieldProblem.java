package org.gridsafe.entity;

/**
 * One thing wrong with one field of a supervised-entity value.
 *
 * @param field the field, as named in the value (e.g. {@code "expires"}, {@code "creditCode"})
 * @param message the rule it breaks and, where possible, what would be right
 */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
