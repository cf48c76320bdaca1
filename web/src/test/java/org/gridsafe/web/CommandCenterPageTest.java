package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.gridsafe.Casework;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.threeten.extra.MutableClock;

/** Sign-in and the command-center shell in a real browser: map, queue, register, conflicts. */
@ExtendWith(ScreenshotOnFailure.class)
class CommandCenterPageTest {

    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshTab(Browser browser) {
        browser.clearSession(server.url("/signin.html"));
    }

    static void signIn(Browser browser, String token) {
        signIn(browser, server, token);
    }

    static void signIn(Browser browser, WebTestServer server, String token) {
        browser.open(server.url("/signin.html"));
        browser.driver.findElement(By.id("signin-token")).sendKeys(token);
        browser.driver.findElement(By.id("signin-submit")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/command.html"));
        browser.waitReady();
    }

    private static WebElement queueRow(Browser browser, String caseId) {
        return browser.waitVisible(By.cssSelector("#queue tr[data-case-id='" + caseId + "']"));
    }

    @Test
    void aCommandCenterSignsInSeesTheMapAndTheQueueAndRegistersACase(Browser browser) {
        // A server of its own: the colours below count exactly this one open case.
        try (WebTestServer server = new WebTestServer()) {
            signInSeeAndRegister(browser, server);
        }
    }

    private static void signInSeeAndRegister(Browser browser, WebTestServer server) {
        String id = server.reportAsResident("楼道内电动车违规充电");
        browser.clearSession(server.url("/signin.html"));
        browser.open(server.url("/signin.html"));
        browser.screenshot("signin");
        signIn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN);

        // The token stays in this tab's sessionStorage: never in the URL, never in localStorage.
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(browser.script("return sessionStorage.getItem('gridsafe.token')"))
                .isEqualTo(WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);

        // The district's two streets, drawn from their GeoJSON boundaries with no tile layer.
        assertThat(browser.driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("#map img"))).isEmpty();
        // 金桥街道 holds the open case: it is coloured, 石湖街道 is not.
        assertThat(browser.driver.findElements(By.cssSelector("#map path.level-1")))
                .hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#map path.level-0")))
                .hasSize(1);
        List<WebElement> openCounts = browser.driver.findElements(By.cssSelector("#grid-table .grid-open"));
        assertThat(openCounts).extracting(WebElement::getText).containsExactly("1", "0");

        WebElement row = queueRow(browser, id);
        assertThat(row.findElement(By.className("case-description")).getText()).isEqualTo("楼道内电动车违规充电");
        assertThat(row.findElement(By.className("case-version")).getText()).isEqualTo("1");
        browser.screenshot("command-center");

        row.findElement(By.className("register")).click();

