package org.gridsafe.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.FieldError;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;

/**
 * The adapter's JSON: one strict mapper (unknown fields, wrong types and nulls for primitives are
 * refused), instants written with the district's offset, and body reading that turns every
 * failure into a problem naming the field.
 */
final class Json {

    private final ObjectMapper mapper;
    private final ZoneId zone;

    Json(ZoneId zone) {
        this.zone = zone;
        SimpleModule gridsafe = new SimpleModule("gridsafe");
        gridsafe.addSerializer(GridCode.class, ToStringSerializer.instance);
        gridsafe.addSerializer(HazardCode.class, ToStringSerializer.instance);
        gridsafe.addSerializer(CaseId.class, ToStringSerializer.instance);
        gridsafe.addSerializer(DepartmentId.class, ToStringSerializer.instance);
        gridsafe.addSerializer(org.gridsafe.media.MediaHash.class, ToStringSerializer.instance);
        gridsafe.addSerializer(org.gridsafe.media.MediaType.class, new MediaTypeSerializer());
        gridsafe.addSerializer(org.gridsafe.registry.EntityId.class, ToStringSerializer.instance);
        gridsafe.addSerializer(Instant.class, new InstantSerializer(zone));
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(gridsafe)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        // A number or a boolean where text is expected is a client mistake, not something to coerce.
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** ISO-8601 with the district's offset, e.g. {@code 2026-11-30T09:30:00+08:00}. */
    String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    ZoneId zone() {
        return zone;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * Reads {@code body} as {@code type} (a record). Malformed JSON, unknown fields (all of them
     * named at once) and values of the wrong type become 400 problems.
     */
    <T> T read(byte[] body, Class<T> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.malformedJson("the body is not valid JSON: " + e.getOriginalMessage() + where(e));
        } catch (IOException e) {
            throw ProblemException.malformedJson("the body could not be read as JSON");
        }
        if (tree == null || tree.isMissingNode()) {
            throw ProblemException.malformedJson("the body is empty; send a JSON object");
        }
        if (!tree.isObject()) {
            throw ProblemException.invalid("(body)", "must be a JSON object, not " + kind(tree));
        }
        List<FieldError> unknown = new ArrayList<>();
        unknownFields(tree, type, "", unknown);
        if (unknown.isEmpty()) {
            StorableText.require(tree);
        }
        if (!unknown.isEmpty()) {
            StringBuilder detail = new StringBuilder("unknown field");
            detail.append(unknown.size() > 1 ? "s " : " ");
            for (int i = 0; i < unknown.size(); i++) {
                detail.append(i == 0 ? "" : ", ").append(unknown.get(i).field());
            }
            throw new ProblemException(
                    400,
                    "unknown-field",
                    "Unknown field",
                    detail.append("; see /openapi.json for the fields this request takes")
                            .toString(),
                    unknown,
                    java.util.Optional.empty(),
                    java.util.Map.of());
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (MismatchedInputException e) {
            String field = path(e);
            String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            throw ProblemException.invalid(field.isEmpty() ? "(body)" : field, "must be " + expected);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("(body)", "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String kind(JsonNode node) {
        return node.isArray()
                ? "an array"
                : node.isTextual()
                        ? "a string"
                        : node.isNumber()
                                ? "a number"
                                : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static void unknownFields(JsonNode node, Class<?> type, String prefix, List<FieldError> unknown) {
        if (!type.isRecord() || !node.isObject()) {
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        node.fieldNames().forEachRemaining(name -> {
            RecordComponent component = null;
            for (RecordComponent c : components) {
                if (c.getName().equals(name)) {
                    component = c;
                }
            }
            if (component == null) {
                unknown.add(new FieldError(prefix + name, "is not a field of this request"));
                return;
            }
            JsonNode child = node.get(name);
            Class<?> childType = component.getType();
            if (List.class.isAssignableFrom(childType) && child.isArray()) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> elementClass) {
                    for (int i = 0; i < child.size(); i++) {
                        unknownFields(child.get(i), elementClass, prefix + name + "[" + i + "].", unknown);
                    }
                }
            } else {
                unknownFields(child, childType, prefix + name + ".", unknown);
            }
        });
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        InstantSerializer(ZoneId zone) {
            super(Instant.class);
            this.zone = zone;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    value.atZone(zone).toOffsetDateTime()));
        }
    }

    /** A media type as its IANA name ({@code image/jpeg}), as uploads answer it. */
    private static final class MediaTypeSerializer extends StdSerializer<org.gridsafe.media.MediaType> {
        private static final long serialVersionUID = 1L;

        MediaTypeSerializer() {
            super(org.gridsafe.media.MediaType.class);
        }

        @Override
        public void serialize(org.gridsafe.media.MediaType value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(value.mimeType());
        }
    }
}
