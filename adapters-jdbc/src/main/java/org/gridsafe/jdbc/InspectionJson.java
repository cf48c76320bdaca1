package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.inspection.EnforcementCredential;
import org.gridsafe.inspection.InspectionEvent;
import org.gridsafe.inspection.InspectionId;
import org.gridsafe.media.MediaHash;
import org.gridsafe.registry.EntityId;

/** JSON for the inspection rows: credentials and history events (an event carries its stable type name). */
final class InspectionJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = InspectionEvent.Opened.class, name = "inspection.opened"),
        @JsonSubTypes.Type(value = InspectionEvent.ChecklistSubmitted.class, name = "inspection.checklist-submitted"),
        @JsonSubTypes.Type(value = InspectionEvent.FindingReported.class, name = "inspection.finding-reported"),
        @JsonSubTypes.Type(value = InspectionEvent.DocumentRecorded.class, name = "inspection.document-recorded"),
        @JsonSubTypes.Type(value = InspectionEvent.Closed.class, name = "inspection.closed")
    })
    private interface EventMixin {}

    private final ObjectMapper mapper;

    InspectionJson() {
        SimpleModule codes = new SimpleModule("gridsafe-inspection-codes");
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        StoredJson.asString(codes, InspectionId.class, InspectionId::value, InspectionId::of);
        StoredJson.asString(codes, DepartmentId.class, DepartmentId::value, DepartmentId::of);
        StoredJson.asString(codes, ChecklistRef.class, ChecklistRef::toString, ChecklistRef::parse);
        StoredJson.asString(codes, MediaHash.class, MediaHash::value, MediaHash::parse);
        this.mapper = StoredJson.mapper(codes)
                .addMixIn(InspectionEvent.class, EventMixin.class)
                .build();
    }

    String event(InspectionEvent event) {
        return StoredJson.write(mapper, event);
    }

    InspectionEvent event(String json) {
        return StoredJson.read(mapper, json, InspectionEvent.class);
    }

    String credential(EnforcementCredential credential) {
        return StoredJson.write(mapper, credential);
    }

    EnforcementCredential credential(String json) {
        return StoredJson.read(mapper, json, EnforcementCredential.class);
    }
}
