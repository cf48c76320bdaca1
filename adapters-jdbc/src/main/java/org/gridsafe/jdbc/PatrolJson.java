package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.registry.EntityId;

/** JSON for the patrol rows: plans, occurrence snapshots and history events (an event carries its stable type name). */
final class PatrolJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PatrolEvent.Scheduled.class, name = "patrol.scheduled"),
        @JsonSubTypes.Type(value = PatrolEvent.CheckedIn.class, name = "patrol.checked-in"),
        @JsonSubTypes.Type(value = PatrolEvent.Submitted.class, name = "patrol.submitted"),
        @JsonSubTypes.Type(value = PatrolEvent.FindingReported.class, name = "patrol.finding-reported"),
        @JsonSubTypes.Type(value = PatrolEvent.Missed.class, name = "patrol.missed"),
        @JsonSubTypes.Type(value = PatrolEvent.Skipped.class, name = "patrol.skipped")
    })
    private interface EventMixin {}

    private final ObjectMapper mapper;

    PatrolJson() {
        SimpleModule codes = new SimpleModule("gridsafe-patrol-codes");
        asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        asString(codes, EntityId.class, EntityId::value, EntityId::of);
        asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        asString(codes, CaseId.class, CaseId::value, CaseId::of);
        asString(codes, OccurrenceId.class, OccurrenceId::value, OccurrenceId::of);
        asString(codes, PatrolPlanId.class, PatrolPlanId::value, PatrolPlanId::of);
        asString(codes, ChecklistRef.class, ChecklistRef::toString, ChecklistRef::parse);
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(codes)
                .addMixIn(PatrolEvent.class, EventMixin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    String plan(PatrolPlan plan) {
        return write(plan);
    }

    PatrolPlan plan(String json) {
        return read(json, PatrolPlan.class);
    }

    String occurrence(PatrolOccurrence o) {
        return write(o);
    }

    PatrolOccurrence occurrence(String json) {
        return read(json, PatrolOccurrence.class);
    }

    String event(PatrolEvent event) {
        return write(event);
    }

    PatrolEvent event(String json) {
        return read(json, PatrolEvent.class);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new StorageException("a stored " + type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static <T> void asString(
            SimpleModule module, Class<T> type, Function<T, String> toText, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(toText.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return parse.apply(p.getValueAsString());
            }
        });
    }
}
