package org.gridsafe.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.gridsafe.casework.CaseId;
import org.gridsafe.checklist.ChecklistRef;
import org.gridsafe.duty.ReturnPeriod;
import org.gridsafe.grid.GridCode;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.media.MediaHash;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.SelfCheckEvent;
import org.gridsafe.selfcheck.SelfCheckPlanId;
import org.gridsafe.selfcheck.SelfCheckPlanRecord;
import org.gridsafe.selfcheck.SelfCheckRunId;
import org.gridsafe.selfcheck.StatisticsReturn;

/** JSON for the self-inspection rows: plans, returns and history events (an event carries its stable type name). */
final class SelfCheckJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SelfCheckEvent.Submitted.class, name = "selfcheck.submitted"),
        @JsonSubTypes.Type(value = SelfCheckEvent.EntryReported.class, name = "selfcheck.entry-reported")
    })
    private interface EventMixin {}

    private final ObjectMapper mapper;

    SelfCheckJson() {
        SimpleModule codes = new SimpleModule("gridsafe-selfcheck-codes");
        StoredJson.asString(codes, GridCode.class, GridCode::value, GridCode::parse);
        StoredJson.asString(codes, EntityId.class, EntityId::value, EntityId::of);
        StoredJson.asString(codes, HazardCode.class, HazardCode::value, HazardCode::parse);
        StoredJson.asString(codes, CaseId.class, CaseId::value, CaseId::of);
        StoredJson.asString(codes, ChecklistRef.class, ChecklistRef::toString, ChecklistRef::parse);
        StoredJson.asString(codes, MediaHash.class, MediaHash::value, MediaHash::parse);
        StoredJson.asString(codes, SelfCheckPlanId.class, SelfCheckPlanId::value, SelfCheckPlanId::of);
        StoredJson.asString(codes, SelfCheckRunId.class, SelfCheckRunId::value, SelfCheckRunId::of);
        StoredJson.asString(codes, ReturnPeriod.class, ReturnPeriod::toString, ReturnPeriod::parse);
        this.mapper = StoredJson.mapper(codes)
                .addMixIn(SelfCheckEvent.class, EventMixin.class)
                .build();
    }

    String event(SelfCheckEvent event) {
        return StoredJson.write(mapper, event);
    }

    SelfCheckEvent event(String json) {
        return StoredJson.read(mapper, json, SelfCheckEvent.class);
    }

    String plan(SelfCheckPlanRecord plan) {
        return StoredJson.write(mapper, plan);
    }

    SelfCheckPlanRecord plan(String json) {
        return StoredJson.read(mapper, json, SelfCheckPlanRecord.class);
    }

    String filing(StatisticsReturn filing) {
        return StoredJson.write(mapper, filing);
    }

    StatisticsReturn filing(String json) {
        return StoredJson.read(mapper, json, StatisticsReturn.class);
    }
}
