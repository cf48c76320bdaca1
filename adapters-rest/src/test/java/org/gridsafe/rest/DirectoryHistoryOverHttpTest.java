package org.gridsafe.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsafe.testkit.SampleDistrict.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridsafe.grid.Grid;
import org.gridsafe.grid.GridTree;
import org.gridsafe.grid.ResponsiblePerson;
import org.gridsafe.grid.ResponsibleRole;
import org.gridsafe.port.DirectoryChange;
import org.gridsafe.port.GridDirectory;
import org.gridsafe.port.WritableGridDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The directory's history over a real socket: the fixture's directory is recorded effective from
 * 2026-01-01; two changes of 金桥一号微网格's 第一责任人 follow, effective five and two days ago.
 * Each day answers the holder of the version then in force; the change list names who, why and
 * what; bad dates, unknown grids and actors outside the rules get problems.
 */
@OnEveryStore
class DirectoryHistoryOverHttpTest {

    static HttpFixture http;
    static LocalDate today;
    static String originalFirst;

    @Parameter
    FixtureStorage.Store store;

    @BeforeParameterizedClassInvocation
    static void start(FixtureStorage.Store store) {
        http = new HttpFixture(store);
        // the directory's own clock is the system's: effective days are checked against the real today
        today = LocalDate.now(ZONE);
        WritableGridDirectory directory = (WritableGridDirectory) http.gridSafe.directory();
        originalFirst = directory
                .grids()
                .get(JINQIAO_MICRO_1)
                .responsibilityChain()
                .holder(ResponsibleRole.FIRST)
                .orElseThrow()
                .personId();
        changeFirst(directory, "first-v2", "王二", "十一月人员调整", today.minusDays(5));
        changeFirst(directory, "first-v3", "张三", "王二调离", today.minusDays(2));
    }

    private static void changeFirst(
            WritableGridDirectory directory, String id, String name, String reason, LocalDate effective) {
        GridDirectory d = directory;
        List<Grid> grids = new ArrayList<>(d.grids().grids());
        Grid micro = d.grids().get(JINQIAO_MICRO_1);
        grids.remove(micro);
        grids.add(micro.toBuilder()
                .responsible(ResponsibleRole.FIRST, new ResponsiblePerson(id, name))
                .build());
        directory.replace(
                GridTree.of(grids),
                d.dutyMatrix(),
                d.timeLimits(),
                d.workCalendar(),
                new DirectoryChange(districtCommandCenter(), reason, effective));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        http.close();
    }

    private static HttpFixture.Res responsibility(String code, String on, org.gridsafe.access.Actor actor) {
        return http.get("/api/v1/grids/" + code + "/responsibility" + (on == null ? "" : "?on=" + on))
                .as(actor)
                .send();
    }

    private static String firstHolder(HttpFixture.Res res) {
        for (var rung : res.json().get("responsibilityChain")) {
            if (rung.get("role").asText().equals("FIRST")) {
                return rung.get("personId").asText();
            }
        }
        throw new AssertionError("no FIRST rung in " + res);
    }

    @Test
    void eachDayAnswersTheFirstResponsiblePersonOfTheVersionThenInForce() {
        HttpFixture.Res before =
                responsibility(JINQIAO_MICRO_1.value(), today.minusDays(6).toString(), jinqiaoCommandCenter());
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(firstHolder(before)).isEqualTo(originalFirst);
        assertThat(before.json().get("version").asLong()).isEqualTo(1);
        assertThat(before.json().get("effectiveFrom").asText()).isEqualTo("2026-01-01");

        HttpFixture.Res v2 =
                responsibility(JINQIAO_MICRO_1.value(), today.minusDays(5).toString(), jinqiaoCommandCenter());
        assertThat(firstHolder(v2)).isEqualTo("first-v2");
        assertThat(v2.json().get("version").asLong()).isEqualTo(2);
        assertThat(v2.json().get("on").asText()).isEqualTo(today.minusDays(5).toString());
        assertThat(firstHolder(responsibility(
                        JINQIAO_MICRO_1.value(), today.minusDays(3).toString(), districtCommandCenter())))
                .isEqualTo("first-v2");
        HttpFixture.Res now =
                responsibility(JINQIAO_MICRO_1.value(), today.toString(), org.gridsafe.access.Actor.SYSTEM);
        assertThat(firstHolder(now)).isEqualTo("first-v3");
        assertThat(now.json().get("staff").size()).isGreaterThan(0);
    }

