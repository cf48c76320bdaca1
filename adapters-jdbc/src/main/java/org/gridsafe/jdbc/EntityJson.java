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
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.LicenceType;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityEvent;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.SupervisedEntity;

/**
 * JSON for the registry's rows: entity snapshots and history events. Codes are their string values,
 * a licence type its catalog id (read back through the shipped licence catalog plus any the host
 * gave), a profile carries its kind and an event its stable type name. Credit codes are read leniently
 * as stored, so a lawful early code that fails the check character reads back as it was accepted.
 */
final class EntityJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ProductionUnit.class, name = "PRODUCTION_UNIT"),
        @JsonSubTypes.Type(value = Place.class, name = "PLACE")
    })
    private interface ProfileMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = EntityEvent.Registered.class, name = "entity.registered"),
        @JsonSubTypes.Type(value = EntityEvent.Amended.class, name = "entity.amended"),
        @JsonSubTypes.Type(value = EntityEvent.StatusChanged.class, name = "entity.status-changed"),
        @JsonSubTypes.Type(value = EntityEvent.RiskAssessed.class, name = "entity.risk-assessed")
    })
    private interface EventMixin {}

    private final ObjectMapper mapper;

    EntityJson(LicenceTypeCatalog licenceTypes) {
        SimpleModule codes = new SimpleModule("gridsafe-entity-codes");
        asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        asString(codes, DepartmentId.class, DepartmentId::value, DepartmentId::of);
        asString(codes, EntityId.class, EntityId::value, EntityId::of);
        asString(codes, IndustryCode.class, IndustryCode::value, IndustryCode::parse);
        asString(
                codes,
                UnifiedSocialCreditCode.class,
                UnifiedSocialCreditCode::value,
                t -> UnifiedSocialCreditCode.parseLenient(t).code());
        asString(codes, LicenceType.class, LicenceType::id, licenceTypes::require);
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(codes)
                .addMixIn(EntityProfile.class, ProfileMixin.class)
                .addMixIn(EntityEvent.class, EventMixin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();
    }

    String entity(SupervisedEntity entity) {
        return write(entity);
    }

    SupervisedEntity entity(String json) {
        return read(json, SupervisedEntity.class);
    }

    String event(EntityEvent event) {
        return write(event);
    }

    EntityEvent event(String json) {
        return read(json, EntityEvent.class);
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
