package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridsafe.casework.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each POST endpoint: malformed JSON, a non-object, wrong types, missing fields, a huge body,
 * unknown codes and out-of-district points each get a 4xx problem with a stable type, and the
 * store is unchanged (no new case, no new event). Never a 500.
 */
@OnEveryStore
class BadInputTest {

    static HttpFixture http;

    /** The store of this run; {@link OnEveryStore} injects it, and the fixture below is built on it. */
    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    static final String HUGE = "{\"reason\":\"" + "x".repeat(70_000) + "\"}";

    /** endpoint, what is wrong, body, expected status, expected problem type. */
    static Stream<Arguments> badBodies() {
        List<Arguments> cases = new ArrayList<>();
        List<String> endpoints = List.of(
                "report",
                "register",
                "reject",
                "merge",
                "dispatch",
                "rectification",
                "extension-request",
                "extension-approval",
                "extension-denial",
                "verification",
                "close",
                "suspension",
                "resumption",
                "reopening");
        for (String endpoint : endpoints) {
            cases.add(Arguments.of(endpoint, "malformed JSON", "{\"reason\": ", 400, "malformed-json"));
            cases.add(Arguments.of(endpoint, "not an object", "[1, 2]", 400, "invalid-input"));
            cases.add(Arguments.of(endpoint, "empty body", "", 400, "malformed-json"));
            cases.add(Arguments.of(endpoint, "unknown field", "{\"bogus\": 1}", 400, "unknown-field"));
            cases.add(Arguments.of(endpoint, "huge body", HUGE, 413, "payload-too-large"));
        }
        // wrong types
        cases.add(Arguments.of("report", "location is text", "{\"location\":\"here\"}", 400, "invalid-input"));
        cases.add(Arguments.of("report", "description is a number", "{\"description\":42}", 400, "invalid-input"));
        cases.add(Arguments.of("report", "anonymous is text", "{\"anonymous\":\"yes\"}", 400, "invalid-input"));
        cases.add(Arguments.of("register", "note is an array", "{\"note\":[1]}", 400, "invalid-input"));
        cases.add(Arguments.of("reject", "reason is a number", "{\"reason\":7}", 400, "invalid-input"));
        cases.add(Arguments.of("merge", "into is an object", "{\"into\":{},\"reason\":\"r\"}", 400, "invalid-input"));
        cases.add(Arguments.of("dispatch", "plan is text", "{\"plan\":\"later\"}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "rectification",
                "attachments is text",
                "{\"evidence\":\"e\",\"attachments\":\"p\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "extension-request",
                "deadline is a number",
                "{\"requestedDeadline\":5,\"reason\":\"r\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of("extension-approval", "note is boolean", "{\"note\":true}", 400, "invalid-input"));
        cases.add(Arguments.of("extension-denial", "reason is null", "{\"reason\":null}", 400, "invalid-input"));
        cases.add(Arguments.of("verification", "passed is text", "{\"passed\":\"yes\"}", 400, "invalid-input"));
        cases.add(Arguments.of("close", "satisfaction is text", "{\"satisfaction\":\"five\"}", 400, "invalid-input"));
        cases.add(Arguments.of("close", "satisfaction is a fraction", "{\"satisfaction\":4.5}", 400, "invalid-input"));
        cases.add(Arguments.of("close", "satisfaction out of range", "{\"satisfaction\":9}", 400, "invalid-input"));
        // missing fields
        cases.add(Arguments.of("report", "nothing", "{}", 400, "invalid-input"));
        cases.add(Arguments.of("reject", "no reason", "{}", 400, "invalid-input"));
        cases.add(Arguments.of("merge", "no target", "{\"reason\":\"r\"}", 400, "invalid-input"));
        cases.add(Arguments.of("rectification", "no evidence", "{}", 400, "invalid-input"));
        cases.add(Arguments.of("extension-request", "no deadline", "{\"reason\":\"r\"}", 400, "invalid-input"));
        cases.add(Arguments.of("extension-denial", "no reason", "{}", 400, "invalid-input"));
        cases.add(Arguments.of("verification", "no verdict", "{}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "suspension", "review date not a date", "{\"reviewDate\":\"soon\"}", 400, "invalid-input"));
        cases.add(Arguments.of("suspension", "kind unknown", "{\"kind\":\"LATER\"}", 400, "invalid-input"));
        cases.add(Arguments.of("reopening", "complaint is a number", "{\"complaint\":3}", 400, "invalid-input"));
        cases.add(Arguments.of("verification", "failed without remarks", "{\"passed\":false}", 400, "invalid-input"));
        // unknown codes and values
        String report = "{\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"d\",";
        cases.add(
                Arguments.of("report", "unknown grid", report + "\"grid\":\"320599009009009\"}", 400, "invalid-input"));
        cases.add(Arguments.of("report", "malformed grid", report + "\"grid\":\"abc\"}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "point outside the district",
                report + "\"location\":{\"lon\":121.5,\"lat\":31.2}}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "point off the globe",
                report + "\"location\":{\"lon\":500,\"lat\":31.2}}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report", "half a point", report + "\"location\":{\"lon\":120.02}}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "report", "no place at all", report.substring(0, report.length() - 1) + "}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "unknown hazard code",
                "{\"grid\":\"320599001001001\",\"domain\":\"FIRE\",\"hazard\":\"2999\",\"grade\":\"GENERAL\",\"description\":\"d\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "unknown domain",
                "{\"grid\":\"320599001001001\",\"domain\":\"WATER\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"d\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "unknown source",
                "{\"source\":\"RUMOUR\",\"grid\":\"320599001001001\",\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\"d\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of("register", "unknown grade", "{\"grade\":\"HUGE\"}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "merge", "unknown target", "{\"into\":\"YH20990101-999999\",\"reason\":\"r\"}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "dispatch",
                "unknown department",
                "{\"department\":\"no-such-dept\",\"overrideReason\":\"r\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of("dispatch", "bad plan date", "{\"plan\":{\"dueDate\":\"soon\"}}", 400, "invalid-input"));
        cases.add(Arguments.of(
                "extension-request",
                "deadline without offset",
                "{\"requestedDeadline\":\"2026-04-10T17:00:00\",\"reason\":\"r\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "extension-request",
                "deadline in the past",
                "{\"requestedDeadline\":\"2020-01-01T09:00:00+08:00\",\"reason\":\"r\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "description too long",
                "{\"grid\":\"320599001001001\",\"domain\":\"FIRE\",\"hazard\":\"2102\",\"grade\":\"GENERAL\",\"description\":\""
                        + "长".repeat(2001) + "\"}",
                400,
                "invalid-input"));
        cases.add(Arguments.of(
                "report",
                "duplicate field",
                report + "\"grid\":\"320599001001001\",\"description\":\"again\"}",
                400,
                "malformed-json"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @MethodSource("badBodies")
    void bad_bodies_are_4xx_problems_and_change_nothing(
            String endpoint, String what, String body, int status, String type) {
        Case target = CaseSetup.caseFor(http, endpoint, false);
        int cases = http.store.size();
        String path = endpoint.equals("report") ? "/api/v1/cases" : "/api/v1/cases/" + target.id() + "/" + endpoint;
        var res = http.post(path)
                .as(CaseSetup.actorFor(endpoint))
                .ifMatch(target.version())
                .json(body)
                .send();
        assertThat(res.status()).as(what + ": " + res).isEqualTo(status);
        assertThat(res.contentType()).startsWith("application/problem+json");
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/" + type);
        assertThat(res.json().get("detail").asText()).isNotBlank();
        if (type.equals("invalid-input") || type.equals("unknown-field")) {
            assertThat(res.json().has("errors")).as("field errors: " + res).isTrue();
        }
        assertThat(http.store.size()).isEqualTo(cases);
        assertThat(http.store.find(target.id()).orElseThrow().version()).isEqualTo(target.version());
    }

    @Test
    void unknown_case_ids_are_404_for_every_case_endpoint() {
        for (String endpoint :
                List.of("register", "reject", "merge", "dispatch", "rectification", "verification", "close")) {
            String body = endpoint.equals("merge") ? "{\"into\":\"YH20990101-000002\",\"reason\":\"r\"}" : "{}";
            var res = http.post("/api/v1/cases/YH20990101-000001/" + endpoint)
                    .as(jinqiaoCommandCenter())
                    .ifMatch(1)
                    .json(body)
                    .send();
            assertThat(res.status()).as(endpoint + " " + res).isEqualTo(404);
            var malformed = http.post("/api/v1/cases/bad%20id!/" + endpoint)
                    .as(jinqiaoCommandCenter())
                    .ifMatch(1)
                    .json("{}")
                    .send();
            assertThat(malformed.status()).as(endpoint + " " + malformed).isEqualTo(404);
        }
        assertThat(http.get("/api/v1/cases/YH20990101-000001")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/cases/YH20990101-000001/history")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_command_in_the_wrong_state_is_409() {
        Case reported = CaseSetup.caseFor(http, "register", false);
        var res = http.post("/api/v1/cases/" + reported.id() + "/close")
                .as(jinqiaoCommandCenter())
                .ifMatch(reported.version())
                .json(Map.of())
                .send();
        assertThat(res.status()).isEqualTo(409);
        assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/wrong-state");
    }

    @Test
    void bad_statistics_queries_are_400_problems_naming_the_parameter() {
        var as = districtCommandCenter();
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("indicators?grid=320599009", "grid");
        queries.put("indicators?grid=abc", "grid");
        queries.put("indicators?department=no-such-dept", "department");
        queries.put("indicators?domain=WATER", "domain");
        queries.put("indicators?grade=HUGE", "grade");
        queries.put("indicators?from=2026-04-01&to=2026-03-01", "from");
        queries.put("indicators?from=2026-03-01&to=2026-03-01", "from");
        queries.put("indicators?from=2026-05-01", "from");
        queries.put("indicators?from=yesterday", "from");
        queries.put("indicators?to=2026-13-01", "to");
        queries.put("indicators?to=2026-03-30T17:00:00", "to");
        queries.put("indicators?asOf=soon", "asOf");
        queries.put("rankings/grids?parent=320599009", "parent");
        queries.put("rankings/grids?parent=320599&from=31-03-2026", "from");
        queries.put("rankings/departments?grade=MINOR", "grade");
        queries.forEach((query, field) -> {
            var res = http.get("/api/v1/stats/" + query).as(as).send();
            assertThat(res.status()).as(query + " " + res).isEqualTo(400);
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/invalid-input");
            assertThat(res.json().get("errors").findValuesAsText("field"))
                    .as(query)
                    .containsExactly(field);
        });
    }

    @Test
    void bad_queries_are_400_problems() {
        var as = jinqiaoCommandCenter();
        for (String query : List.of(
                "/api/v1/cases?state=LOST",
                "/api/v1/cases?grid=abc",
                "/api/v1/cases?grade=HUGE",
                "/api/v1/cases?domain=WATER",
                "/api/v1/cases?limit=0",
                "/api/v1/cases?limit=many",
                "/api/v1/cases?overdue=maybe",
                "/api/v1/cases?after=not%20a%20cursor",
                "/api/v1/grids/locate?lon=120.02",
                "/api/v1/grids/locate?lon=east&lat=31",
                "/api/v1/grids/locate?lon=500&lat=31",
                "/api/v1/hazards?under=x9")) {
            var res = http.get(query).as(as).send();
            assertThat(res.status()).as(query + " " + res).isEqualTo(400);
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/invalid-input");
        }
        assertThat(http.get("/api/v1/grids/locate?lon=121.5&lat=31.2")
                        .as(as)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/grids/320599009").as(as).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/grids/abc/children").as(as).send().status())
                .isEqualTo(404);
    }
}
