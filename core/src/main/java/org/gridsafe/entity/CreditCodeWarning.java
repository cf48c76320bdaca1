package org.gridsafe.entity;

/**
 * Something a lenient parse of a credit code accepted or repaired.
 *
 * @param position the 1-based character position concerned, or 0 for the code as a whole
 * @param rule what was wrong, e.g. that character 18 is not the computed check character
 */
public record CreditCodeWarning(int position, String rule) {

    @Override
    public String toString() {
        return rule;
    }
}
