package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.entity.IndustryCode;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceType;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.entity.UnifiedSocialCreditCode;
import org.gridsafe.grid.GridCode;
import org.gridsafe.registry.EntityEvent;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.EntityProfile;
import org.gridsafe.registry.Place;
import org.gridsafe.registry.PlaceMeasures;
import org.gridsafe.registry.ProductionUnit;
import org.gridsafe.registry.SupervisedEntity;

/**
 * JSON for the registry's rows: entity snapshots and history events. Codes are their string values,
 * a licence type its catalog id (read back through the shipped licence catalog plus any the host
 * gave), a profile carries its kind and an event its stable type name. Credit codes are read leniently
 * as stored, so a lawful early code that fails the check character reads back as it was accepted.
 * A licence stored before licences had an operation mode and an issuer tier reads as one without them.
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
    private final JsonNode noMeasures;

    EntityJson(LicenceTypeCatalog licenceTypes) {
        SimpleModule codes = new SimpleModule("gridsafe-entity-codes");
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, DepartmentId.class, DepartmentId::value, DepartmentId::of);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, IndustryCode.class, IndustryCode::value, IndustryCode::parse);
        StoredJson.asString(
                codes,
                UnifiedSocialCreditCode.class,
                UnifiedSocialCreditCode::value,
                t -> UnifiedSocialCreditCode.parseLenient(t).code());
        StoredJson.asString(codes, LicenceType.class, LicenceType::id, licenceTypes::require);
        codes.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Licence.class
                        ? new LicenceWithoutLaterFields(deserializer)
                        : deserializer;
            }
        });
        this.mapper = StoredJson.mapper(codes)
                .addMixIn(EntityProfile.class, ProfileMixin.class)
                .addMixIn(EntityEvent.class, EventMixin.class)
                .build();
        this.noMeasures = mapper.valueToTree(PlaceMeasures.none());
    }

    /**
     * Reads a licence stored before it had an operation mode and an issuer tier as one without them:
     * the missing properties are added as null, every other property is read as strictly as before.
     */
    private static final class LicenceWithoutLaterFields extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private static final List<String> LATER_FIELDS = List.of("storageMode", "issuerTier");

        LicenceWithoutLaterFields(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new LicenceWithoutLaterFields(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node instanceof ObjectNode object) {
                LATER_FIELDS.forEach(f -> {
                    if (!object.has(f)) {
                        object.putNull(f);
                    }
                });
            }
            try (JsonParser fields = node.traverse(p.getCodec())) {
                fields.nextToken();
                return _delegatee.deserialize(fields, ctxt);
            }
        }
    }

    String entity(SupervisedEntity entity) {
        return StoredJson.write(mapper, entity);
    }

    SupervisedEntity entity(String json) {
        return StoredJson.read(mapper, upgraded(json), SupervisedEntity.class);
    }

    String event(EntityEvent event) {
        return StoredJson.write(mapper, event);
    }

    EntityEvent event(String json) {
        return StoredJson.read(mapper, upgraded(json), EntityEvent.class);
    }

    /**
     * A document written before places had measures gets "nothing known" ({@link PlaceMeasures#none()}),
     * so old rows still read under the strict reading; every other document is read as stored.
     */
    private String upgraded(String json) {
        if (!json.contains("\"PLACE\"") || json.contains("\"measures\"")) {
            return json;
        }
        try {
            JsonNode tree = mapper.readTree(json);
            addMeasures(tree);
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return json; // the strict read names the fault
        }
    }

    private void addMeasures(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if ("PLACE".equals(object.path("@kind").asText(null)) && !object.has("measures")) {
                object.set("measures", noMeasures);
            }
            object.forEach(this::addMeasures);
        } else if (node.isArray()) {
            node.forEach(this::addMeasures);
        }
    }
}