    @Test
    void aDayBeforeTheFirstVersionAnUnknownGridAndABadDateAreProblems() {
        HttpFixture.Res early = responsibility(JINQIAO_MICRO_1.value(), "2025-12-31", jinqiaoCommandCenter());
        assertThat(early.status()).as(early.toString()).isEqualTo(404);
        assertThat(early.json().get("detail").asText()).contains("2025-12-31");

        HttpFixture.Res unknown = responsibility("320599009", today.toString(), districtCommandCenter());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("320599009");

        HttpFixture.Res bad = responsibility(JINQIAO_MICRO_1.value(), "2026-13-01", jinqiaoCommandCenter());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("on");
    }

    @Test
    void theHistoryOfAGridIsForCommandCentersOfItsSubtreeAndTheSystem() {
        HttpFixture.Res other = responsibility(JINQIAO_MICRO_1.value(), today.toString(), shihuCommandCenter());
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.json().get("rule").asText()).isEqualTo("directory-history-within-home-grid-or-system");
        assertThat(responsibility(JINQIAO_MICRO_1.value(), today.toString(), jinqiaoGridManager())
                        .status())
                .isEqualTo(403);
        assertThat(responsibility(JINQIAO_MICRO_1.value(), today.toString(), citizen())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theChangeListNamesWhoWhyWhenAndWhatNewestFirst() {
        HttpFixture.Res page = http.get("/api/v1/directory/changes")
                .as(districtCommandCenter())
                .send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        var newest = page.json().get("items").get(0);
        assertThat(newest.get("version").asLong()).isEqualTo(3);
        assertThat(newest.get("reason").asText()).isEqualTo("王二调离");
        assertThat(newest.get("actor").get("id").asText())
                .isEqualTo(districtCommandCenter().id());
        assertThat(newest.get("effectiveFrom").asText())
                .isEqualTo(today.minusDays(2).toString());
        assertThat(newest.get("changes").get(0).get("kind").asText()).isEqualTo("RUNG_HOLDER_CHANGED");
        assertThat(newest.get("changes").get(0).get("subject").asText()).isEqualTo(JINQIAO_MICRO_1.value() + "/FIRST");
        assertThat(newest.get("changes").get(0).get("detail").asText()).isEqualTo("王二 (first-v2) → 张三 (first-v3)");
        assertThat(newest.get("previousHash").asText())
                .isEqualTo(page.json().get("items").get(1).get("hash").asText());
        var first = page.json().get("items").get(2);
        assertThat(first.get("actor").get("id").asText()).isEqualTo("system");
        assertThat(first.get("reason").asText()).isEqualTo("测试区首次加载");
        assertThat(first.get("changes").get(0).get("kind").asText()).isEqualTo("DIRECTORY_LOADED");

        HttpFixture.Res second = http.get("/api/v1/directory/changes?offset=1&limit=1")
                .as(org.gridsafe.access.Actor.SYSTEM)
                .send();
        assertThat(second.json().get("items").size()).isEqualTo(1);
        assertThat(second.json().get("items").get(0).get("version").asLong()).isEqualTo(2);

        HttpFixture.Res badLimit = http.get("/api/v1/directory/changes?limit=0")
                .as(districtCommandCenter())
                .send();
        assertThat(badLimit.status()).as(badLimit.toString()).isEqualTo(400);
        assertThat(badLimit.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void theChangeListIsForADistrictCommandCenterAndTheSystem() {
        HttpFixture.Res street =
                http.get("/api/v1/directory/changes").as(jinqiaoCommandCenter()).send();
        assertThat(street.status()).as(street.toString()).isEqualTo(403);
        assertThat(street.json().get("rule").asText()).isEqualTo("directory-changes-district-or-system");
        assertThat(http.get("/api/v1/directory/changes")
                        .as(fireOfficer())
                        .send()
                        .status())
                .isEqualTo(403);
    }
}
