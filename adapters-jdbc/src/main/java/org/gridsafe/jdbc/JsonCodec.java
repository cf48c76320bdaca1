package org.gridsafe.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.casework.AddedComponent;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseEvent;
import org.gridsafe.casework.CaseEventTypes;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.Notification;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.media.MediaHash;
import org.gridsafe.registry.EntityId;

/**
 * JSON for what the adapter stores: events (by stable type name, {@link CaseEventTypes}, with a
 * schema version), case snapshots and notifications. Rows written before the stable names carry
 * the old simple class names, which still resolve as aliases.
 *
 * <p>Round trips are exact, because an event's hash is over the canonical encoding of the domain
 * record: instants are ISO-8601 strings with every digit ({@link java.time.Instant#toString()}),
 * an empty {@link Optional} is {@code null}, lists keep their order, text stays UTF-16 exact, and
 * the code types ({@link GridCode}, {@link HazardCode}, {@link DepartmentId}, {@link CaseId}) are
 * their string values. Nested value records ({@code GeoPoint}, {@code ResponsiblePerson},
 * {@code RectificationPlan}, {@code ListedSupervision}) map component by component.
 *
 * <h2>Event schema versions</h2>
 * <ul>
 *   <li>1: the first stored shape; components that were added later as {@code Optional} or
 *       {@code List} may be missing, and read as empty.
 *   <li>2: every component is written, empty ones as {@code null}.
 *   <li>3 ({@link #EVENT_SCHEMA_VERSION}): as 2, with the media references of reports and
 *       rectifications; a version-2 row lacks them, and only such {@code @AddedComponent}
 *       components may be missing from it (they read as empty).
 * </ul>
 * A row of any older version is upcast to the current shape before binding; a row of the current
 * version missing a component is corrupt and refused.
 */
final class JsonCodec {

    static final int EVENT_SCHEMA_VERSION = 3;

    /** Every stored event type, by the name it is written under ({@link CaseEvent#type()}). */
    private static final Map<String, Class<? extends CaseEvent>> EVENT_TYPES = eventTypes();

    private final ObjectMapper mapper;

    JsonCodec() {
        SimpleModule codes = new SimpleModule("gridsafe-codes");
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        StoredJson.asString(codes, DepartmentId.class, DepartmentId::value, DepartmentId::of);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        StoredJson.asString(codes, MediaHash.class, MediaHash::value, MediaHash::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        this.mapper = StoredJson.mapper(codes).build();
    }

    private static Map<String, Class<? extends CaseEvent>> eventTypes() {
        Map<String, Class<? extends CaseEvent>> types = new LinkedHashMap<>();
        for (Class<? extends CaseEvent> type : CaseEventTypes.all()) {
            types.put(CaseEventTypes.nameOf(type), type);
        }
        return Map.copyOf(types);
    }

    /** The stored event types by their current names (aliases resolve too, see {@link #decodeEvent}). */
    static Map<String, Class<? extends CaseEvent>> eventTypesByName() {
        return EVENT_TYPES;
    }

    String encodeEvent(CaseEvent event) {
        if (!EVENT_TYPES.containsKey(event.type())) {
            throw new IllegalArgumentException("no stored form for event type " + event.type());
        }
        return write(event);
    }

    CaseEvent decodeEvent(String type, int schemaVersion, String json) {
        // The current name or any alias the type was stored under before (old logs say "CaseReported").
        Class<? extends CaseEvent> target = CaseEventTypes.resolve(type).orElse(null);
        if (target == null) {
            throw new StorageException("stored event has an unknown type '" + type + "'", null);
        }
        if (schemaVersion < 1 || schemaVersion > EVENT_SCHEMA_VERSION) {
            throw new StorageException(
                    "stored " + type + " has schema version " + schemaVersion + "; this library reads 1 to "
                            + EVENT_SCHEMA_VERSION,
                    null);
        }
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(json);
            if (schemaVersion == 1) {
                fillMissingOptionalsAndLists(target, tree);
            } else {
                // A component added after the row was written (marked so) reads as empty.
                fillMissingAddedComponents(target, tree);
            }
            CaseEvent event = mapper.treeToValue(tree, target);
            requireNoNullComponent(event);
            return event;
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("stored " + type + " (schema " + schemaVersion + ") cannot be read: " + json, e);
        }
    }

    /** Version 1 to 2: a component missing from an old row is an Optional or List added since; empty. */
    private static void fillMissingOptionalsAndLists(Class<?> target, ObjectNode tree) {
        for (RecordComponent component : target.getRecordComponents()) {
            if (tree.has(component.getName())) {
                continue;
            }
            if (component.getType() == Optional.class) {
                tree.putNull(component.getName());
            } else if (component.getType() == List.class) {
                tree.putArray(component.getName());
            } else {
                throw new StorageException(
                        "a version-1 " + target.getSimpleName() + " lacks its required field '" + component.getName()
                                + "'",
                        null);
            }
        }
    }

    /** Any version: a missing {@link AddedComponent} is one added since the row was written; empty. */
    private static void fillMissingAddedComponents(Class<?> target, ObjectNode tree) {
        for (RecordComponent component : target.getRecordComponents()) {
            if (tree.has(component.getName()) || !component.isAnnotationPresent(AddedComponent.class)) {
                continue;
            }
            if (component.getType() == Optional.class) {
                tree.putNull(component.getName());
            } else {
                tree.putArray(component.getName());
            }
        }
    }

    private static void requireNoNullComponent(Object value) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(value) == null) {
                    throw new StorageException(
                            "stored " + value.getClass().getSimpleName() + " lacks field '" + component.getName() + "'",
                            null);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    String encodeCase(Case c) {
        return write(CaseSnapshot.of(c));
    }

    Case decodeCase(String json) {
        CaseSnapshot snapshot;
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(json);
            // Attributes added since a row was written (the suspension, the reopening count) were
            // empty or zero for every case then, since no event could set them yet.
            for (String counter : CaseSnapshot.COUNTERS_ADDED_LATER) {
                if (!tree.has(counter)) {
                    tree.put(counter, 0);
                }
            }
            fillMissingOptionalsAndLists(CaseSnapshot.class, tree);
            snapshot = mapper.treeToValue(tree, CaseSnapshot.class);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("stored CaseSnapshot cannot be read: " + json, e);
        }
        requireNoNullComponent(snapshot);
        return snapshot.toCase();
    }

    String encodeNotification(Notification notification) {
        return write(notification);
    }

    /**
     * A stored notification. Rows written before notifications carried structured fields lack the
     * rung, state, deadline, zone, detail and English text: the optional ones read as empty, the
     * zone as UTC (their text showed UTC times) and the English text as the Chinese one.
     */
    Notification decodeNotification(String json) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("stored Notification cannot be read: " + json, e);
        }
        if (!tree.has("zone")) {
            tree.put("zone", "Z");
        }
        if (!tree.has("messageEn") && tree.hasNonNull("message")) {
            tree.set("messageEn", tree.get("message"));
        }
        fillMissingOptionalsAndLists(Notification.class, tree);
        Notification notification;
        try {
            notification = mapper.treeToValue(tree, Notification.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StorageException("stored Notification cannot be read: " + json, e);
        }
        requireNoNullComponent(notification);
        return notification;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
