package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.notice.NoticeSweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * District notices over a real socket: on 2026-07-16 no major-hazard return has been filed, so the
 * sweep raises one notice per overdue return of the district and each street; command centers
 * read their subtree's, district administrators their district's, nobody else.
 */
@OnEveryStore
class NoticesOverHttpTest {

    static HttpFixture http;
    static NoticeSweep swept;

    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        http.setTime(LocalDateTime.of(2026, 7, 16, 9, 0));
        swept = http.gridSafe.districtNotices().sweep(http.clock.instant());
        // Run again the same day: nothing new.
        assertThat(http.gridSafe.districtNotices().sweep(http.clock.instant()).raised())
                .isEmpty();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    static List<String> keys(JsonNode body) {
        List<String> keys = new ArrayList<>();
        body.get("items").forEach(n -> keys.add(n.get("key").asText()));
        return keys;
    }

    @Test
    void a_street_command_center_reads_its_streets_notices_with_fields_and_both_texts() throws Exception {
        HttpFixture.Res res =
                http.get("/api/v1/notices").as(jinqiaoCommandCenter()).send();
        assertThat(res.status()).as("%s", res).isEqualTo(200);
        assertThat(res.json().at("/scope/code").asText()).isEqualTo(JINQIAO_STREET.value());
        assertThat(keys(res.json()))
                .isNotEmpty()
                .allMatch(k -> k.startsWith("MAJOR_HAZARD_RETURN_OVERDUE/320599001/"))
                .contains("MAJOR_HAZARD_RETURN_OVERDUE/320599001/2026-Q2/2026-07-16");
        JsonNode q2 = null;
        for (JsonNode n : res.json().get("items")) {
            if (n.get("period").asText().equals("2026-Q2")) {
                q2 = n;
            }
        }
        assertThat(q2).isNotNull();
        assertThat(q2.get("kind").asText()).isEqualTo("MAJOR_HAZARD_RETURN_OVERDUE");
        assertThat(q2.get("kindZh").asText()).isEqualTo("重大事故隐患统计逾期未报");
        assertThat(q2.at("/scope/name").asText()).isEqualTo("金桥街道");
        assertThat(q2.at("/recipient/id").asText()).isEqualTo("specific-s1");
        assertThat(q2.get("day").asText()).isEqualTo("2026-07-16");
        assertThat(q2.get("dueAt").asText()).isEqualTo("2026-07-16T00:00:00+08:00");
        assertThat(q2.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(q2.get("message").asText()).contains("2026-Q2 重大事故隐患统计逾期未报").contains("2026-07-16 00:00");
        assertThat(q2.get("messageEn").asText()).contains("is overdue").contains("Asia/Shanghai");
    }

    @Test
    void the_district_and_its_administrator_read_every_scopes_notices() throws Exception {
        for (var actor : List.of(districtCommandCenter(), districtAdministrator())) {
            HttpFixture.Res res = http.get("/api/v1/notices?scope=" + DISTRICT.value())
                    .as(actor)
                    .send();
            assertThat(res.status()).as("%s", res).isEqualTo(200);
            assertThat(keys(res.json())).hasSize(swept.raised().size());
        }
    }

    @Test
    void others_are_refused_with_the_rule_and_a_bad_scope_names_its_field() throws Exception {
        HttpFixture.Res above = http.get("/api/v1/notices?scope=320599")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(above.status()).isEqualTo(403);
        assertThat(above.json().get("rule").asText()).isEqualTo("notices-within-home-grid");
        for (var actor : List.of(fireOfficer(), jinqiaoGridManager(), enterprise(), citizen())) {
            HttpFixture.Res res = http.get("/api/v1/notices?scope=" + JINQIAO_STREET.value())
                    .as(actor)
                    .send();
            assertThat(res.status()).as("%s", actor).isEqualTo(403);
            assertThat(res.json().get("rule").asText()).isEqualTo("notices-command-center-or-administrator");
        }
        HttpFixture.Res bad = http.get("/api/v1/notices?scope=abc")
                .as(districtCommandCenter())
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("scope");
    }
}
