package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Major-hazard returns over a real socket: one major fire hazard in 金桥 registered on 2026-04-07
 * and still under treatment, past its plan's date (2026-05-15) at the end of Q2; the street files
 * Q2 on 2026-07-10, on time. Tests run in order of the clock they set, each on the state above.
 */
@OnEveryStore
class MajorHazardReturnsOverHttpTest {

    static HttpFixture http;

    @Parameter
    FixtureStorage.Store store;

    static final String PATH = "/api/v1/stats/major-hazard-returns";

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        http.setTime(LocalDateTime.of(2026, 4, 7, 9, 0));
        Casework cw = http.gridSafe.casework();
        Case c = cw.report(
                jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(PROTECTION_DEFECT)
                        .grade(HazardGrade.MAJOR)
                        .description("仓库与宿舍同楼")
                        .build());
        c = cw.register(
                jinqiaoCommandCenter(),
                Register.of(c.id()).expectedVersion(c.version()).build());
        cw.dispatch(
                jinqiaoCommandCenter(),
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .handlerId("ent-a")
                        .plan(new RectificationPlan("王厂长", "分隔", "20 万元", LocalDate.of(2026, 5, 15), "值守"))
                        .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕3号"))
                        .treatmentPlan(SamplePlans.treatment())
                        .build());
        http.setTime(LocalDateTime.of(2026, 7, 10, 9, 0));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    static Map<String, Object> filing(String period, String scope, String signer) {
        return Map.of("period", period, "scope", scope, "signer", signer, "note", "附件为明细表");
    }

    @Test
    void the_return_is_counted_filed_once_and_kept_as_filed() throws Exception {
        // The district files its own Q1 (nothing in it), racing itself: exactly one 201.
        int racers = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<HttpFixture.Res>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<HttpFixture.Res> call = () -> {
                    go.await();
                    return http.post(PATH + "/filing")
                            .as(districtCommandCenter())
                            .json(filing("2026-Q1", DISTRICT.value(), "王主任"))
                            .send();
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            for (Future<HttpFixture.Res> r : results) {
                statuses.add(r.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);

        HttpFixture.Res draft = http.get(PATH + "?period=2026-Q2&scope=" + JINQIAO_STREET.value())
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().at("/status").asText()).isEqualTo("DUE");
        assertThat(draft.json().at("/dueDate").asText()).isEqualTo("2026-07-15");
        assertThat(draft.json().at("/filed").isNull()).isTrue();
        JsonNode total = draft.json().at("/figures/total");
        assertThat(List.of(
                        total.get("found").asLong(),
                        total.get("writtenOff").asLong(),
                        total.get("underTreatment").asLong(),
                        total.get("pastPlanDue").asLong(),
                        total.get("listedForSupervision").asLong(),
                        total.get("productionStopped").asLong()))
                .containsExactly(1L, 0L, 1L, 1L, 1L, 0L);
        assertThat(draft.json().at("/figures/byDomain/0/domain").asText()).isEqualTo("FIRE");

        HttpFixture.Res filed = http.post(PATH + "/filing")
                .as(jinqiaoCommandCenter())
                .json(filing("2026-Q2", JINQIAO_STREET.value(), "李主任"))
                .send();
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        assertThat(filed.json().at("/status").asText()).isEqualTo("FILED_ON_TIME");
        assertThat(filed.json().at("/filed/signer").asText()).isEqualTo("李主任");
        assertThat(filed.json().at("/filed/onTime").asBoolean()).isTrue();
        assertThat(filed.json().at("/filed/figures/total/pastPlanDue").asLong()).isEqualTo(1);

        HttpFixture.Res again = http.post(PATH + "/filing")
                .as(jinqiaoCommandCenter())
                .json(filing("2026-Q2", JINQIAO_STREET.value(), "李主任"))
                .send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/type").asText()).endsWith("/return-already-filed");

        HttpFixture.Res listing =
                http.get(PATH + "/periods?year=2026").as(jinqiaoCommandCenter()).send();
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.json().at("/scope/code").asText())
                .as("the street's own grid by default")
                .isEqualTo(JINQIAO_STREET.value());
        List<String> rows = new ArrayList<>();
        for (JsonNode item : listing.json().get("items")) {
            rows.add(item.get("period").asText() + " " + item.get("dueDate").asText() + " "
                    + item.get("status").asText());
        }
        assertThat(rows)
                .containsExactly(
                        "2026-Q1 2026-04-15 OVERDUE",
                        "2026-Q2 2026-07-15 FILED_ON_TIME",
                        "2026-Q3 2026-10-15 NOT_DUE_YET",
                        "2026-Q4 2027-01-15 NOT_DUE_YET",
                        "2026 2027-01-31 NOT_DUE_YET");
    }

