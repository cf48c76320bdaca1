package org.gridsafe.checklist;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A checklist version: its id and version number, as a patrol plan or an answer sheet names it.
 *
 * @param id the checklist's id, e.g. {@code NINE_SMALL_FIRE_ZHENGZHOU}: capitals, digits and '_'
 * @param version its version, from 1
 */
public record ChecklistRef(String id, int version) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public ChecklistRef {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a checklist id is 1-64 capitals, digits or '_', starting with a capital; got " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("checklist versions start at 1; got " + version);
        }
    }

    /** Parses {@code ID@version}, e.g. {@code FIRE_CHECK_ORDER61@1}. */
    public static ChecklistRef parse(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("a checklist reference is ID@version; got " + text);
        }
        try {
            return new ChecklistRef(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a checklist reference is ID@version with a number; got " + text);
        }
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
