package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.FieldError;

/**
 * Text a client sends must be storable on every store: no NUL character (PostgreSQL's text and
 * JSON types refuse U+0000) and no unpaired UTF-16 surrogate (a JSON escape such as
 * {@code \ud800} is no character; UTF-8 cannot encode it, so the stored text would differ from
 * the text the event hash was computed over). Refused as 400 with the field named, before any
 * store sees it.
 */
final class StorableText {

    private StorableText() {}

    /** Why {@code text} cannot be stored, if it cannot. */
    static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("is not valid Unicode: an unpaired surrogate at character " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("is not valid Unicode: an unpaired surrogate at character " + i);
            }
        }
        return Optional.empty();
    }

    /** {@code value} if storable, else a 400 naming {@code field}. */
    static String require(String field, String value) {
        if (value != null) {
            problem(value).ifPresent(message -> {
                throw ProblemException.invalid(field, message);
            });
        }
        return value;
    }

    /** Every string in {@code tree} storable, else a 400 naming the first bad field (dotted path). */
    static void require(JsonNode tree) {
        check(tree, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            String field = path.isEmpty() ? "(body)" : path;
            problem(node.asText()).ifPresent(message -> {
                throw new ProblemException(
                        400,
                        "invalid-input",
                        "Invalid input",
                        field + ": " + message,
                        List.of(new FieldError(field, message)),
                        Optional.empty(),
                        Map.of());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }
}
