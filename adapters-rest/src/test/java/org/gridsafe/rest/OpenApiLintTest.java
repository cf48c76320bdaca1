package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Lints {@code openapi.yaml} without a server: swagger-parser reads it without a message, every
 * operation has a unique operationId (a generated client gets real method names) and a tag the
 * document defines, every array says what it holds, every {@code $ref} resolves, and every operation
 * carries an example that fits its own schema (checked by the JSON Schema validator).
 */
class OpenApiLintTest {

    static final OpenApiContract CONTRACT = OpenApiContract.INSTANCE;
    static final JsonNode DOCUMENT = CONTRACT.document;

    @Test
    void swagger_parser_reads_the_document_without_a_message() throws IOException {
        String yaml;
        try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/org/gridsafe/rest/openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(35);
    }

    @Test
    void every_operation_has_a_unique_operation_id_and_a_defined_tag() {
        Set<String> tags = new TreeSet<>();
        DOCUMENT.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((where, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]+")) {
                problems.add(where + ": operationId '" + id + "' is not a method name");
            } else if (ids.putIfAbsent(id, where) != null) {
                problems.add(where + ": operationId " + id + " also names " + ids.get(id));
            }
            op.path("tags").forEach(t -> {
                if (!tags.contains(t.asText())) {
                    problems.add(where + ": tag " + t.asText() + " is not defined");
                }
            });
        });
        assertThat(problems).isEmpty();
        assertThat(ids).hasSize(CONTRACT.operations().size());
    }

    @Test
    void every_array_says_what_it_holds_and_every_ref_resolves() {
        List<String> problems = new ArrayList<>();
        walk(DOCUMENT, "", problems);
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            boolean array = type != null
                    && (type.asText().equals("array")
                            || (type.isArray() && type.toString().contains("\"array\"")));
            if (array && !node.has("items") && !node.has("prefixItems")) {
                problems.add(at + ": an array without items");
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                if (!target.startsWith("#/") || DOCUMENT.at(target.substring(1)).isMissingNode()) {
                    problems.add(at + ": $ref " + target + " does not resolve in the document");
                }
            }
            if (!at.endsWith("/example")) { // an example is data, not schema
                node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), problems));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, problems);
            }
        }
    }

    @Test
    void every_operation_has_an_example_and_every_example_fits_its_schema() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        forEachOperation((where, op) -> {
            String pointer = "/paths/" + OpenApiContract.escape(where.substring(where.indexOf(' ') + 1)) + "/"
                    + where.substring(0, where.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            List<String> examples = new ArrayList<>();
            op.path("responses")
                    .fields()
                    .forEachRemaining(r -> r.getValue().path("content").fields().forEachRemaining(m -> {
                        if (m.getValue().has("example")) {
                            examples.add(pointer + "/responses/" + r.getKey() + "/content/"
                                    + OpenApiContract.escape(m.getKey()));
                        }
                    }));
            if (examples.isEmpty()) {
                problems.add(where + ": no response example");
            }
            op.path("requestBody").path("content").fields().forEachRemaining(m -> {
                if (!m.getValue().has("example")) {
                    problems.add(where + ": no request example for " + m.getKey());
                } else {
                    examples.add(pointer + "/requestBody/content/" + OpenApiContract.escape(m.getKey()));
                }
            });
            for (String media : examples) {
                if (media.endsWith("json")) {
                    checked[0]++;
                    CONTRACT.validate(media + "/schema", DOCUMENT.at(media + "/example")).stream()
                            .map(e -> media + ": " + e)
                            .forEach(problems::add);
                } else if (!DOCUMENT.at(media + "/example").isTextual() && !media.endsWith("x-www-form-urlencoded")) {
                    problems.add(media + ": a text example must be a string");
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("JSON examples checked").isGreaterThan(40);
    }

    @Test
    void the_validator_enforces_the_geometry_that_the_linter_asked_for() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String geometry = "/components/schemas/GeoJsonGeometry";
        try {
            assertThat(CONTRACT.validate(
                            geometry,
                            mapper.readTree(
                                    "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,31],[121,32],[120,31]]]}")))
                    .isEmpty();
            assertThat(CONTRACT.validate(
                            geometry, mapper.readTree("{\"type\":\"Polygon\",\"coordinates\":[[120,31],[121,31]]}")))
                    .as("positions where rings belong")
                    .isNotEmpty();
            assertThat(CONTRACT.validate(
                            geometry,
                            mapper.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":[[[120,31],[121,31],[121,32],"
                                    + "[120,31]]]}")))
                    .as("a polygon's depth under MultiPolygon")
                    .isNotEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        DOCUMENT.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(op -> visitor.visit(
                                op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), op.getValue())));
    }
}
