package org.gridsafe.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.InternalReports;
import org.gridsafe.hazard.HazardCode;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.registry.EntityId;
import org.gridsafe.selfcheck.InternalReport;

/**
 * {@code /api/v1/internal-reports} (employees' internal hazard reports) over HTTP. The reporter is in a
 * view only when the service kept it for the caller; no other field names them.
 */
final class InternalReportRoutes {

    private final InternalReports reports;
    private final Json json;

    InternalReportRoutes(InternalReports reports, Json json) {
        this.reports = reports;
        this.json = json;
    }

    record SubmitBody(String id, String entity, String description, String place, String contact) {}

    record VerificationBody(Boolean founded, String note, String domain, String hazard, String grade) {}

    record RewardBody(BigDecimal amountYuan, String basis) {}

    Reply submit(Exchange ex) {
        SubmitBody b = json.read(ex.body(), SubmitBody.class);
        Fields f = new Fields();
        Optional<EntityId> entity = f.parse("entity", b.entity(), EntityId::of);
        f.required("entity", entity, b.entity());
        f.check("internal report");
        InternalReport r = reports.submit(
                ex.actor(), b.id(), entity.get(), b.description(), b.place(), Optional.ofNullable(b.contact()));
        return reply(201, view(r)).withHeader("Location", "/api/v1/internal-reports/" + r.id());
    }

    Reply get(Exchange ex) {
        return reply(200, view(reports.get(ex.actor(), ex.pathParam("id"))));
    }

    Reply byEntity(Exchange ex) {
        Fields f = new Fields();
        Optional<EntityId> entity = f.parse("id", ex.pathParam("id"), EntityId::of);
        f.check("entity");
        return reply(
                200,
                Map.of(
                        "items",
                        reports.byEntity(ex.actor(), entity.get()).stream()
                                .map(InternalReportRoutes::view)
                                .toList()));
    }

    Reply verify(Exchange ex) {
        VerificationBody b = json.read(ex.body(), VerificationBody.class);
        Fields f = new Fields();
        if (b.founded() == null) {
            f.fail("founded", "is required: true (属实) or false (不属实)");
        }
        Optional<SafetyDomain> domain = f.enumValue("domain", b.domain(), SafetyDomain.class);
        Optional<HazardCode> hazard = f.parse("hazard", b.hazard(), HazardCode::parse);
        Optional<HazardGrade> grade = f.enumValue("grade", b.grade(), HazardGrade.class);
        f.check("internal report verification");
        return reply(
                200,
                view(reports.verify(ex.actor(), ex.pathParam("id"), b.founded(), b.note(), domain, hazard, grade)));
    }

    Reply reward(Exchange ex) {
        RewardBody b = json.read(ex.body(), RewardBody.class);
        return reply(200, view(reports.reward(ex.actor(), ex.pathParam("id"), b.amountYuan(), b.basis())));
    }

    static Map<String, Object> view(InternalReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("entity", r.entity().value());
        v.put("entityName", r.entityName());
        v.put("grid", r.grid().value());
        v.put("description", r.description());
        v.put("place", r.place());
        v.put("submittedAt", r.submittedAt().toString());
        v.put("state", r.state().name());
        v.put("stateName", r.state().zhName());
        r.reporter().ifPresent(p -> {
            Map<String, Object> pv = new LinkedHashMap<>();
            pv.put("personId", p.personId());
            pv.put("name", p.name());
            p.contact().ifPresent(c -> pv.put("contact", c));
            v.put("reporter", pv);
        });
        r.verification().ifPresent(x -> {
            Map<String, Object> xv = new LinkedHashMap<>();
            xv.put("founded", x.founded());
            xv.put("note", x.note());
            xv.put("verifiedBy", x.verifiedBy());
            xv.put("verifiedAt", x.verifiedAt().toString());
            v.put("verification", xv);
        });
        r.caseId().ifPresent(c -> v.put("case", c.value()));
        r.reward().ifPresent(w -> {
            Map<String, Object> wv = new LinkedHashMap<>();
            wv.put("amountYuan", w.amountYuan().toPlainString());
            wv.put("basis", w.basis());
            wv.put("decidedBy", w.decidedBy());
            wv.put("decidedAt", w.decidedAt().toString());
            v.put("reward", wv);
        });
        v.put("version", r.version());
        return v;
    }

    private Reply reply(int status, Object body) {
        return Reply.of(status, Reply.JSON, json.write(body));
    }
}
