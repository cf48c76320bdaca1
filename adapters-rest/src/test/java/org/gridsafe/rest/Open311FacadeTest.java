package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** GeoReport v2 as citizen apps use it: both formats, the spec's error shape, public status only. */
@OnEveryStore
class Open311FacadeTest {

    final HttpFixture http;

    Open311FacadeTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    final String citizenKey = HttpFixture.token(citizen());

    @AfterEach
    void stop() {
        http.close();
    }

    private String post(String fmt, String form) {
        var res = http.post("/open311/v2/requests." + fmt).form(form).send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        if (fmt.equals("json")) {
            return res.json().get(0).get("service_request_id").asText();
        }
        return xml(res.body())
                .getElementsByTagName("service_request_id")
                .item(0)
                .getTextContent();
    }

    private String citizenReport(String fmt) {
        return post(
                fmt,
                "api_key=" + citizenKey + "&service_code=fire&lat=31.02&long=120.02"
                        + "&description=%E6%A5%BC%E9%81%93%E5%A0%86%E7%89%A9&first_name=Zhang&phone=13700000000"
                        + "&email=zhang%40example.com&media_url=https%3A%2F%2Fexample.com%2Fp.jpg&jurisdiction_id=320599");
    }

    static Document xml(String body) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    @Test
    void discovery_and_services_in_both_formats() {
        var discovery = http.get("/open311/v2/discovery.json").send();
        assertThat(discovery.json().at("/endpoints/0/specification").asText())
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.json().at("/endpoints/0/formats").toString()).contains("text/xml", "application/json");
        var discoveryXml = http.get("/open311/v2/discovery.xml").send();
        assertThat(discoveryXml.contentType()).startsWith("text/xml");
        Document d = xml(discoveryXml.body());
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(d.getElementsByTagName("format").getLength()).isEqualTo(2);

