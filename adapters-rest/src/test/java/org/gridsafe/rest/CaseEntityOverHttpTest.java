package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.access.Actor;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.hazard.RiskLevel;
import org.gridsafe.registry.AssessorKind;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.gridsafe.registry.SupervisedEntity;
import org.gridsafe.testkit.EntitySamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A case naming the production unit or place it concerns, over HTTP on every store: the field in
 * the report and registration bodies and the case view, the entity's facts as of the report kept
 * after a regrade, the list filters, the command center's change as an event, and the licence run.
 */
@OnEveryStore
class CaseEntityOverHttpTest {

    private static final EntityId UNIT = EntityId.of("PU-0001");
    private static final EntityId SHOP = EntityId.of("PL-0002");

    final HttpFixture http;
    final SupervisedEntities entities;

    CaseEntityOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        entities = http.entities();
        SupervisedEntity unit = entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        UNIT,
                        EntitySamples.withLicences(
                                EntitySamples.unit("金桥纺织厂", EntitySamples.code(1), POINT_IN_JINQIAO_MICRO_1),
                                List.of(EntitySamples.licence(
                                        "STANDARDISATION_CERTIFICATE",
                                        "BZH-2023-01",
                                        LocalDate.of(2023, 3, 1),
                                        LocalDate.of(2026, 3, 1)))),
                        "登记"));
        assess(unit, RiskLevel.RED);
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        SHOP, EntitySamples.shop("金桥小超市", new GeoPoint(120.02, 31.02), Optional.empty()), "登记"));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private void assess(SupervisedEntity entity, RiskLevel level) {
        SupervisedEntity now = entities.get(districtCommandCenter(), entity.id());
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.AssessRisk(
                        now.id(),
                        now.version(),
                        EntitySamples.assessment(AssessorKind.REGULATOR, level, LocalDate.of(2026, 3, 30)),
                        "定级"));
    }

    private HttpFixture.Res report(Optional<String> entity) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "location", Map.of("lon", 120.02, "lat", 31.02),
                "domain", "FIRE",
                "hazard", "2102",
                "grade", "GENERAL",
                "description", "仓库消防通道堆放货物"));
        entity.ifPresent(e -> body.put("entity", e));
        return http.post("/api/v1/cases").as(jinqiaoGridManager()).json(body).send();
    }

    private List<String> listed(String query) {
        var res = http.get("/api/v1/cases?" + query).as(jinqiaoCommandCenter()).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        res.json().get("items").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void a_report_names_its_unit_and_keeps_the_units_facts_as_they_were() {
        var reported = report(Optional.of(UNIT.value()));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        var entity = reported.json().get("entity");
        assertThat(entity.get("id").asText()).isEqualTo(UNIT.value());
        assertThat(entity.get("kind").asText()).isEqualTo("PRODUCTION_UNIT");
        assertThat(entity.get("name").asText()).isEqualTo("金桥纺织厂");
        assertThat(entity.get("riskLevel").asText()).isEqualTo("RED");
        assertThat(entity.get("sectors").get(0).asText()).isEqualTo("GONGMAO_TEXTILE");
        String first = reported.json().get("id").asText();

        assess(entities.get(districtCommandCenter(), UNIT), RiskLevel.BLUE);
        String second = report(Optional.of(UNIT.value())).json().get("id").asText();
        String none = report(Optional.empty()).json().get("id").asText();

        var read = http.get("/api/v1/cases/" + first).as(jinqiaoCommandCenter()).send();
        assertThat(read.json().get("entity").get("riskLevel").asText())
                .as("a past case shows the unit as it was")
                .isEqualTo("RED");
        assertThat(listed("entity=PU-0001")).containsExactly(first, second);
        assertThat(listed("riskLevel=RED")).containsExactly(first);
        assertThat(listed("riskLevel=BLUE&sector=GONGMAO_TEXTILE")).containsExactly(second);
        assertThat(listed("sector=FIRE_SAFETY")).isEmpty();
        assertThat(listed("")).contains(none);
        String code =
                read.json().get("entity").get("supervisionClass").get("code").asText();
        assertThat(listed("supervisionClass=" + code)).containsExactly(first, second);

        var stats = http.get("/api/v1/stats/indicators?riskLevel=RED&sector=GONGMAO_TEXTILE")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.json().get("scope").get("riskLevel").asText()).isEqualTo("RED");
        assertThat(stats.json().get("indicators").get("reported").asLong())
                .as("statistics count the unit as it was when each case was reported")
                .isEqualTo(1);
        var unitStats = http.get("/api/v1/stats/indicators?entity=PU-0001")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(unitStats.json().get("indicators").get("reported").asLong()).isEqualTo(2);

        var bad = http.get("/api/v1/cases?sector=fire-safety&riskLevel=PURPLE")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.toString()).contains("sector").contains("riskLevel");
    }

    @Test
    void an_unknown_entity_is_a_field_error_and_writes_nothing() {
        var unknown = report(Optional.of("PU-9999"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("entity");
        assertThat(unknown.toString()).contains("PU-9999");
        var malformed = report(Optional.of("not an id!"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.toString()).contains("entity");
        assertThat(http.store.size()).isZero();
    }

    @Test
    void the_command_center_names_the_entity_at_registration_and_changes_it_with_a_reason() {
        String id = report(Optional.empty()).json().get("id").asText();
        var registered = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("entity", SHOP.value()))
                .send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("entity").get("kind").asText()).isEqualTo("PLACE");

        var byStaff = http.post("/api/v1/cases/" + id + "/entity")
                .as(jinqiaoGridManager())
                .ifMatch(2)
                .json(Map.of("entity", UNIT.value(), "reason", "核实"))
                .send();
        assertThat(byStaff.status()).isEqualTo(403);
        var noReason = http.post("/api/v1/cases/" + id + "/entity")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(Map.of("entity", UNIT.value(), "reason", " "))
                .send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.toString()).contains("reason");

        var changed = http.post("/api/v1/cases/" + id + "/entity")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json(Map.of("entity", UNIT.value(), "reason", "核实为该企业仓库"))
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("entity").get("id").asText()).isEqualTo(UNIT.value());
        var removed = http.post("/api/v1/cases/" + id + "/entity")
                .as(jinqiaoCommandCenter())
                .ifMatch(3)
                .json(Map.of("reason", "误填，不涉及单位"))
                .send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().has("entity")).isFalse();

        var history = http.get("/api/v1/cases/" + id + "/history")
                .as(jinqiaoCommandCenter())
                .send();
        List<String> types = new ArrayList<>();
        history.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsExactly("case.reported", "case.registered", "case.entity-changed", "case.entity-changed");
        assertThat(history.json()
                        .get("events")
                        .get(2)
                        .get("data")
                        .get("previous")
                        .get("id")
                        .asText())
                .isEqualTo(SHOP.value());
        assertThat(history.json().get("audit").get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_licence_run_opens_one_case_per_expired_licence_and_none_on_a_rerun() {
        var refused = http.post("/api/v1/licences/run")
                .as(jinqiaoCommandCenter())
                .json(Map.of())
                .send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.toString()).contains("licence-run-district-or-system");

        var run = http.post("/api/v1/licences/run")
                .as(Actor.SYSTEM)
                .json(Map.of())
                .send();
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("opened")).hasSize(1);
        String id = run.json().get("opened").get(0).asText();
        var opened = http.get("/api/v1/cases/" + id).as(jinqiaoCommandCenter()).send();
        assertThat(opened.json().get("source").asText()).isEqualTo("LICENCE_EXPIRED");
        assertThat(opened.json().get("licence").get("number").asText()).isEqualTo("BZH-2023-01");
        assertThat(opened.json().get("entity").get("id").asText()).isEqualTo(UNIT.value());

        var rerun = http.post("/api/v1/licences/run")
                .as(districtCommandCenter())
                .json(Map.of())
                .send();
        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(200);
        assertThat(rerun.json().get("opened")).isEmpty();
    }
}