    @Test
    void the_return_reads_as_csv() {
        HttpFixture.Res csv = http.get(PATH + "?period=2026-Q2&scope=" + DISTRICT.value())
                .as(districtCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = csv.body().startsWith("\uFEFF") ? csv.body().substring(1) : csv.body();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("scope,period,dueDate,status,asOf,domain,found,writtenOff,underTreatment,pastPlanDue,"
                        + "listedForSupervision,productionStopped");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("320599,2026-Q2,2026-07-15,").endsWith(",FIRE,1,0,1,1,1,0");
        assertThat(lines.get(2)).endsWith(",TOTAL,1,0,1,1,1,0");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    /** Role × route → status, each refusal with its rule; "other" is the scope outside the actor's home. */
    static final String MATRIX = """
            # actor                 route    scope        status  rule
            district-center         get      320599001    200     -
            jinqiao-center          get      320599001    200     -
            jinqiao-center          get      320599001001 200     -
            shihu-center            get      320599001    403     major-hazard-returns-within-home-grid
            jinqiao-center          get      320599       403     major-hazard-returns-within-home-grid
            jinqiao-grid-staff      get      320599001    403     major-hazard-returns-command-center
            fire-officer            get      320599001    403     major-hazard-returns-command-center
            enterprise              get      320599001    403     major-hazard-returns-command-center
            citizen                 get      320599001    403     major-hazard-returns-command-center
            system                  get      320599001    403     major-hazard-returns-command-center
            jinqiao-center          periods  320599001    200     -
            shihu-center            periods  320599001    403     major-hazard-returns-within-home-grid
            fire-officer            periods  320599001    403     major-hazard-returns-command-center
            shihu-center            filing   320599001    403     major-hazard-returns-within-home-grid
            jinqiao-grid-staff      filing   320599001    403     major-hazard-returns-command-center
            fire-officer            filing   320599001    403     major-hazard-returns-command-center
            jinqiao-center          filing   320599001001 400     -
            """;

    static Actor actor(String name) {
        return switch (name) {
            case "district-center" -> districtCommandCenter();
            case "jinqiao-center" -> jinqiaoCommandCenter();
            case "shihu-center" -> shihuCommandCenter();
            case "jinqiao-grid-staff" -> jinqiaoGridManager();
            case "fire-officer" -> fireOfficer();
            case "enterprise" -> enterprise();
            case "citizen" -> citizen();
            case "system" -> Actor.SYSTEM;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void who_may_read_and_file_is_the_matrix() {
        List<String> wrong = new ArrayList<>();
        for (String line : MATRIX.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            String[] p = line.split("\\s+");
            Actor actor = actor(p[0]);
            HttpFixture.Res res = switch (p[1]) {
                case "get" ->
                    http.get(PATH + "?period=2026-Q2&scope=" + p[2]).as(actor).send();
                case "periods" ->
                    http.get(PATH + "/periods?scope=" + p[2]).as(actor).send();
                default ->
                    http.post(PATH + "/filing")
                            .as(actor)
                            .json(filing("2026-Q3", p[2], "某主任"))
                            .send();
            };
            String rule = res.json() != null && res.json().has("rule")
                    ? res.json().get("rule").asText()
                    : "-";
            if (res.status() != Integer.parseInt(p[3]) || !rule.equals(p[4])) {
                wrong.add(line + " ← was " + res.status() + " " + rule);
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    @Test
    void bad_parameters_are_refused_naming_the_field() {
        HttpFixture.Res noPeriod =
                http.get(PATH + "?period=2026-Q5").as(jinqiaoCommandCenter()).send();
        assertThat(noPeriod.status()).isEqualTo(400);
        assertThat(noPeriod.json().at("/errors/0/field").asText()).isEqualTo("period");

        HttpFixture.Res badFiling = http.post(PATH + "/filing")
                .as(jinqiaoCommandCenter())
                .json(Map.of("period", "2026-Q4", "scope", JINQIAO_STREET.value(), "signer", " "))
                .send();
        assertThat(badFiling.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        badFiling.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("period", "signer");

        HttpFixture.Res badYear =
                http.get(PATH + "/periods?year=26").as(jinqiaoCommandCenter()).send();
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().at("/errors/0/field").asText()).isEqualTo("year");
    }
}
