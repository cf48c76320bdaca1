package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsafe.Casework;
import org.gridsafe.access.Actor;
import org.gridsafe.casework.Case;
import org.gridsafe.casework.CaseId;
import org.gridsafe.casework.CaseSource;
import org.gridsafe.casework.Dispatch;
import org.gridsafe.casework.Register;
import org.gridsafe.casework.Report;
import org.gridsafe.duty.DepartmentId;
import org.gridsafe.hazard.HazardGrade;
import org.gridsafe.hazard.SafetyDomain;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.threeten.extra.MutableClock;

/**
 * The department workbench in a real browser, and the whole six-step loop through the pages by the
 * roles that own each step: a resident reports (resident page), the command center registers
 * (command page) and dispatches (case page), the fire brigade rectifies with a photo (workbench),
 * the grid manager verifies and the command center closes (case page).
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchPageTest {

    static final String XSS = CasePageTest.XSS;

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

    private static WebDriverWait waiting(Browser browser) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    /** A general fire hazard in 金桥, reported by its grid manager, registered and dispatched; the case. */
    static Case dispatched(WebTestServer server, String description, DepartmentId department) {
        Casework casework = server.gridSafe.casework();
        Actor center = SampleDistrict.districtCommandCenter();
        Case c = casework.report(
                SampleDistrict.jinqiaoGridManager(),
                Report.builder()
                        .source(CaseSource.GRID_PATROL)
                        .grid(SampleDistrict.JINQIAO_MICRO_1)
                        .domain(SafetyDomain.FIRE)
                        .hazard(SampleDistrict.PROTECTION_DEFECT)
                        .grade(HazardGrade.GENERAL)
                        .description(description)
                        .build());
        c = casework.register(
                center, Register.of(c.id()).expectedVersion(c.version()).build());
        Dispatch.Builder dispatch =
                Dispatch.of(c.id()).expectedVersion(c.version()).department(department);
        if (!department.equals(SampleDistrict.FIRE_BRIGADE)) {
            dispatch.overrideReason("涉及危险化学品仓储，由应急管理局处置");
        }
        return casework.dispatch(center, dispatch.build());
    }

    private static Case current(WebTestServer server, String id) {
        return server.gridSafe.casework().get(SampleDistrict.districtCommandCenter(), CaseId.of(id));
    }

    /** Signs in on the sign-in page the way a staff page sends the signed-out there, and waits for page. */
    private static void signInOn(Browser browser, WebTestServer server, String token, String page) {
        waiting(browser).until(ExpectedConditions.urlContains("/signin.html#next="));
        browser.waitReady();
        browser.driver.findElement(By.id("signin-token")).sendKeys(token);
        browser.driver.findElement(By.id("signin-submit")).click();
        waiting(browser).until(ExpectedConditions.urlContains(page));
        browser.waitReady();
    }

    private static void openWorkbenchAsFireOfficer(Browser browser, WebTestServer server) {
        browser.script("sessionStorage.setItem('gridsafe.token', arguments[0])", WebTestServer.FIRE_OFFICER_TOKEN);
        browser.open(server.url("/workbench.html"));
    }

    private static WebElement row(Browser browser, String id) {
        return browser.waitVisible(By.cssSelector("#cases tr[data-case-id='" + id + "']"));
    }

    private static void handle(Browser browser, String id) {
        row(browser, id).findElement(By.className("open-detail")).click();
        browser.waitText(By.id("detail-id"), id);
    }

    private static Path photoFile() {
        try {
            Path file = Files.createTempFile("rectified-", ".png");
            Files.write(file, CasePageTest.png());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void theWholeLoopRunsThroughThePagesByTheRolesThatOwnEachStep(Browser browser) {
        // 1. A resident reports on the public page.
        browser.open(server.url("/"));
        new Select(browser.driver.findElement(By.id("report-domain"))).selectByValue("fire");
        browser.driver.findElement(By.id("report-description")).sendKeys("商场安全出口被货架堵塞");
        browser.driver.findElement(By.id("report-lat")).sendKeys("31.02");
        browser.driver.findElement(By.id("report-lon")).sendKeys("120.02");
        browser.driver.findElement(By.id("report-submit")).click();
        String id = browser.waitVisible(By.cssSelector("#report-message.ok")).getDomAttribute("data-case-id");

        // 2. The command center registers it from its queue...
        CommandCenterPageTest.signIn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.waitVisible(By.cssSelector("#queue tr[data-case-id='" + id + "'] .register"))
                .click();
        browser.waitText(By.cssSelector("#queue-message.ok"), id);
        // 3. ... and dispatches it to the fire brigade on the case page.
        browser.open(server.url("/case.html#" + id));
        assertThat(text(browser, "case-state")).isEqualTo("已立案");
        new Select(browser.driver.findElement(By.id("dispatch-department"))).selectByValue("fire-brigade");
        browser.driver.findElement(By.id("dispatch")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "已派遣");
        browser.driver.findElement(By.id("signout")).click();

        // 4. The fire brigade's officer follows the sign-in page's link to the workbench, signs in
        //    there, and submits the rectification with a photo.
        waiting(browser).until(ExpectedConditions.urlContains("/signin.html"));
        browser.waitReady();
        browser.driver.findElement(By.id("to-workbench")).click();
        signInOn(browser, server, WebTestServer.FIRE_OFFICER_TOKEN, "/workbench.html");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(WebTestServer.FIRE_OFFICER_TOKEN);
        handle(browser, id);
        assertThat(text(browser, "detail-state")).isEqualTo("已派遣");
        browser.driver.findElement(By.id("rectify-evidence")).sendKeys("已清理货架，安全出口畅通");
        browser.driver
                .findElement(By.id("rectify-photos"))
                .sendKeys(photoFile().toAbsolutePath().toString());
        browser.screenshot("workbench-rectifying");
        browser.driver.findElement(By.id("rectify")).click();
        browser.waitText(By.cssSelector("#detail-message.ok"), "已提交整改");
        assertThat(text(browser, "detail-state")).isEqualTo("已整改");
        JsonNode media = server.getJson("/api/v1/cases/" + id + "/media", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("items");
        assertThat(media).hasSize(1);
        assertThat(media.get(0).get("type").asText()).isEqualTo("image/png");
        assertThat(media.get(0).get("eventType").asText()).contains("rectification");
        browser.screenshot("workbench-rectified");
        browser.driver.findElement(By.id("signout")).click();

        // 5. The grid manager opens the case page (sent to sign in and back) and verifies it.
        waiting(browser).until(ExpectedConditions.urlContains("/signin.html"));
        browser.driver.get(server.url("/case.html#" + id));
        signInOn(browser, server, WebTestServer.GRID_MANAGER_TOKEN, "/case.html#" + id);
        assertThat(text(browser, "case-state")).isEqualTo("已整改");
        browser.waitVisible(By.cssSelector("#photos img.evidence"));
        new Select(browser.driver.findElement(By.id("verify-passed"))).selectByValue("true");
        browser.driver.findElement(By.id("verify-remarks")).sendKeys("现场复查，安全出口畅通");
        browser.driver.findElement(By.id("verify")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "核查通过");
        browser.driver.findElement(By.id("signout")).click();

        // 6. The command center closes it on the case page.
        waiting(browser).until(ExpectedConditions.urlContains("/signin.html"));
        browser.driver.get(server.url("/case.html#" + id));
        signInOn(browser, server, WebTestServer.DISTRICT_CENTER_TOKEN, "/case.html#" + id);
        assertThat(text(browser, "case-state")).isEqualTo("已核查");
        new Select(browser.driver.findElement(By.id("close-satisfaction"))).selectByValue("5");
        browser.driver.findElement(By.id("close")).click();
        browser.waitText(By.cssSelector("#case-message.ok"), "已结案");
        browser.screenshot("loop-closed");

        // Through the API: closed, and its history names the actor of each step.
        JsonNode c = server.caseAsCommandCenter(id);
        assertThat(c.get("state").asText()).isEqualTo("CLOSED");
        List<String> steps = new ArrayList<>();
        for (JsonNode e : server.getJson("/api/v1/cases/" + id + "/history", WebTestServer.DISTRICT_CENTER_TOKEN)
                .get("events")) {
            steps.add(e.get("type").asText() + " by " + e.get("actorId").asText());
        }
        assertThat(steps)
                .containsExactly(
                        "case.reported by resident-site",
                        "case.registered by "
                                + SampleDistrict.districtCommandCenter().id(),
                        "case.dispatched by "
                                + SampleDistrict.districtCommandCenter().id(),
                        "case.rectification-submitted by "
                                + SampleDistrict.fireOfficer().id(),
                        "case.verification-passed by "
                                + SampleDistrict.jinqiaoGridManager().id(),
                        "case.closed by "
                                + SampleDistrict.districtCommandCenter().id());
    }

    @Test
    void theWorkbenchListsOnlyMyDepartmentsCasesSoonestDeadlineFirstOverdueMarkedInTheDistrictsZone(Browser browser) {
        MutableClock clock = SampleDistrict.mondayMorningClock();
        try (WebTestServer server = new WebTestServer(true, clock)) {
            browser.clearSession(server.url("/signin.html"));
            Case first = dispatched(server, "配电室灭火器过期", SampleDistrict.FIRE_BRIGADE);
            clock.add(Duration.ofDays(1));
            Case second = dispatched(server, "仓库疏散指示灯损坏", SampleDistrict.FIRE_BRIGADE);
            Case script = dispatched(server, XSS, SampleDistrict.FIRE_BRIGADE);
            Case others = dispatched(server, "危化品仓库通风故障", SampleDistrict.EMERGENCY);
            Instant firstDeadline = first.deadline().orElseThrow();
            assertThat(second.deadline().orElseThrow()).isAfter(firstDeadline.plus(Duration.ofMinutes(1)));
            // Now just past the first case's deadline: it alone is overdue.
            clock.setInstant(firstDeadline.plus(Duration.ofMinutes(1)));

            openWorkbenchAsFireOfficer(browser, server);
            row(browser, script.id().value());
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#cases tbody tr"));
            assertThat(rows)
                    .extracting(r -> r.getDomAttribute("data-case-id"))
                    .containsExactly(
                            first.id().value(), second.id().value(), script.id().value())
                    .doesNotContain(others.id().value());
            DateTimeFormatter shown =
                    DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(SampleDistrict.ZONE);
            WebElement overdue = rows.get(0);
            assertThat(overdue.getDomAttribute("class")).contains("overdue");
            assertThat(overdue.findElement(By.className("case-deadline")).getText())
                    .isEqualTo(shown.format(firstDeadline) + " GMT+8 已超期");
            assertThat(rows.get(1).getDomAttribute("class")).isNull();
            assertThat(rows.get(1).findElement(By.className("case-deadline")).getText())
                    .isEqualTo(shown.format(second.deadline().orElseThrow()) + " GMT+8");
            // A description is characters: nothing ran, no element came of it.
            assertThat(rows.get(2).findElement(By.className("case-description")).getText())
                    .isEqualTo(XSS);
            assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
            assertThat(browser.driver.findElements(By.cssSelector("#cases img, script:not([src])")))
                    .isEmpty();
            handle(browser, script.id().value());
            assertThat(text(browser, "detail-description")).isEqualTo(XSS);
            assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
            browser.screenshot("workbench");

            // English: the same order, the mark in English.
            browser.driver.findElement(By.id("lang-switch")).click();
            browser.waitText(By.id("cases-title"), "by deadline");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#cases tbody tr.overdue .overdue-mark"))
                            .getText())
                    .isEqualTo("overdue");
            browser.screenshot("workbench-en");
        }
    }

    @Test
    void anExtensionIsRequestedAndACaseNotOurDutyReturnedRefusalsShownInWords(Browser browser) {
        Case c = dispatched(server, "地下车库消防栓无水", SampleDistrict.FIRE_BRIGADE);
        String id = c.id().value();
        openWorkbenchAsFireOfficer(browser, server);
        handle(browser, id);
        DateTimeFormatter field =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SampleDistrict.ZONE);
        // The field suggests a week after the current deadline, in the district's zone.
        Instant deadline = c.deadline().orElseThrow();
        assertThat(browser.driver.findElement(By.id("extend-until")).getDomProperty("value"))
                .isEqualTo(field.format(deadline.plus(Duration.ofDays(7))));

        // Not a time: the page says so and sends nothing.
        WebElement until = browser.driver.findElement(By.id("extend-until"));
        until.clear();
        until.sendKeys("下周五");
        browser.driver.findElement(By.id("extend-reason")).sendKeys("需更换消防水泵");
        browser.driver.findElement(By.id("extend")).click();
        browser.waitText(By.cssSelector("#detail-message.error"), "YYYY-MM-DD HH:mm");
        assertThat(current(server, id).version()).isEqualTo(c.version());

        // Earlier than the current deadline: the API refuses, and the page shows its problem detail.
        until.clear();
        until.sendKeys(field.format(deadline.minus(Duration.ofHours(1))));
        browser.driver.findElement(By.id("extend")).click();
        browser.waitText(By.cssSelector("#detail-message.error"), "服务器说明：");
        assertThat(text(browser, "detail-message")).contains("requestedDeadline", "after the current deadline");
        assertThat(current(server, id).pendingExtension()).isEmpty();

        // A week later: requested, as the district's wall-clock time.
        Instant wanted = deadline.plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        until.clear();
        until.sendKeys(field.format(wanted));
        browser.driver.findElement(By.id("extend")).click();
        browser.waitText(By.cssSelector("#detail-message.ok"), "已申请延期");
        assertThat(current(server, id).pendingExtension().orElseThrow().requestedDeadline())
                .isEqualTo(wanted);
        assertThat(current(server, id).pendingExtension().orElseThrow().reason())
                .isEqualTo("需更换消防水泵");
        assertThat(browser.driver.findElement(By.id("extend-form")).isDisplayed())
                .isFalse();
        assertThat(text(browser, "detail-extension")).contains("需更换消防水泵");

        // A return without a reason: refused by the API, in words; with one: back to the command center.
        browser.driver.findElement(By.id("return")).click();
        browser.waitText(By.cssSelector("#detail-message.error"), "reason");
        assertThat(current(server, id).state().name()).isEqualTo("DISPATCHED");
        browser.driver.findElement(By.id("return-reason")).sendKeys("消防栓属物业维保，非本部门职责");
        browser.driver.findElement(By.id("return")).click();
        browser.waitText(By.cssSelector("#detail-message.ok"), "已回退指挥中心");
        Case returned = current(server, id);
        assertThat(returned.state().name()).isEqualTo("REGISTERED");
        assertThat(returned.department()).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#cases tr[data-case-id='" + id + "']")))
                .isEmpty();
        browser.screenshot("workbench-returned");
    }

    @Test
    void aStaleVersionIsExplainedAndNothingIsSubmitted(Browser browser) {
        Case c = dispatched(server, "厨房燃气报警器失灵", SampleDistrict.FIRE_BRIGADE);
        String id = c.id().value();
        openWorkbenchAsFireOfficer(browser, server);
        handle(browser, id);
        // Someone else of the brigade asks for an extension after this page showed the case.
        server.gridSafe
                .casework()
                .requestExtension(
                        SampleDistrict.fireOfficer(),
                        org.gridsafe.casework.RequestExtension.of(c.id())
                                .expectedVersion(c.version())
                                .requestedDeadline(c.deadline().orElseThrow().plus(Duration.ofDays(3)))
                                .reason("等待配件")
                                .build());
        browser.driver.findElement(By.id("rectify-evidence")).sendKeys("已更换报警器");
        browser.driver.findElement(By.id("rectify")).click();
        browser.waitText(By.cssSelector("#detail-message.error"), "本次操作未执行");
        assertThat(text(browser, "detail-message"))
                .contains("您看到的是第 " + c.version() + " 版，现在是第 " + (c.version() + 1) + " 版");
        assertThat(current(server, id).state().name()).isEqualTo("DISPATCHED");
    }

    @Test
    void theWorkbenchIsUsableByKeyboardOnly(Browser browser) {
        Case c = dispatched(server, "楼梯间堆放易燃物", SampleDistrict.FIRE_BRIGADE);
        String id = c.id().value();
        openWorkbenchAsFireOfficer(browser, server);
        Actions keys = new Actions(browser.driver);
        // Focus order: the language switch, sign-out, refresh, then the cases' buttons.
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("lang-switch");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("signout");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("cases-refresh");
        WebElement open = row(browser, id).findElement(By.className("open-detail"));
        assertThat(open.getDomAttribute("aria-label")).isEqualTo("办理案件 " + id);
        for (int i = 0; i < 60 && !open.equals(browser.driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(open);
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitText(By.id("detail-id"), id);
        // The detail takes the focus; then the case page's link, the rectification's fields in order.
        waiting(browser).until(d -> "detail-heading".equals(activeId(browser)));
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("detail-case-link");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("rectify-evidence");
        keys.sendKeys("已清走易燃物").perform();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("rectify-photos");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("rectify");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitText(By.cssSelector("#detail-message.ok"), "已提交整改");
        assertThat(current(server, id).state().name()).isEqualTo("RECTIFIED");
        // Focus is visible on the focused control.
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle"))
                .isNotEqualTo("none");
    }

    @Test
    void signInReturnsOnlyToAPathOfThisSite(Browser browser) {
        // Another host named as the way back: the sign-in goes to the command center instead.
        browser.open(server.url("/signin.html#next=%2F%2Fexample.org%2Fworkbench.html"));
        browser.driver.findElement(By.id("signin-token")).sendKeys(WebTestServer.DISTRICT_CENTER_TOKEN);
        browser.driver.findElement(By.id("signin-submit")).click();
        waiting(browser).until(ExpectedConditions.urlContains("/command.html"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(server.base + "/command.html");
    }

    private static String activeId(Browser browser) {
        return String.valueOf(browser.script("return document.activeElement.id"));
    }

    @ParameterizedTest(name = "workbench in {0}")
    @ValueSource(strings = {"zh", "en"})
    void theWorkbenchHasNoSeriousOrCriticalAccessibilityViolationAndBreaksNoPolicyRule(String lang, Browser browser) {
        Case c = dispatched(server, "消防通道堆放杂物 " + lang, SampleDistrict.FIRE_BRIGADE);
        browser.script("sessionStorage.setItem('gridsafe.lang', arguments[0])", lang);
        browser.consoleSinceLastCall();
        openWorkbenchAsFireOfficer(browser, server);
        // With a case open, so the action forms are scanned too.
        handle(browser, c.id().value());
        browser.screenshot("page-workbench-detail-" + lang);
        List<Map<String, Object>> violations = browser.axeViolations();
        assertThat(violations)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .as("axe-core serious/critical violations on the workbench (%s)", lang)
                .isEmpty();
        assertThat(browser.consoleSinceLastCall())
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }
}
