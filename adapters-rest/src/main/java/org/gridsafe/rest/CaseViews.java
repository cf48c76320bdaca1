package org.gridsafe.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridsafe.access.AccessPolicy;
import org.gridsafe.access.Action;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Accountability;
import org.gridsafe.casework.AuditResult;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseAudit;
import org.gridsafe.casework.CaseReported;
import org.gridsafe.casework.RecordedEvent;
import org.gridsafe.duty.WorkCalendar;
import org.gridsafe.grid.Responsibility;

/**
 * How cases and their logs look in JSON. Private data (the reporter's contact always, and the
 * reporter's id when the report is anonymous) is shown to whom the access policy allows
 * {@link Action#READ_REPORTER} on the case: in the standard rules, command centers.
 */
final class CaseViews {

    static final String HIDDEN_REPORTER = "anonymous";

    private final Json json;
    private final AccessPolicy access;
    private final Optional<Supplier<WorkCalendar>> calendar;

    CaseViews(Json json, AccessPolicy access) {
        this.json = json;
        this.access = access;
        this.calendar = Optional.empty();
    }

    /**
     * Views that also say whether a case's deadline lies beyond the years the directory's current
     * calendar covers (read at each view, so a new calendar shows at once).
     */
    CaseViews(Json json, AccessPolicy access, Supplier<WorkCalendar> calendar) {
        this.json = json;
        this.access = access;
        this.calendar = Optional.of(calendar);
    }

    private boolean seesPrivateData(Actor viewer, Case c) {
        return access.decide(viewer, Action.READ_REPORTER, c.facts()).allowed();
    }

