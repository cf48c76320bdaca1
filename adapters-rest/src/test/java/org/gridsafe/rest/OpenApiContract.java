package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document as a test oracle: which operations it lists, and whether a response
 * fits the schema documented for its path, method, status and media type.
 *
 * <p>The validator covers the JSON Schema subset the document uses: {@code $ref} (local),
 * {@code type} (one or several), {@code properties}, {@code required}, {@code additionalProperties}
 * (boolean or schema), {@code items}, {@code enum}, {@code minimum}/{@code maximum},
 * {@code maxLength} and the formats {@code date-time} (with offset) and {@code date}. Any other
 * keyword in the document fails {@link #unsupportedKeywords()}, so the subset cannot silently grow.
 */
final class OpenApiContract {

    static final Set<String> SUPPORTED = Set.of(
            "$ref",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "enum",
            "minimum",
            "maximum",
            "maxLength",
            "format",
            "description");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:\\d{2}|Z)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static final OpenApiContract INSTANCE = load();

    final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    private static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/org/gridsafe/rest/openapi.json")) {
            return new OpenApiContract(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every documented operation as {@code "METHOD /path"}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** Schema keywords the validator does not know, with where they occur. */
    List<String> unsupportedKeywords() {
        List<String> found = new ArrayList<>();
        document.at("/components/schemas")
                .fields()
                .forEachRemaining(e -> scanKeywords(e.getValue(), e.getKey(), found));
        return found;
    }

    private void scanKeywords(JsonNode schema, String where, List<String> found) {
        schema.fieldNames().forEachRemaining(k -> {
            if (!SUPPORTED.contains(k)) {
                found.add(where + "." + k);
            }
        });
        if (schema.has("properties")) {
            schema.get("properties")
                    .fields()
                    .forEachRemaining(p -> scanKeywords(p.getValue(), where + "." + p.getKey(), found));
        }
        if (schema.has("items")) {
            scanKeywords(schema.get("items"), where + "[]", found);
        }
        if (schema.has("additionalProperties")
                && schema.get("additionalProperties").isObject()) {
            scanKeywords(schema.get("additionalProperties"), where + ".*", found);
        }
    }

    /** The documented path template a concrete path falls under: literal segments beat parameters. */
    Optional<String> template(String method, String path) {
        List<String> candidates = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(e -> {
            String regex = Pattern.quote(e.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex) && e.getValue().has(method.toLowerCase(Locale.ROOT))) {
                candidates.add(e.getKey());
            }
        });
        return candidates.stream()
                .min(Comparator.comparingLong(
                        t -> t.chars().filter(c -> c == '{').count()));
    }

    /** Problems with {@code body} as the response of {@code method path}; empty when it fits or is undocumented. */
    List<String> check(String method, String path, int status, String contentType, JsonNode body) {
        Optional<String> template = template(method, path);
        if (template.isEmpty()) {
            return List.of();
        }
        JsonNode responses = document.at("/paths")
                .get(template.get())
                .get(method.toLowerCase(Locale.ROOT))
                .get("responses");
        JsonNode response = responses.has(String.valueOf(status))
                ? responses.get(String.valueOf(status))
                : responses.get("default");
        String where = method + " " + template.get() + " " + status;
        if (response == null) {
            return List.of(where + ": status not documented");
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        JsonNode content = response.path("content").get(media);
        if (content == null) {
            return List.of(where + ": media type " + media + " not documented");
        }
        List<String> errors = new ArrayList<>();
        validate(content.get("schema"), body, where + " $", errors);
        return errors;
    }

    void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            validate(document.at(ref.substring(1)), value, at, errors);
            return;
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(t -> hasType(value, t))) {
                errors.add(at + ": expected " + types + ", found " + value.getNodeType());
                return;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                errors.add(at + ": " + value + " is not in " + schema.get("enum"));
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            String format = schema.path("format").asText("");
            if (format.equals("date-time") && !DATE_TIME.matcher(text).matches()) {
                errors.add(at + ": '" + text + "' is not a date-time with offset");
            }
            if (format.equals("date") && !DATE.matcher(text).matches()) {
                errors.add(at + ": '" + text + "' is not a date");
            }
            if (schema.has("maxLength")
                    && text.length() > schema.get("maxLength").asInt()) {
                errors.add(at + ": longer than " + schema.get("maxLength"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum")
                    && value.asDouble() < schema.get("minimum").asDouble()) {
                errors.add(at + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum")
                    && value.asDouble() > schema.get("maximum").asDouble()) {
                errors.add(at + ": above " + schema.get("maximum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(at + ": missing required " + required.asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (properties.has(field.getKey())) {
                    validate(properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), errors);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isBoolean() && !additional.asBoolean()) {
                        errors.add(at + ": undocumented property " + field.getKey());
                    } else if (additional.isObject()) {
                        validate(additional, field.getValue(), at + "." + field.getKey(), errors);
                    }
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
