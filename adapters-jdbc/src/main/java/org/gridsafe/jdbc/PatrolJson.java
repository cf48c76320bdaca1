package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.media.MediaHash;
import org.gridsafe.media.MediaReference;
import org.gridsafe.patrol.OccurrenceId;
import org.gridsafe.patrol.PatrolEvent;
import org.gridsafe.patrol.PatrolOccurrence;
import org.gridsafe.patrol.PatrolPlan;
import org.gridsafe.patrol.PatrolPlanId;
import org.gridsafe.patrol.ProposalAcceptance;
import org.gridsafe.registry.EntityId;

/**
 * JSON for the patrol rows: plans, occurrence snapshots and history events (an event carries its
 * stable type name). An answer's photos are media references (hash, type, size); documents written
 * when they were {@code sha256:} strings are converted as they are read: a photo the media store
 * holds becomes its reference, and one it does not hold is kept as text in the answer's note, so
 * nothing of what was acknowledged is dropped.
 */
final class PatrolJson {

    /** Finds a stored file's reference, for converting the string photos of older documents. */
    interface MediaLookup {
        Optional<MediaReference> find(MediaHash hash);
    }

    private static final String LEGACY_PREFIX = "sha256:";

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
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        StoredJson.asString(codes, OccurrenceId.class, OccurrenceId::value, OccurrenceId::of);
        StoredJson.asString(codes, PatrolPlanId.class, PatrolPlanId::value, PatrolPlanId::of);
        StoredJson.asString(codes, ChecklistRef.class, ChecklistRef::toString, ChecklistRef::parse);
        StoredJson.asString(codes, MediaHash.class, MediaHash::value, MediaHash::parse);
        this.mapper = StoredJson.mapper(codes)
                .addMixIn(PatrolEvent.class, EventMixin.class)
                .build();
    }

    String plan(PatrolPlan plan) {
        return StoredJson.write(mapper, plan);
    }

    PatrolPlan plan(String json) {
        return StoredJson.read(mapper, json, PatrolPlan.class);
    }

    /** An acceptance as stored: the request's maps keyed by text, so every key type reads back. */
    record AcceptanceRow(
            String id,
            String grid,
            String period,
            String day,
            java.util.Map<String, Integer> capacity,
            java.util.Map<String, Integer> caps,
            java.util.Map<String, Integer> riskFloors,
            java.util.Map<String, Integer> riskTargets,
            String checklist,
            String patrolRole,
            String fingerprint,
            String acceptedBy,
            String acceptedAt,
            java.util.List<String> occurrences) {}

    String acceptance(ProposalAcceptance a) {
        org.gridsafe.patrol.PlanRequest r = a.request();
        java.util.Map<String, Integer> capacity = new java.util.TreeMap<>();
        r.capacity().forEach((g, n) -> capacity.put(g.value(), n));
        java.util.Map<String, Integer> floors = new java.util.TreeMap<>();
        r.riskFloors().forEach((l, n) -> floors.put(l.name(), n));
        java.util.Map<String, Integer> targets = new java.util.TreeMap<>();
        r.riskTargets().forEach((l, n) -> targets.put(l.name(), n));
        return StoredJson.write(
                mapper,
                new AcceptanceRow(
                        a.id(),
                        r.grid().value(),
                        r.period().name(),
                        r.day().toString(),
                        capacity,
                        new java.util.TreeMap<>(r.caps()),
                        floors,
                        targets,
                        a.checklist().map(ChecklistRef::toString).orElse(null),
                        a.patrolRole().name(),
                        a.fingerprint(),
                        a.acceptedBy(),
                        a.acceptedAt().toString(),
                        a.occurrences().stream().map(OccurrenceId::value).toList()));
    }

    ProposalAcceptance acceptance(String text) {
        AcceptanceRow row = StoredJson.read(mapper, text, AcceptanceRow.class);
        java.util.Map<GridCode, Integer> capacity = new java.util.HashMap<>();
        row.capacity().forEach((g, n) -> capacity.put(GridCode.parse(g), n));
        java.util.Map<org.gridsafe.hazard.RiskLevel, Integer> floors = new java.util.HashMap<>();
        row.riskFloors().forEach((l, n) -> floors.put(org.gridsafe.hazard.RiskLevel.valueOf(l), n));
        java.util.Map<org.gridsafe.hazard.RiskLevel, Integer> targets = new java.util.HashMap<>();
        row.riskTargets().forEach((l, n) -> targets.put(org.gridsafe.hazard.RiskLevel.valueOf(l), n));
        return new ProposalAcceptance(
                row.id(),
                new org.gridsafe.patrol.PlanRequest(
                        GridCode.parse(row.grid()),
                        org.gridsafe.patrol.PatrolFrequency.valueOf(row.period()),
                        java.time.LocalDate.parse(row.day()),
                        capacity,
                        row.caps(),
                        floors,
                        targets),
                java.util.Optional.ofNullable(row.checklist()).map(ChecklistRef::parse),
                org.gridsafe.grid.GridRole.valueOf(row.patrolRole()),
                row.fingerprint(),
                row.acceptedBy(),
                java.time.Instant.parse(row.acceptedAt()),
                row.occurrences().stream().map(OccurrenceId::of).toList());
    }

    String occurrence(PatrolOccurrence o) {
        return StoredJson.write(mapper, o);
    }

    PatrolOccurrence occurrence(String json, MediaLookup media) {
        return StoredJson.read(mapper, withPhotoReferences(json, media), PatrolOccurrence.class);
    }

    String event(PatrolEvent event) {
        return StoredJson.write(mapper, event);
    }

    PatrolEvent event(String json, MediaLookup media) {
        return StoredJson.read(mapper, withPhotoReferences(json, media), PatrolEvent.class);
    }

    /**
     * The document with every {@code sha256:} string photo of its answers (an occurrence's, a
     * submission's) converted; the document itself when it has none (the usual case, read as is).
     */
    String withPhotoReferences(String json, MediaLookup media) {
        if (!json.contains("\"" + LEGACY_PREFIX)) {
            return json;
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return json; // the strict read that follows names the problem
        }
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isArray()) {
            return json;
        }
        for (JsonNode node : answers) {
            if (node instanceof ObjectNode answer && answer.get("photos") instanceof ArrayNode photos) {
                convert(answer, photos, media);
            }
        }
        return StoredJson.write(mapper, root);
    }

    private void convert(ObjectNode answer, ArrayNode photos, MediaLookup media) {
        ArrayNode converted = mapper.createArrayNode();
        List<String> absent = new ArrayList<>();
        for (JsonNode photo : photos) {
            if (!photo.isTextual()) {
                converted.add(photo);
                continue;
            }
            String text = photo.asText();
            Optional<MediaReference> stored = Optional.empty();
            if (text.startsWith(LEGACY_PREFIX)) {
                try {
                    stored = media.find(MediaHash.parse(text.substring(LEGACY_PREFIX.length())));
                } catch (IllegalArgumentException malformed) {
                    stored = Optional.empty();
                }
            }
            if (stored.isPresent()) {
                converted.add(mapper.valueToTree(stored.get()));
            } else {
                absent.add(text);
            }
        }
        answer.set("photos", converted);
        if (!absent.isEmpty()) {
            JsonNode note = answer.get("note");
            String before = note == null || note.isNull() ? "" : note.asText() + " ";
            answer.put("note", before + "（照片不在媒体库中：" + String.join("、", absent) + "）");
        }
    }
}