    Map<String, Object> view(Case c, Actor viewer, Instant now) {
        boolean privileged = seesPrivateData(viewer, c);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id().value());
        v.put("version", c.version());
        v.put("state", c.state().name());
        v.put("stateName", Map.of("zh", c.state().zhName(), "en", c.state().enName()));
        v.put("source", c.source().name());
        v.put("grid", c.grid().value());
        c.location().ifPresent(p -> v.put("location", Map.of("lon", p.longitude(), "lat", p.latitude())));
        v.put("domain", c.domain().name());
        v.put("hazard", c.hazard().value());
        v.put("grade", c.grade().name());
        v.put("description", c.description());
        v.put("attachments", c.attachments());
        v.put("anonymous", c.anonymous());
        if (privileged || !c.anonymous()) {
            v.put("reporterId", c.reporterId());
        }
        if (privileged) {
            c.reporterContact().ifPresent(contact -> v.put("reporterContact", contact));
        }
        c.enterpriseId().ifPresent(e -> v.put("enterpriseId", e));
        c.entity().ifPresent(e -> v.put("entity", entity(e)));
        c.majorHazardCriterion().ifPresent(k -> v.put("majorHazardCriterion", k));
        c.licence()
                .ifPresent(l -> v.put(
                        "licence",
                        Map.of(
                                "type",
                                l.type(),
                                "number",
                                l.number(),
                                "expires",
                                l.expires().toString())));
        c.origin().ifPresent(o -> {
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("occurrence", o.occurrence());
            origin.put("item", o.item());
            origin.put("occurrenceLink", "/api/v1/patrols/" + o.occurrence());
            v.put("origin", origin);
        });
        c.deadline().ifPresent(d -> v.put("deadline", json.time(d)));
        v.put("overdue", c.isOverdueAt(now));
        if (c.deadline().isPresent() && calendar.isPresent()) {
            // Past the last covered year the calendar knows no holidays: the deadline is provisional.
            WorkCalendar cal = calendar.get().get();
            v.put(
                    "deadlineBeyondCoverage",
                    !cal.covers(LocalDate.ofInstant(c.deadline().get(), cal.zone())));
            cal.lastCoveredYear().ifPresent(y -> v.put("calendarCoveredUntil", y.getValue()));
        }
        v.put("escalationRung", c.escalationRung().name());
        c.department().ifPresent(d -> v.put("department", d.value()));
        c.handlerId().ifPresent(h -> v.put("handlerId", h));
        c.rectificationPlan().ifPresent(p -> {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("responsiblePerson", p.responsiblePerson());
            plan.put("measures", p.measures());
            plan.put("funds", p.funds());
            // Null-safe: a store may hold a plan written before its fields were checked.
            plan.put("dueDate", p.dueDate() == null ? null : p.dueDate().toString());
            plan.put("contingencyPlan", p.contingencyPlan());
            v.put("rectificationPlan", plan);
        });
        c.listedSupervision()
                .ifPresent(s -> v.put(
                        "listedSupervision",
                        nullable("authority", s.authority(), "documentReference", s.documentReference())));
        c.treatmentPlan().ifPresent(t -> {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("objectivesAndTasks", t.objectivesAndTasks());
            plan.put("methodsAndMeasures", t.methodsAndMeasures());
            plan.put("fundsAndMaterials", t.fundsAndMaterials());
            plan.put("organisationAndPersonnel", t.organisationAndPersonnel());
            plan.put("timeLimitAndRequirements", t.timeLimitAndRequirements());
            plan.put("safetyMeasuresAndContingencyPlan", t.safetyMeasuresAndContingencyPlan());
            v.put("treatmentPlan", plan);
        });
        if (!c.majorHazardReports().isEmpty()) {
            List<Map<String, Object>> reports = new ArrayList<>();
            for (var r : c.majorHazardReports()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("kind", r.kind().name());
                report.put("kindName", r.kind().zhName());
                report.put("dueAt", json.time(r.dueAt()));
                report.put("overdue", r.overdueAt(now));
                report.put("escalationRung", r.rung().name());
                r.filedAt().ifPresent(at -> report.put("filedAt", json.time(at)));
                r.recipient().ifPresent(x -> report.put("recipient", x));
                r.reference().ifPresent(x -> report.put("reference", x));
                reports.add(report);
            }
            v.put("majorHazardReports", reports);
        }
        c.productionStop().ifPresent(p -> {
            Map<String, Object> stop = new LinkedHashMap<>();
            stop.put("scope", p.scope().name());
            stop.put("evacuated", p.evacuated());
            stop.put("reason", p.reason());
            stop.put("since", json.time(p.since()));
            v.put("productionStop", stop);
        });
        c.writtenOffAt().ifPresent(at -> v.put("writtenOffAt", json.time(at)));
        c.pendingExtension().ifPresent(e -> {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("requestedDeadline", json.time(e.requestedDeadline()));
            ext.put("reason", e.reason());
            ext.put("requestedBy", e.requestedBy());
            v.put("pendingExtension", ext);
        });
        c.suspension().ifPresent(sus -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", sus.kind().name());
            view.put("kindName", sus.kind().zhName());
            view.put("reason", sus.reason());
            view.put("approval", sus.approval());
            view.put("reviewDate", sus.reviewDate().toString());
            view.put("reviewAt", json.time(sus.reviewAt()));
            view.put("since", json.time(sus.since()));
            v.put("suspension", view);
        });
        v.put("extensionCount", c.extensionCount());
        v.put("reworkCount", c.reworkCount());
        v.put("reopenCount", c.reopenCount());
        v.put("everOverdue", c.everOverdue());
        c.mergedInto().ifPresent(m -> v.put("mergedInto", m.value()));
        c.lastReason().ifPresent(r -> v.put("lastReason", r));
        v.put("reportedAt", json.time(c.reportedAt()));
        v.put("stateSince", json.time(c.stateSince()));
        c.finishedAt().ifPresent(f -> v.put("finishedAt", json.time(f)));
        c.closedOnTime().ifPresent(o -> v.put("closedOnTime", o));
        c.satisfaction().ifPresent(s -> v.put("satisfaction", s));
        return v;
    }

    /** The entity as recorded on the case: its facts as of the case's report. */
    private static Map<String, Object> entity(org.gridsafe.casework.CaseEntity e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id().value());
        e.kind().ifPresent(k -> v.put("kind", k.name()));
        e.name().ifPresent(n -> v.put("name", n));
        v.put("sectors", e.sectors());
        e.riskLevel().ifPresent(r -> v.put("riskLevel", r.name()));
        e.supervisionClass()
                .ifPresent(k -> v.put("supervisionClass", Map.of("scheme", k.schemeId(), "code", k.code())));
        e.entityVersion().ifPresent(n -> v.put("entityVersion", n));
        return v;
    }

    Map<String, Object> history(List<RecordedEvent> events, Actor viewer) {
        Case c = Case.replay(events);
        boolean privileged = seesPrivateData(viewer, c);
        boolean hideReporter = c.anonymous() && !privileged;
        List<Object> items = new ArrayList<>();
        List<List<Responsibility>> responsibleAt = Accountability.atEachEvent(events);
        for (RecordedEvent recorded : events) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", recorded.version());
            item.put("at", json.time(recorded.at()));
            boolean reporterEvent = recorded.actorId().equals(c.reporterId());
            item.put("actorId", hideReporter && reporterEvent ? HIDDEN_REPORTER : recorded.actorId());
            item.put("type", recorded.event().type());
            JsonNode data = json.tree(recorded.event());
            if (!privileged && recorded.event() instanceof CaseReported && data instanceof ObjectNode object) {
                object.remove("reporterContact");
            }
            item.put("data", data);
            item.put("previousHash", recorded.previousHash());
            item.put("hash", recorded.hash());
            // Who answered for the case at this step, as recorded then (not today's holders).
            item.put(
                    "responsible",
                    responsibleAt.get(items.size()).stream()
                            .map(CaseViews::responsibility)
                            .toList());
            items.add(item);
        }
        AuditResult audit = CaseAudit.verify(events);
        Map<String, Object> auditView = new LinkedHashMap<>();
        auditView.put("intact", audit.intact());
        audit.firstBrokenVersion().ifPresent(v -> auditView.put("firstBrokenVersion", v));
        audit.problem().ifPresent(p -> auditView.put("problem", p));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("caseId", c.id().value());
        result.put("version", c.version());
        result.put("events", items);
        result.put("audit", auditView);
        return result;
    }

    private static Map<String, Object> responsibility(Responsibility r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("grid", r.grid().value());
        v.put("role", r.role().name());
        v.put("roleName", r.role().zhName());
        v.put("personId", r.person().personId());
        v.put("displayName", r.person().displayName());
        return v;
    }

    /** A two-entry map that, unlike {@code Map.of}, takes a null value (older stored data may hold one). */
    private static Map<String, Object> nullable(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    static Optional<String> etag(Case c) {
        return Optional.of("\"" + c.version() + "\"");
    }
}
