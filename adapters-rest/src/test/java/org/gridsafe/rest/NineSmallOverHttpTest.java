package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.rest.EntityBodiesForTests.*;
import static org.gridsafe.testkit.SampleDistrict.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.registry.EntityQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 九小场所 places against the district's threshold profile (the fixture's default, WIDELY_USED) over
 * a real socket, on every store: within is registered, above is refused naming the measure with
 * nothing written, unknown measures are accepted and shown as not decidable, and a search filters
 * by the verdict.
 */
@OnEveryStore
class NineSmallOverHttpTest {

    final HttpFixture http;

    NineSmallOverHttpTest(FixtureStorage.Store store) {
        this.http = new HttpFixture(store);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpFixture.Res register(String id, Map<String, Object> profile) {
        return http.post("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .json(registration(id, profile))
                .send();
    }

    private static Map<String, Object> place(String type, Integer floorArea, Map<String, Object> measures) {
        Map<String, Object> p = with(shop("金桥小场所", 120.02, 31.02, null), "nineSmallType", type);
        p = with(p, "floorArea", floorArea);
        p = with(p, "licences", List.of());
        return with(p, "measures", measures);
    }

    private int stored() {
        return http.store.entityRegistry().search(EntityQuery.all()).size();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void a_place_within_the_profile_is_registered_and_shows_its_verdict() {
        var created =
                register("PL-0001", place("SMALL_SHOP", 300, map("storey", 1, "staff", 4, "insideComplex", false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode e = created.json();
        assertThat(e.get("profile").get("floorArea").asInt()).isEqualTo(300);
        assertThat(e.get("profile").get("measures"))
                .isEqualTo(http.mapper.valueToTree(map("staff", 4, "storey", 1, "insideComplex", false)));
        assertThat(e.get("nineSmall").get("profile").asText()).isEqualTo("WIDELY_USED");
        assertThat(e.get("nineSmall").get("verdict").asText()).isEqualTo("WITHIN");
        assertThat(e.get("nineSmall").get("verdictName").get("zh").asText()).isEqualTo("在限值内");

        // What a client reads it sends back: the measures round-trip as an amendment.
        var read =
                http.get("/api/v1/entities/PL-0001").as(jinqiaoCommandCenter()).send();
        assertThat(read.json()).isEqualTo(e);
        Map<String, Object> profile = http.mapper.convertValue(read.json().get("profile"), Map.class);
        var amended = http.post("/api/v1/entities/PL-0001/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map("reason", "核实面积", "profile", with(profile, "floorArea", 250)))
                .send();
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json().get("profile").get("measures"))
                .isEqualTo(e.get("profile").get("measures"));
        assertThat(amended.json().get("nineSmall").get("verdict").asText()).isEqualTo("WITHIN");
    }

    @Test
    void a_place_above_the_profile_is_refused_naming_the_measure_and_nothing_is_written() {
        var shop = register("PL-0002", place("SMALL_SHOP", 301, null));
        assertThat(shop.status()).as(shop.toString()).isEqualTo(400);
        assertThat(fields(shop.json())).containsExactly("profile.floorArea");
        assertThat(shop.json().get("errors").get(0).get("message").asText())
                .isEqualTo("floorArea 301 m² exceeds 300 m² for 小商店 under WIDELY_USED");

        var hotel = register("PL-0003", place("SMALL_HOTEL", 400, map("beds", 51)));
        assertThat(hotel.status()).as(hotel.toString()).isEqualTo(400);
        assertThat(fields(hotel.json())).containsExactly("profile.measures.beds");
        assertThat(hotel.json().get("detail").asText()).contains("beds 51 beds exceeds 50 beds for 小旅馆");

        var badStorey = register("PL-0004", place("SMALL_ENTERTAINMENT", 100, map("storey", 0)));
        assertThat(badStorey.status()).isEqualTo(400);
        assertThat(fields(badStorey.json())).containsExactly("profile.measures.storey");

        var unit = register("PU-0005", with(unit("金桥纺织有限公司", 5, 120.02, 31.02), "measures", map("staff", 3)));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(fields(unit.json())).contains("profile.measures");
        assertThat(stored()).isZero();

        assertThat(register("PL-0006", place("SMALL_SHOP", 200, null)).status()).isEqualTo(201);
        var amendAbove = http.post("/api/v1/entities/PL-0006/amend")
                .as(jinqiaoCommandCenter())
                .ifMatch(1)
                .json(map("reason", "扩建", "profile", place("SMALL_SHOP", 320, null)))
                .send();
        assertThat(amendAbove.status()).isEqualTo(400);
        assertThat(fields(amendAbove.json())).containsExactly("profile.floorArea");
        assertThat(http.get("/api/v1/entities/PL-0006")
                        .as(jinqiaoCommandCenter())
                        .send()
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void unknown_measures_are_accepted_shown_as_not_decidable_and_searched_by_verdict() {
        assertThat(register("PL-0010", place("SMALL_RESTAURANT", 90, null)).status())
                .isEqualTo(201);
        assertThat(register("PL-0011", place("SMALL_RESTAURANT", 90, map("seats", 60)))
                        .status())
                .isEqualTo(201);
        var undecided = http.get("/api/v1/entities/PL-0010")
                .as(jinqiaoCommandCenter())
                .send()
                .json();
        assertThat(undecided.get("nineSmall").get("verdict").asText()).isEqualTo("NOT_DECIDABLE");
        assertThat(undecided.get("nineSmall").get("missing").get(0).asText()).isEqualTo("seats");
        assertThat(undecided.get("nineSmall").get("message").asText()).contains("not decidable");

        var search = http.get("/api/v1/entities?nineSmallVerdict=NOT_DECIDABLE")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.json().get("items"))
                .extracting(i -> i.get("id").asText())
                .containsExactly("PL-0010");
        var within = http.get("/api/v1/entities?nineSmallVerdict=WITHIN&limit=5")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(within.json().get("items"))
                .extracting(i -> i.get("id").asText())
                .containsExactly("PL-0011");
        var bad = http.get("/api/v1/entities?nineSmallVerdict=SMALL")
                .as(jinqiaoCommandCenter())
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactly("nineSmallVerdict");

        var csv = http.get("/api/v1/entities")
                .as(jinqiaoCommandCenter())
                .header("Accept", "text/csv")
                .send();
        String text = csv.body();
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(",nineSmallVerdict");
        assertThat(text).contains(",NOT_DECIDABLE").contains(",WITHIN");
    }
}
