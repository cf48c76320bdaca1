package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The public resident page in a real browser: report through the citizen path, follow by number. */
@ExtendWith(ScreenshotOnFailure.class)
class ResidentPageTest {

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
        browser.clearSession(server.url("/"));
    }

    private static void fillReport(Browser browser, String description) {
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("fire");
        browser.driver.findElement(By.id("report-description")).sendKeys(description);
        browser.driver.findElement(By.id("report-lat")).sendKeys("31.02");
        browser.driver.findElement(By.id("report-lon")).sendKeys("120.02");
    }

    @Test
    void aResidentReportsAHazardAndTheApiHasTheCaseWithTheContactForTheCommandCenterOnly(Browser browser) {
        browser.open(server.url("/"));
        fillReport(browser, "小区3号楼消防通道堆放杂物");
        browser.driver.findElement(By.id("report-phone")).sendKeys("13900001111");
        browser.driver.findElement(By.id("report-submit")).click();

        String id = browser.waitVisible(By.cssSelector("#report-message.ok")).getDomAttribute("data-case-id");
        assertThat(id).startsWith("YH20260330-");
        assertThat(browser.driver.findElement(By.id("report-message")).getText())
                .contains(id, "编号");
        browser.screenshot("resident-reported");

        JsonNode c = server.caseAsCommandCenter(id);
        assertThat(c.get("source").asText()).isEqualTo("PUBLIC_REPORT");
        assertThat(c.get("state").asText()).isEqualTo("REPORTED");
        assertThat(c.get("domain").asText()).isEqualTo("FIRE");
        assertThat(c.get("description").asText()).isEqualTo("小区3号楼消防通道堆放杂物");
        assertThat(c.get("grid").asText()).isEqualTo("320599001001001");
        assertThat(c.get("reporterContact").asText()).contains("13900001111");

        // Following it: the public status, without the reporter's contact.
        assertThat(browser.driver.findElement(By.id("follow-number")).getDomProperty("value"))
                .isEqualTo(id);
        browser.driver.findElement(By.id("follow-submit")).click();
        browser.waitText(By.cssSelector("#follow-result .follow-stage"), "已上报");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#follow-result .follow-status"))
                        .getText())
                .isEqualTo("处理中");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#follow-result .follow-description"))
                        .getText())
                .isEqualTo("小区3号楼消防通道堆放杂物");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("13900001111");
    }

    @Test
    void aResidentFollowsTheStatusAsTheCommandCenterMovesTheCase(Browser browser) {
        String id = server.reportAsResident("路边燃气管道裸露");
        browser.open(server.url("/"));
        browser.driver.findElement(By.id("follow-number")).sendKeys(id);
        browser.driver.findElement(By.id("follow-submit")).click();
        browser.waitText(By.cssSelector("#follow-result .follow-stage"), "已上报");

        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        browser.driver.findElement(By.id("follow-submit")).click();

        browser.waitText(By.cssSelector("#follow-result .follow-stage"), "已立案");
        // Times in the district's zone (+08:00), whatever the browser's own zone is.
        assertThat(browser.driver.findElement(By.id("follow-result")).getText()).contains("2026/03/30 09:00 GMT+8");
        assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
                .as("the browser runs in another zone than the district")
                .isEqualTo(Browser.BROWSER_ZONE);
        browser.screenshot("resident-status");
    }

    @Test
    void anUnknownNumberSaysSoInWords(Browser browser) {
        browser.open(server.url("/"));
        browser.driver.findElement(By.id("follow-number")).sendKeys("YH20260330-999999");
        browser.driver.findElement(By.id("follow-submit")).click();

        browser.waitText(By.id("follow-message"), "没有找到编号为 YH20260330-999999 的公开举报");
        assertThat(browser.driver.findElements(By.cssSelector("#follow-result dd")))
                .isEmpty();
    }

    @Test
    void aReportTheApiRefusesShowsTheApisReason(Browser browser) {
        browser.open(server.url("/"));
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("fire");
        browser.driver.findElement(By.id("report-description")).sendKeys("没有位置的举报");
        browser.driver.findElement(By.id("report-submit")).click();

        browser.waitVisible(By.cssSelector("#report-message.error"));
        assertThat(browser.driver.findElement(By.id("report-message")).getText())
                .contains("a location is required");
        browser.screenshot("resident-refused");
    }

    @Test
    void theEnglishSwitchTranslatesThePageAndStaysForTheTab(Browser browser) {
        browser.open(server.url("/"));
        assertThat(browser.driver.findElement(By.id("report-title")).getText()).isEqualTo("举报安全隐患");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");

        browser.driver.findElement(By.id("lang-switch")).click();

        assertThat(browser.driver.findElement(By.id("report-title")).getText()).isEqualTo("Report a safety hazard");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(new Select(browser.driver.findElement(By.id("report-domain")))
                        .getFirstSelectedOption()
                        .getText())
                .endsWith("hazard");
        browser.screenshot("resident-english");

        browser.open(server.url("/"));
        assertThat(browser.driver.findElement(By.id("follow-title")).getText()).isEqualTo("Follow a report");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.id("follow-title")).getText()).isEqualTo("查询处理进度");
    }
}
