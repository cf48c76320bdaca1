package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.Casework;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.ListedSupervision;
import org.gridsafe.casework.RectificationPlan;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.casework.SubmitRectification;
import org.gridsafe.casework.Suspend;
import org.gridsafe.casework.SuspensionKind;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SampleDistrict;
import org.gridsafe.testkit.SamplePlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.threeten.extra.MutableClock;

/**
 * The command center's further queues (overdue by escalation rung, listed supervision, awaiting
 * verification, suspended / carried over) and the merge of a duplicate on the case page, in a real
 * browser, against what the API lists for the same actor.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkQueuesPageTest {

    static final String XSS = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";

    private static MutableClock clock;
    private static WebTestServer server;
    private static String overdueRegistered;
    private static String listed;
    private static String rectified;
    private static String suspended;

    @BeforeAll
    static void start() {
        clock = SampleDistrict.mondayMorningClock();
        server = new WebTestServer(true, clock);
        Casework casework = server.gridSafe.casework();
        // Overdue: a case registered but never dispatched, three days on; then the escalation scan.
        Case c = casework.report(SampleDistrict.jinqiaoGridManager(), hazard(HazardGrade.GENERAL, "超期未派遣"));
        overdueRegistered = casework.register(
                        SampleDistrict.jinqiaoCommandCenter(),
                        Register.of(c.id()).expectedVersion(c.version()).build())
                .id()
                .value();
        clock.add(Duration.ofDays(3));
        casework.escalateOverdue(clock.instant());

        // Listed supervision: a major hazard dispatched with its plans and the listing (挂牌督办).
        Case major = registered(casework, hazard(HazardGrade.MAJOR, XSS));
        listed = casework.dispatch(
                        SampleDistrict.jinqiaoCommandCenter(),
                        Dispatch.of(major.id())
                                .expectedVersion(major.version())
                                .plan(new RectificationPlan(
                                        "王厂长",
                                        "更换报警装置",
                                        "20 万元",
                                        clock.instant()
                                                .atZone(SampleDistrict.ZONE)
                                                .toLocalDate()
                                                .plusDays(40),
                                        "专人值守"))
                                .listedSupervision(new ListedSupervision("区安委办", "区安委办督〔2026〕3号"))
                                .treatmentPlan(SamplePlans.treatment())
                                .build())
                .id()
                .value();

        // Awaiting verification: dispatched to the fire brigade and rectified.
        Case general = dispatched(casework, hazard(HazardGrade.GENERAL, "疏散指示灯损坏"));
        rectified = casework.submitRectification(
                        SampleDistrict.fireOfficer(),
                        SubmitRectification.of(general.id())
                                .expectedVersion(general.version())
                                .evidence("已更换指示灯")
                                .build())
                .id()
                .value();

        // Carried over (挂账): dispatched, then suspended with a review date a week on.
        Case waiting = dispatched(casework, hazard(HazardGrade.GENERAL, "消防管网需结合改造工程更换"));
        LocalDate today = clock.instant().atZone(SampleDistrict.ZONE).toLocalDate();
        suspended = casework.suspend(
                        SampleDistrict.jinqiaoCommandCenter(),
                        Suspend.of(waiting.id())
                                .expectedVersion(waiting.version())
                                .kind(SuspensionKind.CARRIED_OVER)
                                .reason("资金未落实")
                                .approval("街道网格办 李主任")
                                .reviewDate(today.plusDays(7))
                                .build())
                .id()
                .value();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshTab(Browser browser) {
        browser.clearSession(server.url("/signin.html"));
    }

    private static Report hazard(HazardGrade grade, String description) {
        return Report.builder()
                .source(CaseSource.GRID_PATROL)
                .grid(SampleDistrict.JINQIAO_MICRO_1)
                .domain(SafetyDomain.FIRE)
                .hazard(SampleDistrict.PROTECTION_DEFECT)
                .grade(grade)
                .description(description)
                .enterpriseId(SampleDistrict.enterprise().enterpriseId().orElseThrow())
                .build();
    }

    private static Case registered(Casework casework, Report report) {
        Case c = casework.report(SampleDistrict.jinqiaoGridManager(), report);
        return casework.register(
                SampleDistrict.jinqiaoCommandCenter(),
                Register.of(c.id()).expectedVersion(c.version()).build());
    }

    private static Case dispatched(Casework casework, Report report) {
        Case c = registered(casework, report);
        return casework.dispatch(
                SampleDistrict.jinqiaoCommandCenter(),
                Dispatch.of(c.id())
                        .expectedVersion(c.version())
                        .department(SampleDistrict.FIRE_BRIGADE)
                        .build());
    }

    private static List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        server.getJson("/api/v1/cases?" + query, WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items")
                .forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static void openCommandCenter(Browser browser) {
        CommandCenterPageTest.signIn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.id("queue-panel")).getDomAttribute("data-loaded")));
    }

    private static List<String> listed(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#queue-list tbody tr")).stream()
                .map(r -> r.getDomAttribute("data-case-id"))
                .toList();
    }

    private static void choose(Browser browser, String queue) {
        browser.driver.findElement(By.id("tab-" + queue)).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.id("tab-" + queue)).getDomAttribute("aria-selected")));
    }

    @Test
    void eachQueueListsWhatTheApiListsWithItsCountAndTheOverdueOnesByRung(Browser browser) {
        openCommandCenter(browser);

        // Overdue: exactly the API's overdue cases, each with the rung the scan raised it to.
        List<String> overdue = ids("overdue=true&limit=100");
        assertThat(overdue).contains(overdueRegistered);
        assertThat(listed(browser)).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(browser.driver.findElement(By.id("tab-overdue")).getText())
                .isEqualTo("超期督办（" + overdue.size() + "）");
        JsonNode escalated = server.caseAsCommandCenter(overdueRegistered);
        String rung = escalated.get("escalationRung").asText();
        assertThat(rung).as("the scan escalated the overdue case").isNotEqualTo("NONE");
        WebElement rungCount =
                browser.driver.findElement(By.cssSelector("#rung-counts .rung-count[data-rung='" + rung + "']"));
        assertThat(Integer.parseInt(rungCount.getDomAttribute("data-count"))).isPositive();
        assertThat(browser.driver
                        .findElement(
                                By.cssSelector("#queue-list tr[data-case-id='" + overdueRegistered + "'] .case-detail"))
                        .getText())
                .startsWith("已督办至");
        long total = browser.driver.findElements(By.cssSelector("#rung-counts .rung-count")).stream()
                .mapToLong(e -> Long.parseLong(e.getDomAttribute("data-count")))
                .sum();
        assertThat(total).isEqualTo(overdue.size());
        browser.screenshot("queues-overdue");

        // Listed supervision: the major hazard with its listing; its description is characters.
        choose(browser, "supervision");
        assertThat(listed(browser)).containsExactly(listed);
        assertThat(browser.driver.findElement(By.id("tab-supervision")).getText())
                .isEqualTo("挂牌督办（1）");
        WebElement row = browser.driver.findElement(By.cssSelector("#queue-list tr[data-case-id='" + listed + "']"));
        assertThat(row.findElement(By.className("case-description")).getText()).isEqualTo(XSS);
        assertThat(row.findElement(By.className("case-detail")).getText()).isEqualTo("区安委办 区安委办督〔2026〕3号");
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("#queue-list img")))
                .isEmpty();
        browser.screenshot("queues-supervision");

        // Awaiting verification: the API's RECTIFIED cases.
        choose(browser, "verification");
        assertThat(listed(browser)).containsExactlyInAnyOrderElementsOf(ids("state=RECTIFIED"));
        assertThat(listed(browser)).containsExactly(rectified);
        assertThat(browser.driver
                        .findElement(By.cssSelector("#queue-list .case-state"))
                        .getText())
                .isEqualTo("已整改");

        // Suspended or carried over, with the kind, the review date and the reason.
        choose(browser, "suspended");
        assertThat(listed(browser)).containsExactly(suspended);
        LocalDate review =
                clock.instant().atZone(SampleDistrict.ZONE).toLocalDate().plusDays(7);
        assertThat(browser.driver
                        .findElement(By.cssSelector("#queue-list .case-detail"))
                        .getText())
                .isEqualTo("挂账，复核日期 " + review + "：资金未落实");
        browser.screenshot("queues-suspended");

        // The case number opens the case page.
        browser.driver.findElement(By.cssSelector("#queue-list a.open-case")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/case.html#" + suspended));
        browser.waitReady();
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("缓办");
    }

    @Test
    void theTabsWorkByKeyboardAndInEnglish(Browser browser) {
        openCommandCenter(browser);
        browser.driver.findElement(By.id("tab-overdue")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("tab-supervision");
        assertThat(browser.driver.findElement(By.id("tab-supervision")).getDomAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("queue-panel")).getDomAttribute("aria-labelledby"))
                .isEqualTo("tab-supervision");
        new Actions(browser.driver).sendKeys(Keys.END).perform();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("tab-suspended");
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("tab-overdue");
        // Only the chosen tab is in the tab order.
        assertThat(browser.driver.findElement(By.id("tab-suspended")).getDomAttribute("tabindex"))
                .isEqualTo("-1");

        browser.driver.findElement(By.id("lang-switch")).click();
        browser.waitText(By.id("tab-verification"), "Awaiting verification (1)");
        assertThat(browser.driver.findElement(By.id("queues-title")).getText()).isEqualTo("Work queues");
        browser.screenshot("queues-en");
    }

    @Test
    void theCommandCenterWithItsQueuesHasNoSeriousAccessibilityViolationInEitherLanguage(Browser browser) {
        for (String lang : List.of("zh", "en")) {
            browser.clearSession(server.url("/signin.html"));
            browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
            openCommandCenter(browser);
            choose(browser, "supervision");
            List<Map<String, Object>> violations = browser.axeViolations();
            assertThat(violations)
                    .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                    .as("axe-core serious/critical violations on the command center's queues (%s)", lang)
                    .isEmpty();
        }
    }

    @Test
    void aDuplicateIsMergedOnTheCasePageAndARefusalIsShownInWords(Browser browser) {
        Casework casework = server.gridSafe.casework();
        Case target = casework.report(SampleDistrict.jinqiaoGridManager(), hazard(HazardGrade.GENERAL, "仓库消防通道堵塞"));
        Case duplicate =
                casework.report(SampleDistrict.jinqiaoGridManager(), hazard(HazardGrade.GENERAL, "仓库通道堆物（重复）"));
        String id = duplicate.id().value();
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.open(server.url("/case.html#" + id));
        WebElement form = browser.waitVisible(By.id("merge-form"));
        assertThat(form.isDisplayed()).isTrue();
        // The open cases of the grid are offered, the case itself is not.
        List<String> offered = browser.driver.findElements(By.cssSelector("#merge-candidates option")).stream()
                .map(o -> o.getDomAttribute("value"))
                .toList();
        assertThat(offered).contains(target.id().value()).doesNotContain(id);

        // No reason: the API refuses, the page shows its problem, nothing is merged.
        browser.driver.findElement(By.id("merge-into")).sendKeys(target.id().value());
        browser.driver.findElement(By.id("merge")).click();
        browser.waitVisible(By.cssSelector("#case-message.error"));
        assertThat(browser.driver.findElement(By.id("case-message")).getText()).contains("服务器说明：");
        assertThat(server.caseAsCommandCenter(id).get("state").asText()).isEqualTo("REPORTED");
        browser.screenshot("case-merge-refused");

        // Someone registers it meanwhile: the stale version is explained and nothing is merged.
        assertThat(server.register(id, 1).statusCode()).isEqualTo(200);
        browser.driver.findElement(By.id("merge-reason")).sendKeys("同一隐患重复上报");
        browser.driver.findElement(By.id("merge")).click();
        browser.waitText(By.id("case-message"), "您看到的是第 1 版，现在是第 2 版");
        assertThat(server.caseAsCommandCenter(id).get("state").asText()).isEqualTo("REGISTERED");

        // After a refresh, at the version now shown: merged, and the page says into which case.
        browser.script("document.body.dataset.ready = ''; location.reload();");
        browser.waitReady();
        browser.waitVisible(By.id("merge-form"));
        browser.driver.findElement(By.id("merge-into")).sendKeys(target.id().value());
        browser.driver.findElement(By.id("merge-reason")).sendKeys("同一隐患重复上报");
        browser.driver.findElement(By.id("merge")).click();
        browser.waitText(
                By.cssSelector("#case-message.ok"),
                "案件 " + id + " 已合并到 " + target.id().value() + "（第 3 版）");
        JsonNode merged = server.caseAsCommandCenter(id);
        assertThat(merged.get("state").asText()).isEqualTo("MERGED");
        assertThat(merged.get("mergedInto").asText()).isEqualTo(target.id().value());
        assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo("已合并");
        assertThat(browser.driver.findElement(By.id("merge-form")).isDisplayed())
                .isFalse();
        browser.screenshot("case-merged");
    }
}
