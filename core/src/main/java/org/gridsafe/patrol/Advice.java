package org.gridsafe.patrol;

import java.util.Objects;

/**
 * Advice given on a patrol.
 *
 * @param kind persuasion, notice or a non-administrative rectification prompt
 * @param text what was said or left, 1-1000 characters
 */
public record Advice(AdviceKind kind, String text) {

    public Advice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