        var services =
                http.get("/open311/v2/services.json?jurisdiction_id=320599").send();
        assertThat(services.json()).hasSize(6);
        assertThat(services.json().findValuesAsText("service_code")).contains("fire", "production", "food");
        Document s = xml(http.get("/open311/v2/services.xml").send().body());
        assertThat(s.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(s.getElementsByTagName("service").getLength()).isEqualTo(6);

        var definition = http.get("/open311/v2/services/fire.json").send();
        assertThat(definition.json().at("/attributes/0/datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(definition.json().at("/attributes/0/values").size()).isGreaterThan(4);
        Document def = xml(http.get("/open311/v2/services/fire.xml").send().body());
        assertThat(def.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(def.getElementsByTagName("value").getLength()).isGreaterThan(4);
    }

    @Test
    void a_citizen_app_reports_and_follows_a_hazard_without_personal_data_in_listings() {
        String id = citizenReport("json");
        var created = http.store.find(org.gridsafe.casework.CaseId.of(id)).orElseThrow();
        assertThat(created.source().name()).isEqualTo("PUBLIC_REPORT");
        assertThat(created.reporterId()).isEqualTo(citizen().id());
        assertThat(created.grid()).isEqualTo(JINQIAO_MICRO_1);
        assertThat(created.reporterContact())
                .hasValueSatisfying(c -> assertThat(c).contains("13700000000"));

        var one = http.get("/open311/v2/requests/" + id + ".json").send();
        assertThat(one.json().get(0).get("status").asText()).isEqualTo("open");
        assertThat(one.json().get(0).get("status_notes").asText()).isEqualTo("已上报 / reported");
        assertThat(one.json().get(0).get("requested_datetime").asText()).isEqualTo("2026-03-30T09:00:00+08:00");
        assertThat(one.json().get(0).get("media_url").asText()).isEqualTo("https://example.com/p.jpg");
        assertThat(one.body())
                .doesNotContain(
                        "13700000000",
                        "Zhang",
                        "example.com/p.jpg\"x",
                        citizen().id(),
                        "zhang@");

        // the command center registers and dispatches it over the JSON API
        var reg = http.post("/api/v1/cases/" + id + "/register")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json("{}")
                .send();
        assertThat(reg.status()).isEqualTo(200);
        var dis = http.post("/api/v1/cases/" + id + "/dispatch")
                .as(jinqiaoCommandCenter())
                .ifMatch(2)
                .json("{}")
                .send();
        assertThat(dis.status()).isEqualTo(200);
        var dispatched = http.get("/open311/v2/requests/" + id + ".xml").send();
        Document doc = xml(dispatched.body());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(doc.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("open");
        assertThat(doc.getElementsByTagName("status_notes").item(0).getTextContent())
                .isEqualTo("已派遣 / dispatched");
        assertThat(doc.getElementsByTagName("agency_responsible").item(0).getTextContent())
                .isEqualTo("消防救援大队");
        assertThat(doc.getElementsByTagName("expected_datetime").item(0).getTextContent())
                .endsWith("+08:00");

        var list = http.get("/open311/v2/requests.json").send();
        assertThat(list.json().findValuesAsText("service_request_id")).containsExactly(id);
        assertThat(list.body()).doesNotContain("13700000000", "Zhang", citizen().id(), "zhang@");
    }

    @Test
    void rejected_reports_are_closed_and_grid_patrol_cases_are_not_public() {
        String id = citizenReport("xml");
        var reject = http.post("/api/v1/cases/" + id + "/reject")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(Map.of("reason", "不属于安全隐患"))
                .send();
        assertThat(reject.status()).isEqualTo(200);
        var res = http.get("/open311/v2/requests/" + id + ".json").send();
        assertThat(res.json().get(0).get("status").asText()).isEqualTo("closed");
        assertThat(res.json().get(0).get("status_notes").asText()).isEqualTo("不予立案 / rejected");

        var patrol = http.post("/api/v1/cases")
                .as(jinqiaoGridManager())
                .json(Map.of(
                        "grid",
                        JINQIAO_MICRO_1.value(),
                        "domain",
                        "FIRE",
                        "hazard",
                        "2102",
                        "grade",
                        "GENERAL",
                        "description",
                        "巡查发现"))
                .send();
        String patrolId = patrol.json().get("id").asText();
        assertThat(http.get("/open311/v2/requests/" + patrolId + ".json").send().status())
                .isEqualTo(404);
        assertThat(http.get("/open311/v2/requests.json").send().json().findValuesAsText("service_request_id"))
                .containsExactly(id);
    }

    @Test
    void listing_filters_and_the_default_90_day_window() {
        String old = citizenReport("json");
        http.setTime(LocalDateTime.of(2026, 7, 30, 9, 0)); // 122 days later
        String recent = post(
                "json",
                "api_key=" + citizenKey + "&service_code=food&address_id=" + SHIHU_MICRO_1.value()
                        + "&description=%E8%BF%87%E6%9C%9F%E9%A3%9F%E5%93%81");
        assertThat(http.get("/open311/v2/requests.json").send().json().findValuesAsText("service_request_id"))
                .containsExactly(recent);
        assertThat(http.get("/open311/v2/requests.json?start_date=2026-03-01T00:00:00%2B08:00")
                        .send()
                        .json()
                        .findValuesAsText("service_request_id"))
                .containsExactly(recent, old);
        assertThat(http.get(
                                "/open311/v2/requests.json?start_date=2026-03-01T00:00:00%2B08:00&end_date=2026-04-01T00:00:00%2B08:00")
                        .send()
                        .json()
                        .findValuesAsText("service_request_id"))
                .containsExactly(old);
        assertThat(http.get("/open311/v2/requests.json?start_date=2026-03-01T00:00:00%2B08:00&service_code=food")
                        .send()
                        .json()
                        .findValuesAsText("service_request_id"))
                .containsExactly(recent);
        assertThat(http.get("/open311/v2/requests.json?start_date=2026-03-01T00:00:00%2B08:00&status=closed")
                        .send()
                        .json())
                .isEmpty();
        assertThat(http.get("/open311/v2/requests.json?service_request_id=" + old + "," + recent + "&status=closed")
                        .send()
                        .json()
                        .findValuesAsText("service_request_id"))
                .as("with ids, the other filters are ignored")
                .containsExactly(old, recent);
    }

    @Test
    void errors_follow_the_spec_in_the_requested_format() {
        var missingKey = http.post("/open311/v2/requests.json")
                .form("service_code=fire&lat=31.02&long=120.02&description=x")
                .send();
        assertThat(missingKey.status()).isEqualTo(400);
        assertThat(missingKey.json().get(0).get("code").asInt()).isEqualTo(400);
        assertThat(missingKey.json().get(0).get("description").asText()).contains("api_key");

        var badKey = http.post("/open311/v2/requests.xml")
                .form("api_key=wrong-key-123&service_code=fire&lat=31.02&long=120.02&description=x")
                .send();
        assertThat(badKey.status()).isEqualTo(403);
        Document error = xml(badKey.body());
        assertThat(error.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(error.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");

        var unknownId = http.get("/open311/v2/requests/YH20990101-000001.xml").send();
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(xml(unknownId.body()).getElementsByTagName("error").getLength())
                .isEqualTo(1);
        assertThat(http.get("/open311/v2/requests/not%20an%20id.json").send().status())
                .isEqualTo(404);
        assertThat(http.get("/open311/v2/services/weather.json").send().status())
                .isEqualTo(404);
        assertThat(http.get("/open311/v2/tokens/abc.json").send().status()).isEqualTo(404);
        assertThat(http.get("/open311/v2/requests.json?api_key=nope-nope-nope")
                        .send()
                        .status())
                .isEqualTo(403);

        int cases = http.store.size();
        for (String form : new String[] {
            "api_key=" + citizenKey + "&service_code=weather&lat=31.02&long=120.02&description=x",
            "api_key=" + citizenKey + "&lat=31.02&long=120.02&description=x",
            "api_key=" + citizenKey + "&service_code=fire&lat=31.2&long=121.5&description=x",
            "api_key=" + citizenKey + "&service_code=fire&lat=north&long=120.02&description=x",
            "api_key=" + citizenKey + "&service_code=fire&lat=31.02&description=x",
            "api_key=" + citizenKey + "&service_code=fire&address_string=Main%20Street%201&description=x",
            "api_key=" + citizenKey + "&service_code=fire&description=x",
            "api_key=" + citizenKey + "&service_code=fire&lat=31.02&long=120.02",
            "api_key=" + citizenKey + "&service_code=fire&address_id=999&description=x",
            "api_key=" + citizenKey + "&service_code=fire&lat=31.02&long=120.02&description=x&attribute%5Bhazard%5D=zz",
            "api_key=" + citizenKey + "&service_code=fire&lat=31.02&long=120.02&description=x&phone=" + "9".repeat(120)
        }) {
            var res = http.post("/open311/v2/requests.json").form(form).send();
            assertThat(res.status()).as(form + " " + res).isEqualTo(400);
            assertThat(res.json().get(0).get("code").asInt()).isEqualTo(400);
        }
        var badStatus = http.get("/open311/v2/requests.xml?status=lost").send();
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(xml(badStatus.body())
                        .getElementsByTagName("description")
                        .item(0)
                        .getTextContent())
                .contains("status");
        assertThat(http.get("/open311/v2/requests.json?start_date=yesterday")
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(http.store.size()).isEqualTo(cases);
    }
}