        browser.waitText(By.cssSelector("#queue-message.ok"), "案件 " + id + " 已立案（第 2 版）");
        assertThat(server.caseAsCommandCenter(id).get("state").asText()).isEqualTo("REGISTERED");
        assertThat(browser.driver.findElements(By.cssSelector("#queue tr[data-case-id='" + id + "']")))
                .isEmpty();
        browser.screenshot("command-registered");
    }

    @Test
    void theMapAndTheTableShowTheServersOpenFigureWithMajorAndOverdue(Browser browser) {
        MutableClock clock = SampleDistrict.mondayMorningClock();
        try (WebTestServer server = new WebTestServer(true, clock)) {
            Casework casework = server.gridSafe.casework();
            // 金桥: six general hazards reported, and one major one registered; 石湖: nothing.
            for (int i = 0; i < 6; i++) {
                casework.report(SampleDistrict.jinqiaoGridManager(), hazard(HazardGrade.GENERAL, "一般隐患 " + i));
            }
            Case major = casework.report(SampleDistrict.jinqiaoGridManager(), hazard(HazardGrade.MAJOR, "重大隐患"));
            casework.register(
                    SampleDistrict.jinqiaoCommandCenter(),
                    Register.of(major.id()).expectedVersion(major.version()).build());
            // Three days on, every deadline (register, dispatch) has passed.
            clock.add(Duration.ofDays(3));
            JsonNode figure =
                    server.getJson("/api/v1/stats/open/grids?parent=320599", WebTestServer.DISTRICT_CENTER_TOKEN);
            assertThat(figure.at("/items/0/open").asLong()).isEqualTo(7);
            assertThat(figure.at("/items/0/openMajor").asLong()).isEqualTo(1);
            assertThat(figure.at("/items/0/overdue").asLong()).isEqualTo(7);

            browser.clearSession(server.url("/signin.html"));
            signIn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN);

            // The table shows the server's figure per street, row for row.
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#grid-table tbody tr"));
            assertThat(rows).hasSize(2);
            for (int i = 0; i < 2; i++) {
                JsonNode item = figure.get("items").get(i);
                WebElement row = rows.get(i);
                assertThat(row.getText()).contains(item.at("/grid/code").asText());
                assertThat(row.findElement(By.className("grid-open")).getText())
                        .isEqualTo(item.get("open").asText());
                assertThat(row.findElement(By.className("grid-major")).getText())
                        .isEqualTo(item.get("openMajor").asText());
                assertThat(row.findElement(By.className("grid-overdue")).getText())
                        .isEqualTo(item.get("overdue").asText());
            }
            // 金桥 has a major hazard open and overdue work: the worst band; 石湖 has nothing.
            assertThat(browser.driver.findElements(By.cssSelector("#map path.level-3.worst-major.has-overdue")))
                    .hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("#map path.level-0")))
                    .hasSize(1);
            browser.screenshot("command-open-figure");

            // Drilling into 金桥 asks the server again, for its communities.
            browser.driver
                    .findElements(By.cssSelector("#grid-table .grid-drill"))
                    .get(0)
                    .click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.cssSelector("#grid-table tbody"))
                            .getText()
                            .contains("银桥社区"));
            assertThat(browser.driver.findElements(By.cssSelector("#grid-table .grid-open")))
                    .extracting(WebElement::getText)
                    .containsExactly("7", "0");
        }
    }

    private static Report hazard(HazardGrade grade, String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(SampleDistrict.JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(SampleDistrict.PROTECTION_DEFECT)
                .grade(grade)
                .description(description)
                .build();
    }

    @Test
    void aLoadSetsTheMapAndQueueTimingMarksOnceEach(Browser browser) {
        String id = server.reportAsResident("配电房门口堆放纸箱");
        signIn(browser, WebTestServer.DISTRICT_CENTER_TOKEN);
        queueRow(browser, id);

        // Each mark once, after the page's own start and no later than now.
        String read = "const e = performance.getEntriesByName(arguments[0], 'mark');"
                + " return [e.length, e.length ? e[0].startTime : -1, performance.now()];";
        for (String mark : List.of("gridsafe:map-drawn", "gridsafe:queue-usable")) {
            List<?> entry = (List<?>) browser.script(read, mark);
            assertThat(((Number) entry.get(0)).intValue()).as(mark).isEqualTo(1);
            assertThat(((Number) entry.get(1)).doubleValue())
                    .as(mark)
                    .isPositive()
                    .isLessThanOrEqualTo(((Number) entry.get(2)).doubleValue());
        }
        assertThat(browser.driver.findElement(By.id("map")).getDomAttribute("data-polygons"))
                .isNotEqualTo("0");

        // A redraw (the language switch redraws map and queue) sets neither mark again.
        browser.driver.findElement(By.id("lang-switch")).click();
        for (String mark : List.of("gridsafe:map-drawn", "gridsafe:queue-usable")) {
            assertThat(((Number) ((List<?>) browser.script(read, mark)).get(0)).intValue())
                    .as(mark)
                    .isEqualTo(1);
        }
    }

    @Test
    void aStaleVersionIsExplainedInWordsAndNothingHappens(Browser browser) {
        String id = server.reportAsResident("厂房外墙脚手架松动");
        signIn(browser, WebTestServer.DISTRICT_CENTER_TOKEN);
        WebElement row = queueRow(browser, id);

        // Someone else registers it after this page loaded version 1.
        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        row.findElement(By.className("register")).click();

        browser.waitVisible(By.cssSelector("#queue-message.error"));
        String message = browser.driver.findElement(By.id("queue-message")).getText();
        assertThat(message)
                .contains("案件 " + id + " 在您打开列表后已被他人修改", "您看到的是第 1 版，现在是第 2 版", "本次操作未执行")
                .contains("Precondition failed");
        assertThat(server.caseAsCommandCenter(id).get("version").asLong()).isEqualTo(2);
        browser.screenshot("command-conflict");
    }

    @Test
    void aRefusalWithFieldErrorsShowsTheTitleDetailAndEachField(Browser browser) {
        signIn(browser, WebTestServer.DISTRICT_CENTER_TOKEN);

        // The pages' own module, against a real refusal of the API (400 invalid-input).
        Object shown = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/api.js').then(api => api.call('/api/v1/cases?state=LOST').then("
                + " () => done('accepted'),"
                + " e => { const box = document.getElementById('queue-message'); api.showProblem(box, e);"
                + "        done(box.innerText); }));");

        assertThat((String) shown)
                .contains("服务器说明：", "Invalid input", "需要修改的内容：")
                .contains("state: 'LOST' is not one of");
        assertThat(browser.driver.findElements(By.cssSelector("#queue-message .problem-errors li")))
                .hasSize(1);
    }

    @Test
    void clickingAStreetDrillsDownToItsCommunitiesAndBackUp(Browser browser) {
        signIn(browser, WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.driver
                .findElements(By.cssSelector("#grid-table .grid-drill"))
                .get(0)
                .click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("#grid-table tbody"))
                        .getText()
                        .contains("银桥社区"));
        assertThat(browser.driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSize(2);
        browser.driver.findElement(By.id("grid-up")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("#grid-table tbody"))
                        .getText()
                        .contains("石湖街道"));
    }

    @Test
    void theCommandCenterIsUsableByKeyboardFromSignInToRegistering(Browser browser) {
        String id = server.reportAsResident("仓库灭火器过期");
        browser.open(server.url("/signin.html"));
        // Focus order: the link home, the language switch, the token, the sign-in button.
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("");
        assertThat(browser.script("return document.activeElement.getAttribute('href')"))
                .isEqualTo("/");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("lang-switch");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("signin-token");
        keys.sendKeys(WebTestServer.DISTRICT_CENTER_TOKEN + Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/command.html"));
        browser.waitReady();

        // The register button of the case is reachable with Tab and works with Enter.
        WebElement register = queueRow(browser, id).findElement(By.className("register"));
        assertThat(register.getDomAttribute("aria-label")).isEqualTo("受理立案 " + id);
        for (int i = 0; i < 60 && !register.equals(browser.driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(register);
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitText(By.cssSelector("#queue-message.ok"), id);
        assertThat(server.caseAsCommandCenter(id).get("state").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void aWrongTokenIsRefusedAndTheShellSendsTheSignedOutToSignIn(Browser browser) {
        browser.open(server.url("/signin.html"));
        browser.driver.findElement(By.id("signin-token")).sendKeys("not-a-token");
        browser.driver.findElement(By.id("signin-submit")).click();
        browser.waitText(By.id("signin-message"), "登录失败");
        assertThat(browser.script("return sessionStorage.getItem('gridsafe.token')"))
                .isNull();

        browser.driver.get(server.url("/command.html"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/signin.html"));
    }

    @Test
    void theEnglishSwitchTranslatesTheShell(Browser browser) {
        signIn(browser, WebTestServer.DISTRICT_CENTER_TOKEN);
        assertThat(browser.driver.findElement(By.id("queue-title")).getText()).isEqualTo("待受理立案");

        browser.driver.findElement(By.id("lang-switch")).click();

        assertThat(browser.driver.findElement(By.id("queue-title")).getText()).isEqualTo("Awaiting registration");
        assertThat(browser.driver.findElement(By.id("map-title")).getText()).isEqualTo("Hazards in the district");
        assertThat(browser.driver.findElements(By.cssSelector("#queue button.register")))
                .allSatisfy(b -> assertThat(b.getText()).isEqualTo("Register"));
        browser.screenshot("command-center-english");
    }

    private static String activeId(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement.id"));
    }
}
