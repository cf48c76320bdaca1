package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document ({@code openapi.yaml}) as a test oracle: which operations it lists, and
 * whether a response fits the schema documented for its path, method, status and media type. The
 * schemas are checked by networknt's JSON Schema validator (draft 2020-12, the dialect of OpenAPI
 * 3.1), with {@code $ref}s resolved inside the document.
 */
final class OpenApiContract {

    /** Where the document is registered for the validator; never fetched. */
    static final String BASE = "https://gridsafe.org/openapi.json";

    static final OpenApiContract INSTANCE = load();

    /** The document as authored (YAML), read as a tree. */
    final JsonNode document;

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Only the document itself can be loaded: a $ref to anything else fails instead of going online.
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(BASE, json)));
    }

    private static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/org/gridsafe/rest/openapi.yaml")) {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(in));
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
        String operation = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode responses = document.at(operation + "/responses");
        String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        String where = method + " " + template.get() + " " + status;
        if (!responses.has(code)) {
            return List.of(where + ": status not documented");
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        String pointer = operation + "/responses/" + code + "/content/" + escape(media) + "/schema";
        if (document.at(pointer).isMissingNode()) {
            return List.of(where + ": media type " + media + " not documented");
        }
        return validate(pointer, body).stream().map(e -> where + " " + e).toList();
    }

    /** Errors of {@code value} against the schema at {@code pointer} (a JSON Pointer into the document). */
    List<String> validate(String pointer, JsonNode value) {
        Schema schema = schemas.computeIfAbsent(
                pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + inFragment(p))));
        // formats (date-time, date) are assertions here, not just annotations; messages in English
        return schema
                .validate(
                        value,
                        context -> context.executionConfig(
                                config -> config.formatAssertionsEnabled(true).locale(Locale.ENGLISH)))
                .stream()
                .map(Error::toString)
                .toList();
    }

    /** {@code token} as a JSON Pointer reference token (RFC 6901 §3). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON Pointer percent-encoded for a URI fragment (RFC 6901 §6): path templates hold braces. */
    private static String inFragment(String pointer) {
        return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D");
    }
}
