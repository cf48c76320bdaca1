package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.EntitySamples.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsafe.SupervisedEntities;
import org.gridsafe.entity.Licence;
import org.gridsafe.entity.LicenceTypeCatalog;
import org.gridsafe.grid.GeoPoint;
import org.gridsafe.registry.EntityCommand;
import org.gridsafe.registry.EntityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The licence expiry indicator (证照到期) over a real socket on every store: a unit in 金桥 with licences
 * expired the day before, expiring on the day, on the window's last day and the day after it, and a filing
 * without expiry; a unit in 石湖 with an expired licence. Then the counts as JSON and CSV, the window and
 * day asked for, and the bad input named by field.
 */
@OnEveryStore
class LicenceExpiryIndicatorOverHttpTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 1);
    private static final GeoPoint IN_SHIHU = new GeoPoint(120.15, 31.05);

    final HttpFixture http;

    LicenceExpiryIndicatorOverHttpTest(FixtureStorage.Store store) {
        http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @BeforeEach
    void setUp() {
        http.setTime(LocalDateTime.of(2026, 11, 10, 10, 0));
        SupervisedEntities entities = service(http.store.entityRegistry(), http.clock);
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PU-1"),
                        withLicences(
                                unit("金桥化工", code(1), POINT_IN_JINQIAO_MICRO_1),
                                List.of(
                                        licence("HAZCHEM_REGISTRATION", "DJ-1", ISSUED, LocalDate.of(2026, 11, 9)),
                                        licence(
                                                "STANDARDISATION_CERTIFICATE",
                                                "BZH-0",
                                                ISSUED,
                                                LocalDate.of(2026, 11, 10)),
                                        licence("SAFETY_PRODUCTION", "AQ-1", ISSUED, LocalDate.of(2027, 2, 8)),
                                        licence("SAFETY_PRODUCTION", "AQ-2", ISSUED, LocalDate.of(2027, 2, 9)),
                                        new Licence(
                                                LicenceTypeCatalog.standard().require("PRECURSOR_FILING"),
                                                "BA-1",
                                                "示范区公安分局",
                                                Optional.empty(),
                                                ISSUED,
                                                Optional.empty()))),
                        "首次登记"));
        entities.execute(
                districtCommandCenter(),
                new EntityCommand.Register(
                        EntityId.of("PU-2"),
                        withLicences(
                                moved(unit("石湖仓储", code(2), IN_SHIHU), IN_SHIHU, Optional.empty()),
                                List.of(licence("SAFETY_PRODUCTION", "SH-1", ISSUED, LocalDate.of(2025, 1, 1)))),
                        "首次登记"));
    }

    @Test
    void the_street_s_licences_expired_and_expiring_within_ninety_days_as_json_and_csv() {
        var res = http.get("/api/v1/stats/licence-expiries")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        var body = res.json();
        // The default: the home grid, today in the district's zone, 90 days.
        assertThat(body.get("scope").get("grid").asText()).isEqualTo(JINQIAO_STREET.value());
        assertThat(body.get("asOf").asText()).isEqualTo("2026-11-10");
        assertThat(body.get("withinDays").asInt()).isEqualTo(90);
        assertThat(body.get("lastDay").asText()).isEqualTo("2027-02-08");
        assertThat(body.get("totals").get("expired").asLong()).isEqualTo(1);
        assertThat(body.get("totals").get("expiring").asLong()).isEqualTo(2);
        assertThat(body.get("items").findValuesAsText("number")).containsExactly("DJ-1", "BZH-0", "AQ-1");
        assertThat(body.get("items").get(0).get("daysLeft").asLong()).isEqualTo(-1);
        assertThat(body.get("items").get(0).get("expired").asBoolean()).isTrue();
        assertThat(body.get("items").get(2).get("daysLeft").asLong()).isEqualTo(90);
        assertThat(body.get("items").get(2).get("licenceTypeName").asText()).isEqualTo("安全生产许可证");
        assertThat(body.get("byType").findValuesAsText("licenceType"))
                .containsExactly("HAZCHEM_REGISTRATION", "SAFETY_PRODUCTION", "STANDARDISATION_CERTIFICATE");

        var csv = http.get("/api/v1/stats/licence-expiries")
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("grid,asOf,lastDay,entity,entityName,entityGrid,licenceType,"
                        + "licenceTypeName,number,expires,daysLeft,expired");
        assertThat(lines.get(1))
                .isEqualTo("320599001,2026-11-10,2027-02-08,PU-1,金桥化工,320599001001001,HAZCHEM_REGISTRATION,"
                        + "危险化学品登记证,DJ-1,2026-11-09,-1,true");
        assertThat(lines).hasSize(4);
    }

    @Test
    void the_district_asks_for_another_day_and_window() {
        var res = http.get("/api/v1/stats/licence-expiries?asOf=2027-02-09&withinDays=0")
                .as(districtCommandCenter())
                .send();
        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().get("scope").get("grid").asText()).isEqualTo(DISTRICT.value());
        // On 2027-02-09 everything but AQ-2 has expired; AQ-2 expires that very day.
        assertThat(res.json().get("items").findValuesAsText("number"))
                .containsExactly("SH-1", "DJ-1", "BZH-0", "AQ-1", "AQ-2");
        assertThat(res.json().get("totals").get("expired").asLong()).isEqualTo(4);
        assertThat(res.json().get("totals").get("expiring").asLong()).isEqualTo(1);

        var shihu = http.get("/api/v1/stats/licence-expiries?grid=320599002")
                .as(districtCommandCenter())
                .send();
        assertThat(shihu.json().get("items").findValuesAsText("number")).containsExactly("SH-1");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() {
        for (String[] bad : List.of(
                new String[] {"withinDays=-1", "withinDays"},
                new String[] {"withinDays=3651", "withinDays"},
                new String[] {"withinDays=99999999999", "withinDays"},
                new String[] {"withinDays=soon", "withinDays"},
                new String[] {"grid=320599009", "grid"},
                new String[] {"grid=nope", "grid"},
                new String[] {"asOf=2026-13-01", "asOf"},
                new String[] {"withinDays=1&withinDays=2", "withinDays"})) {
            var res = http.get("/api/v1/stats/licence-expiries?" + bad[0])
                    .as(districtCommandCenter())
                    .send();
            assertThat(res.status()).as(bad[0] + " " + res).isEqualTo(400);
            assertThat(res.json().get("type").asText()).isEqualTo("https://gridsafe.org/problems/invalid-input");
            assertThat(fields(res)).as(bad[0]).containsExactly(bad[1]);
            assertThat(res.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private static List<String> fields(HttpFixture.Res res) {
        List<String> fields = new ArrayList<>();
        if (res.json() != null && res.json().has("errors")) {
            res.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }
}
