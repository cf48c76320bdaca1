package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        StoredJson.asString(codes, OccurrenceId.class, OccurrenceId::value, OccurrenceId::of);
        StoredJson.asString(codes, PatrolPlanId.class, PatrolPlanId::value, PatrolPlanId::of);
        StoredJson.asString(codes, ChecklistRef.class, ChecklistRef::toString, ChecklistRef::parse);
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

    String occurrence(PatrolOccurrence o) {
        return StoredJson.write(mapper, o);
    }

    PatrolOccurrence occurrence(String json) {
        return StoredJson.read(mapper, json, PatrolOccurrence.class);
    }

    String event(PatrolEvent event) {
        return StoredJson.write(mapper, event);
    }

    PatrolEvent event(String json) {
        return StoredJson.read(mapper, json, PatrolEvent.class);
    }
}
